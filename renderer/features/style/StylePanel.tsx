import { $getSelection, $isRangeSelection, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import { useMemo, useState } from 'react';
import type { DraftFields } from '../../../shared/domain/draft';
import type { QuoteStyle } from '../../../shared/domain/model';
import { STYLE_RULE_LABELS, type StyleRuleId } from '../../../shared/domain/style';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { $applyStyleItems, $selectStyleItem } from './applyStyle';
import { QuoteStyleToggle } from './QuoteStyleToggle';
import { StyleItemRow } from './StyleItemRow';
import { fieldsWithItems, groupByRule, type StyleItem } from './styleItems';
import { useIgnored } from './useIgnored';
import { useQuoteStyle } from './useQuoteStyle';
import { useStyleListing } from './useStyleListing';
import './style.css';

export interface StylePanelProps {
  /** The draft's body editor (DraftEditor's onEditor); null while none is open. */
  editor: LexicalEditor | null;
  /** Keeps what was ignored while the draft stays open (across side-tab switches and editor remounts). */
  draftId?: string;
  /** The stored setting as the parent knows it; omitted, the panel reads the setting itself. */
  quoteStyle?: QuoteStyle;
  /** Told after the toggle saved a new style (settings.update succeeded). */
  onQuoteStyle?: (style: QuoteStyle) => void;
  /** The article's fields: checked too when given with onFieldsChange, through which their suggestions apply. */
  fields?: DraftFields;
  onFieldsChange?: (fields: DraftFields) => void;
}

/**
 * An apply is its own undo step (not merged into the typing before it), and must not pull the caret into
 * the body: the sub-editor is working down the list.
 */
const PANEL_EDIT = { tag: [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG] };

/**
 * Rows drawn per rule until asked for more: copy pasted in the other convention can raise hundreds of quote
 * points, and redrawing them all after every pause in typing would compete with the typing.
 */
const ROWS_PER_GROUP = 40;

/**
 * House style for the open draft: the suggestions grouped by rule, each with the words around it (click to
 * select it in the text), Apply, Ignore (for as long as this draft stays open), Apply all, and the UK/US
 * quote-style setting. The list follows the text as it is edited.
 */
export function StylePanel({ editor, draftId, quoteStyle: given, onQuoteStyle, fields, onFieldsChange }: StylePanelProps) {
  const style = useQuoteStyle(given, onQuoteStyle);
  const listing = useStyleListing(editor, fields ?? null, style.quoteStyle);
  const { ignored, ignore, clear } = useIgnored(draftId);
  const [expanded, setExpanded] = useState<ReadonlySet<StyleRuleId>>(new Set());

  const shown = useMemo(
    () => listing.items.filter((item) => !ignored.has(item.ignoreKey) && (item.target.kind === 'body' || onFieldsChange)),
    [listing.items, ignored, onFieldsChange],
  );
  const applicable = shown.filter((item) => item.replacement !== null);

  const apply = (items: readonly StyleItem[]) => {
    const body = items.filter((item) => item.target.kind === 'body');
    // Discrete: the body change is committed (and reported through the editor's onChange) before the fields
    // change, which may remount the editor from the parent's copy of the body.
    if (editor && body.length > 0) editor.update(() => void $applyStyleItems(body), { ...PANEL_EDIT, discrete: true, onUpdate: listing.refresh });
    const nextFields = fields && onFieldsChange ? fieldsWithItems(fields, items) : null;
    if (nextFields) onFieldsChange!(nextFields);
  };

  const select = (item: StyleItem) => {
    if (!editor) return;
    let anchor: NodeKey | null = null;
    editor.update(
      () => {
        const selection = $selectStyleItem(item) ? $getSelection() : null;
        anchor = $isRangeSelection(selection) ? selection.anchor.key : null;
      },
      { onUpdate: () => anchor && editor.getElementByKey(anchor)?.scrollIntoView({ block: 'center' }) },
    );
    editor.focus();
  };

  return (
    <section className="style-panel" aria-label="House style">
      <div className="style-panel__head">
        <QuoteStyleToggle value={style.quoteStyle} onChange={(next) => void style.choose(next)} disabled={style.saving} />
        <button type="button" className="button button--small button--primary" disabled={applicable.length === 0} onClick={() => apply(applicable)}>
          Apply all{applicable.length > 0 ? ` (${applicable.length})` : ''}
        </button>
      </div>
      {style.error && <ErrorMessage error={style.error} />}
      <p className="style-panel__summary" aria-live="polite">
        {summary(editor, shown.length, style.quoteStyle)}
        {ignored.size > 0 && (
          <button type="button" className="style-panel__unignore" onClick={clear}>
            Show {ignored.size} ignored
          </button>
        )}
      </p>
      {!listing.complete && (
        <p className="style-panel__partial" role="status">
          The text is very long: only its first part was checked, so this list is incomplete.
        </p>
      )}
      <div className="style-panel__list">
        {groupByRule(shown).map((group) => (
          <section key={group.rule} className="style-group" aria-labelledby={`style-group-${group.rule}`}>
            <h3 id={`style-group-${group.rule}`} className="style-group__title">
              {STYLE_RULE_LABELS[group.rule]} <span className="style-group__count">{group.items.length}</span>
            </h3>
            <ul className="style-group__items">
              {(expanded.has(group.rule) ? group.items : group.items.slice(0, ROWS_PER_GROUP)).map((item) => (
                <StyleItemRow
                  key={item.id}
                  item={item}
                  onSelect={select}
                  onApply={(one) => apply([one])}
                  onIgnore={(one) => ignore(one.ignoreKey)}
                />
              ))}
            </ul>
            {!expanded.has(group.rule) && group.items.length > ROWS_PER_GROUP && (
              <button type="button" className="button button--small button--quiet style-group__more" onClick={() => setExpanded((previous) => new Set(previous).add(group.rule))}>
                Show {group.items.length - ROWS_PER_GROUP} more
              </button>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}

function summary(editor: LexicalEditor | null, count: number, quoteStyle: QuoteStyle): string {
  if (!editor) return 'Open a draft to check it against house style.';
  const house = quoteStyle === 'uk' ? 'UK' : 'US';
  if (count === 0) return `Nothing to change: the text follows ${house} house style.`;
  return `${count} ${count === 1 ? 'point' : 'points'} of ${house} house style to review.`;
}
