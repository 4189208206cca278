import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { readLinkInput } from '../linkUrl';
import type { LinkTarget } from './linkEdit';

interface Props {
  target: LinkTarget;
  onSave: (url: string, text: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

/** Adds, changes or removes a link. Refuses what is not a web or mail address, saying why. */
export function LinkDialog({ target, onSave, onRemove, onClose }: Props) {
  const [url, setUrl] = useState(target.url ?? '');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const urlId = useId();
  const textId = useId();
  const problemId = useId();
  const formId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readLinkInput(url);
    if (!read.ok) return setProblem(read.problem);
    onSave(read.url, text);
  };

  return (
    <Dialog
      title={target.url ? 'Edit link' : 'Add link'}
      size="small"
      onClose={onClose}
      testId="link-dialog"
      footer={
        <>
          {target.url && (
            <button type="button" className="button button--quiet" onClick={onRemove}>
              Remove link
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary">
            {target.url ? 'Save' : 'Add link'}
          </button>
        </>
      }
    >
      <form id={formId} className="link-dialog" onSubmit={submit} noValidate>
        <label htmlFor={urlId}>Web or email address</label>
        <input
          id={urlId}
          data-autofocus
          type="text"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          value={url}
          placeholder="https://…"
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => {
            setUrl(event.target.value);
            setProblem(null);
          }}
        />
        {target.needsText && (
          <>
            <label htmlFor={textId}>Text to show</label>
            <input id={textId} type="text" value={text} placeholder="The address itself" onChange={(event) => setText(event.target.value)} />
          </>
        )}
        {problem && (
          <p id={problemId} className="link-dialog__problem" role="alert">
            {problem}
          </p>
        )}
      </form>
    </Dialog>
  );
}
