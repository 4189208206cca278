import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flipDecision, inText, swapWording, takeAllFrom, type MergePlan } from '../../../shared/domain/merge';
import { DECISION_FILTERS, filterPassages, type DecisionFilter } from './decisionFilter';
import { PassageRow } from './PassageRow';
import { versionNames } from './planVersions';

interface Props {
  plan: MergePlan;
  /** The passage holding the editor's caret: its row is scrolled to and marked. */
  focused: string | null;
  /** False until the editor is ready to take the body edits a decision makes. */
  ready: boolean;
  onPlan: (next: MergePlan | { problem: string }) => void;
  onReveal: (passageId: string) => void;
}

/** Every passage of the plan in story order, with its decision, provenance and the edits that change them. */
export function DecisionsPanel({ plan, focused, ready, onPlan, onReveal }: Props) {
  const [filter, setFilter] = useState<DecisionFilter>('all');
  const [source, setSource] = useState(plan.wordingVersion);
  const filterId = useId();
  const sourceId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const names = useMemo(() => versionNames({ versions: plan.versions }), [plan.versions]);
  // Stable row callbacks reading the newest plan, so moving the caret re-renders two rows, not every row.
  const latest = useRef({ plan, onPlan, onReveal });
  latest.current = { plan, onPlan, onReveal };
  const flip = useCallback((id: string) => latest.current.onPlan(flipDecision(latest.current.plan, id)), []);
  const swap = useCallback((id: string, text: string) => latest.current.onPlan(swapWording(latest.current.plan, id, text)), []);
  const reveal = useCallback((id: string) => latest.current.onReveal(id), []);
  const shown = useMemo(() => filterPassages(plan.passages, filter), [plan, filter]);
  const included = plan.passages.filter(inText).length;

  useEffect(() => {
    if (focused) listRef.current?.querySelector(`[data-passage-id="${CSS.escape(focused)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [focused]);

  return (
    <div className="merge-decisions" data-testid="merge-decisions">
      <p className="merge-decisions__summary">
        {included} of {plan.passages.length} passages in the text{plan.approximate ? ' (long versions: the alignment is coarser than sentence by sentence)' : ''}.
      </p>
      <div className="merge-decisions__tools">
        <label htmlFor={filterId}>Show</label>
        <select id={filterId} value={filter} onChange={(event) => setFilter(event.target.value as DecisionFilter)}>
          {DECISION_FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        {plan.versions.length > 1 && (
          <>
            <label htmlFor={sourceId}>Take all from</label>
            <select id={sourceId} value={source} onChange={(event) => setSource(event.target.value)}>
              {plan.versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {names.get(v.id)}
                </option>
              ))}
            </select>
            <button type="button" className="button button--small" disabled={!ready} onClick={() => onPlan(takeAll(plan, source))}>
              Take all
            </button>
          </>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="merge-decisions__none">No passage matches this filter.</p>
      ) : (
        <ol ref={listRef} className="card-list" aria-label="Passages in story order">
          {shown.map((passage) => (
            <PassageRow
              key={passage.id}
              passage={passage}
              names={names}
              focused={passage.id === focused}
              ready={ready}
              onFlip={flip}
              onSwap={swap}
              onReveal={reveal}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

/** The plan after "take all from": the body edits follow from comparing plans, as for every other edit. */
function takeAll(plan: MergePlan, versionId: string): MergePlan | { problem: string } {
  const taken = takeAllFrom(plan, versionId);
  return 'problem' in taken ? taken : taken.plan;
}
