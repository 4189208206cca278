import { memo } from 'react';
import { inText, type MergedPassage } from '../../../shared/domain/merge';
import { Chip } from '../../ui/Chip';
import { DECISION_LABEL } from './decisionFilter';
import { WordingChoices } from './WordingChoices';

interface Props {
  passage: MergedPassage;
  names: Map<string, string>;
  focused: boolean;
  ready: boolean;
  onFlip: (passageId: string) => void;
  onSwap: (passageId: string, text: string) => void;
  onReveal: (passageId: string) => void;
}

/**
 * One plan passage: its decision and why, who carries it, the switch in or out, and its wordings. Memoized:
 * a long story has hundreds of rows, and the caret moving between passages changes only two of them.
 */
export const PassageRow = memo(function PassageRow({ passage, names, focused, ready, onFlip, onSwap, onReveal }: Props) {
  const included = inText(passage);
  return (
    <li
      className={`card-list__item merge-passage merge-passage--${passage.decision}${focused ? ' is-focused' : ''}`}
      data-passage-id={passage.id}
      data-decision={passage.decision}
      data-testid="merge-passage"
      aria-current={focused ? 'true' : undefined}
    >
      <div className="merge-passage__head">
        <span className={`merge-decision merge-decision--${passage.decision}`}>{DECISION_LABEL[passage.decision]}</span>
        {passage.decision !== passage.policy.decision && <span className="merge-passage__changed">changed by hand</span>}
        <button type="button" className="button button--small merge-passage__flip" onClick={() => onFlip(passage.id)} disabled={!ready}>
          {included ? 'Take out' : 'Put in'}
        </button>
      </div>
      {included ? (
        <button type="button" className="merge-passage__text" onClick={() => onReveal(passage.id)} disabled={!ready} title="Show in the editor">
          {passage.text}
        </button>
      ) : (
        <p className="merge-passage__text merge-passage__text--out">{passage.text}</p>
      )}
      {passage.reason && <p className="merge-passage__reason">{passage.reason}</p>}
      <div className="merge-passage__outlets" aria-label="Carried by">
        {passage.outlets.map((outlet) => (
          <Chip key={outlet} label={outlet} />
        ))}
      </div>
      {passage.wordings.length > 1 && <WordingChoices passage={passage} names={names} onUse={(text) => onSwap(passage.id, text)} />}
    </li>
  );
});
