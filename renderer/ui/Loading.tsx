import './ui.css';

/** A quiet placeholder while an answer is awaited; the label is what screen readers announce. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
