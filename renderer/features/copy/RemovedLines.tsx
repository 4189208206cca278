import { useState } from 'react';

/**
 * The page chrome the cleaner took out, kept in view on demand so an editor can check nothing of the story
 * went with it. Read-only until restoring lines arrives.
 */
export function RemovedLines({ lines }: { lines: string[] }) {
  const [open, setOpen] = useState(false);
  if (lines.length === 0) return null;
  return (
    <details className="removed-lines" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="removed-lines__summary">
        {lines.length} {lines.length === 1 ? 'line' : 'lines'} of page chrome removed — {open ? 'hide' : 'show'}
      </summary>
      <ol className="removed-lines__list" aria-label="Removed lines">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </details>
  );
}
