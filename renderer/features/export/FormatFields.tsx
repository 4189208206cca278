import type { ExportFormat } from '../../../shared/domain/model';
import { FORMAT_CHOICES } from './formatLabels';

/**
 * The one format of a single export, as radio buttons: arrow keys move the choice, as in any OS dialog. The chosen
 * one takes the dialog's first focus unless `firstFocus` is false (something else must be read first).
 */
export function FormatRadios({ value, onChange, name, firstFocus = true }: { value: ExportFormat; onChange: (format: ExportFormat) => void; name: string; firstFocus?: boolean }) {
  return (
    <fieldset className="export-formats" data-testid="export-format">
      <legend className="export-field__label">Format</legend>
      {FORMAT_CHOICES.map((choice) => (
        <label key={choice.value} className="export-formats__choice">
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} data-autofocus={(firstFocus && value === choice.value) || undefined} onChange={() => onChange(choice.value)} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The formats of a batch: each checked one makes one file per draft. The first takes the dialog's first focus (the list of drafts is still loading then). */
export function FormatCheckboxes({ value, onChange }: { value: readonly ExportFormat[]; onChange: (formats: ExportFormat[]) => void }) {
  const toggle = (format: ExportFormat, on: boolean) =>
    onChange(FORMAT_CHOICES.map((c) => c.value).filter((f) => (f === format ? on : value.includes(f))));
  return (
    <fieldset className="export-formats export-formats--columns" data-testid="export-many-formats">
      <legend className="export-field__label">Formats</legend>
      {FORMAT_CHOICES.map((choice, index) => (
        <label key={choice.value} className="export-formats__choice">
          <input type="checkbox" data-autofocus={index === 0 || undefined} checked={value.includes(choice.value)} onChange={(event) => toggle(choice.value, event.target.checked)} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
