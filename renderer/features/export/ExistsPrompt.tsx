import { useEffect, useRef } from 'react';
import type { ExistsQuestion } from './existsQuestion';

interface Props {
  question: ExistsQuestion;
  busy: boolean;
  onReplace: () => void;
  onKeepBoth: () => void;
  onCancel: () => void;
}

/** Never overwrite silently: the file in the way is named, and the editor chooses. */
export function ExistsPrompt({ question, busy, onReplace, onKeepBoth, onCancel }: Props) {
  // The question takes focus (which also scrolls it into view) on the choice that loses nothing.
  const keepBoth = useRef<HTMLButtonElement>(null);
  useEffect(() => keepBoth.current?.focus(), []);
  return (
    <div className="export-exists" role="alertdialog" aria-labelledby="export-exists-text" data-testid="export-exists">
      <p id="export-exists-text" className="export-exists__text">
        <strong>{question.name}</strong> already exists in {question.folder || 'that folder'}.
      </p>
      <div className="export-exists__actions">
        <button type="button" className="button button--small" disabled={busy} onClick={onReplace}>
          Replace
        </button>
        <button ref={keepBoth} type="button" className="button button--small" disabled={busy} onClick={onKeepBoth}>
          Keep both{question.numberedName ? ` (saves as ${question.numberedName})` : ''}
        </button>
        <button type="button" className="button button--small button--quiet" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
