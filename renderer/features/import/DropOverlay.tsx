import { Icon } from '../../ui/Icon';

/** Shown while files are dragged over the window, so the editor knows letting go imports them. */
export function DropOverlay({ count }: { count: number }) {
  const what = count > 0 ? `${count.toLocaleString()} ${count === 1 ? 'file' : 'files'}` : 'these files';
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__box">
        <div className="icon-tile">
          <Icon name="import" size={28} />
        </div>
        <p className="drop-overlay__title">Drop to import {what}</p>
        <p className="drop-overlay__hint">Text, Markdown, HTML, Word, ninjs, NewsML-G2 and NITF files, or whole folders.</p>
      </div>
    </div>
  );
}
