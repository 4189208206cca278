import type { Library } from '../../../shared/api/contract';
import { STATUS_LABELS } from '../library/DraftRow';

export interface BatchSelection {
  drafts: ReadonlySet<string>;
  stories: ReadonlySet<string>;
}

interface Props {
  library: Library;
  selection: BatchSelection;
  onChange: (selection: BatchSelection) => void;
}

const toggled = (set: ReadonlySet<string>, id: string, on: boolean): Set<string> => {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

/** Drafts and stories with a box each; a story is exported through its newest draft (one is merged if it has none). */
export function BatchChecklist({ library, selection, onChange }: Props) {
  const all = () => onChange({ drafts: new Set(library.drafts.map((d) => d.id)), stories: new Set(library.stories.map((s) => s.id)) });
  const none = () => onChange({ drafts: new Set(), stories: new Set() });
  return (
    <fieldset className="export-many__items" data-testid="export-many-items">
      <legend className="export-field__label">What to export</legend>
      <div className="export-many__select">
        <button type="button" className="button button--small" onClick={all}>
          Select all
        </button>
        <button type="button" className="button button--small" onClick={none}>
          Select none
        </button>
      </div>
      <div className="export-many__list">
        {library.drafts.length > 0 && <h3 className="export-many__group">Drafts</h3>}
        {library.drafts.map((draft) => (
          <label key={draft.id} className="export-many__item">
            <input type="checkbox" checked={selection.drafts.has(draft.id)} onChange={(event) => onChange({ ...selection, drafts: toggled(selection.drafts, draft.id, event.target.checked) })} />
            <span className="export-many__name">{draft.title || 'Untitled draft'}</span>
            <span className={`draft-status draft-status--${draft.status}`}>{STATUS_LABELS[draft.status]}</span>
          </label>
        ))}
        {library.stories.length > 0 && <h3 className="export-many__group">Stories</h3>}
        {library.stories.map((story) => (
          <label key={story.id} className="export-many__item">
            <input type="checkbox" checked={selection.stories.has(story.id)} onChange={(event) => onChange({ ...selection, stories: toggled(selection.stories, story.id, event.target.checked) })} />
            <span className="export-many__name">{story.headline ?? 'Untitled story'}</span>
            <span className="export-many__detail">
              {story.copyIds.length} {story.copyIds.length === 1 ? 'version' : 'versions'}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
