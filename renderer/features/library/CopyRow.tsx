import type { CopySummary } from '../../../shared/domain/model';

/** The visible content of a copy row: who printed it and when (as they printed it), then what it says. */
export function CopyRow({ copy }: { copy: CopySummary }) {
  return (
    <div className="copy-row">
      <div className="copy-row__top">
        <span className="copy-row__outlet">{copy.outlet ?? 'Unknown outlet'}</span>
        {copy.published && <span className="row-time">{copy.published}</span>}
      </div>
      <div className="copy-row__headline">{copy.headline ?? 'Untitled copy'}</div>
      {copy.snippet && <div className="copy-row__snippet">{copy.snippet}</div>}
    </div>
  );
}
