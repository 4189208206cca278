import { useEffect, useId, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { shortcutLabel } from '../../app/shortcuts';
import { Dialog } from '../../ui/Dialog';
import { useDebounced } from '../library/useDebounced';
import { PastePreview } from './PastePreview';

/** Analysis runs once typing pauses this long, not on every keystroke. */
const PREVIEW_PAUSE_MS = 300;
/** Beyond this the preview would keep the services busy for seconds per pause; Import still takes it all. */
const PREVIEW_MAX_CHARS = 2_000_000;

interface Props {
  initialText: string;
  onImport: (text: string) => void;
  onClose: () => void;
}

/** Pasted copy, with a live preview of what importing it would store, before anything is stored. */
export function PasteDialog({ initialText, onImport, onClose }: Props) {
  const { api } = useApi();
  const [text, setText] = useState(initialText);
  const textId = useId();
  // The menu route reads the clipboard after the dialog opens (it may ask permission): take the text when it
  // arrives unless the editor has started typing.
  useEffect(() => {
    if (initialText) setText((current) => current || initialText);
  }, [initialText]);
  const settled = useDebounced(text, PREVIEW_PAUSE_MS);
  const tooLong = settled.length > PREVIEW_MAX_CHARS;
  const key = settled.trim() && !tooLong ? settled : null;
  const analysis = useQuery(key, () => api['import.preview']({ text: settled, source: 'clipboard' }));
  const canImport = text.trim().length > 0;

  return (
    <Dialog
      title="Import from the clipboard"
      description="Copydesk splits the text into articles, removes page chrome and groups versions into stories."
      size="large"
      testId="paste-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={!canImport} onClick={() => onImport(text)}>
            Import
          </button>
        </>
      }
    >
      <div className="paste-dialog">
        <div className="paste-dialog__text">
          <label htmlFor={textId} className="paste-dialog__label">
            Pasted text
          </label>
          <textarea
            id={textId}
            className="paste-dialog__textarea"
            value={text}
            data-autofocus
            spellCheck={false}
            placeholder={`Paste copy here (${shortcutLabel('V', 'display')})`}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="paste-dialog__preview">
          <span className="paste-dialog__label" id={`${textId}-preview`}>
            Preview
          </span>
          <div className="paste-preview" role="region" aria-labelledby={`${textId}-preview`} tabIndex={0}>
            <PastePreview analysis={key ? analysis : null} tooLong={tooLong} />
          </div>
        </div>
      </div>
    </Dialog>
  );
}
