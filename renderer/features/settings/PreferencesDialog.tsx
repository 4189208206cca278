import { useId, useState, type FormEvent } from 'react';
import type { ApiInput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import type { LimitName } from '../../../shared/domain/model';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { defaultLimitTexts, LIMIT_FIELDS, limitFieldProblem, limitTexts, readLimitTexts, type LimitField, type LimitTexts, type Limits } from './limitFields';
import './settings.css';

interface Props {
  limits: Limits;
  /** Saves a change (useSettings' update): null when saved, else the services' error. */
  save: (patch: ApiInput<'settings.update'>) => Promise<ApiError | null>;
  onSaved: () => void;
  onClose: () => void;
}

/**
 * Edit ▸ Preferences: the limits as settings. Each field is checked as it is typed (the problem under it, in
 * its own unit); Save sends all three, and the services check them again. "Restore defaults" only fills the
 * form: nothing changes until Save.
 */
export function PreferencesDialog({ limits, save, onSaved, onClose }: Props) {
  const [texts, setTexts] = useState<LimitTexts>(() => limitTexts(limits));
  const [shown, setShown] = useState<Partial<Record<LimitName, string>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const formId = useId();

  const change = (field: LimitField, text: string) => {
    setTexts((previous) => ({ ...previous, [field.name]: text }));
    setShown((previous) => ({ ...previous, [field.name]: limitFieldProblem(field, text) ?? undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const read = readLimitTexts(texts);
    if (!read.ok) {
      setShown(read.problems);
      const first = LIMIT_FIELDS.find((field) => read.problems[field.name]);
      if (first) document.getElementById(`${formId}-${first.name}`)?.focus();
      return;
    }
    setBusy(true);
    const failed = await save(read.limits);
    setBusy(false);
    if (failed) return setError(failed);
    onSaved();
  };

  return (
    <Dialog
      title="Preferences"
      description="Limits that keep Copydesk responsive and its store bounded. They belong to this store: the app, its other windows and the command line all use them."
      testId="preferences-dialog"
      onClose={onClose}
      footer={
        <>
          <button
            type="button"
            className="button button--quiet preferences__defaults"
            onClick={() => {
              setTexts(defaultLimitTexts());
              setShown({});
            }}
          >
            Restore defaults
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </>
      }
    >
      <form id={formId} className="preferences" onSubmit={(event) => void submit(event)} noValidate>
        {error && <ErrorMessage error={error} testId="preferences-error" />}
        {LIMIT_FIELDS.map((field, index) => {
          const id = `${formId}-${field.name}`;
          const problem = shown[field.name];
          return (
            <div key={field.name} className="preferences__field">
              <label htmlFor={id} className="preferences__label">
                {field.label}
              </label>
              <div className="preferences__entry">
                <input
                  id={id}
                  name={field.name}
                  className="preferences__input"
                  type="text"
                  inputMode={field.step === '1' ? 'numeric' : 'decimal'}
                  autoComplete="off"
                  spellCheck={false}
                  data-autofocus={index === 0 || undefined}
                  value={texts[field.name]}
                  aria-invalid={problem !== undefined}
                  aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
                  onChange={(event) => change(field, event.target.value)}
                />
                <span className="preferences__unit">{field.unit}</span>
              </div>
              <p id={`${id}-hint`} className="preferences__hint">
                {field.explanation} <span className="preferences__range">Allowed: {field.range}.</span>
              </p>
              {problem && (
                <p id={`${id}-problem`} className="preferences__problem" role="alert">
                  {problem}
                </p>
              )}
            </div>
          );
        })}
      </form>
    </Dialog>
  );
}
