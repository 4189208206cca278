import { useId } from 'react';

/** The twin's folder: typed, since a page cannot open the OS folder dialog (Electron uses export.pickTarget). */
export function FolderField({ value, onChange, hint }: { value: string; onChange: (folder: string) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="export-field">
      <label htmlFor={id} className="export-field__label">
        Folder
      </label>
      <input id={id} className="export-field__input" value={value} spellCheck={false} onChange={(event) => onChange(event.target.value)} data-testid="export-folder" />
      {hint && <span className="export-field__hint">{hint}</span>}
    </div>
  );
}
