import type { FieldName, StyleItem } from './styleItems';

const FIELD_LABELS: Record<FieldName, string> = { headline: 'Headline', standfirst: 'Standfirst', byline: 'Byline', dateline: 'Dateline' };

/** Spaces are the point of several rules, so they are shown; an empty replacement is a deletion. */
const shown = (text: string): string => (text === '' ? 'delete' : text.replace(/ /g, '\u2423'));

interface Props {
  item: StyleItem;
  onSelect: (item: StyleItem) => void;
  onApply: (item: StyleItem) => void;
  onIgnore: (item: StyleItem) => void;
}

/** One suggestion: where it is (click to select it in the text), what to change, and its actions. */
export function StyleItemRow({ item, onSelect, onApply, onIgnore }: Props) {
  const where = item.target.kind === 'field' ? FIELD_LABELS[item.target.field] : null;
  const spot = (
    <>
      {where && <span className="style-item__field">{where}</span>}
      <span className="style-item__context">
        {item.before}
        <mark className="style-item__found">{shown(item.found)}</mark>
        {item.after}
      </span>
      {item.replacement !== null && (
        <span className="style-item__change">
          <span aria-hidden="true">→ </span>
          <span className="visually-hidden">change to </span>
          <ins className="style-item__replacement">{shown(item.replacement)}</ins>
        </span>
      )}
    </>
  );
  return (
    <li className="style-item" data-rule={item.rule}>
      {/* Only the body is the editor's to select in; a field's spot is shown, not linked. */}
      {where ? (
        <div className="style-item__spot">{spot}</div>
      ) : (
        <button type="button" className="style-item__spot" onClick={() => onSelect(item)} title="Select in the text">
          {spot}
        </button>
      )}
      <div className="style-item__foot">
        <p className="style-item__message">{item.message}</p>
        {item.replacement !== null && (
          <button type="button" className="button button--small" onClick={() => onApply(item)}>
            Apply
          </button>
        )}
        <button type="button" className="button button--small button--quiet" onClick={() => onIgnore(item)}>
          Ignore
        </button>
      </div>
    </li>
  );
}
