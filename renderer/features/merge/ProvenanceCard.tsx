import type { LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, useState } from 'react';
import { swapWording, type MergePlan } from '../../../shared/domain/merge';
import { Chip } from '../../ui/Chip';
import { passageElement } from './editorPassages';
import { versionNames } from './planVersions';
import { WordingChoices } from './WordingChoices';

interface Shown {
  id: string;
  element: HTMLElement;
  /** Hover cards follow the pointer away; the caret's card stays while the caret is in the passage. */
  by: 'hover' | 'caret';
}

/** Long enough to move the pointer from a passage onto its card without it closing. */
const HIDE_DELAY_MS = 250;
const CARD_WIDTH = 380;

/**
 * Where a passage came from, over the editor: the outlets carrying it, whose wording it is, whether it was
 * edited, and its other wordings with the same swap the decisions panel offers. Shown on hover and when the
 * caret enters the passage, until the sub-editor types.
 */
export function ProvenanceCard({ editor, plan, focused, onPlan }: { editor: LexicalEditor; plan: MergePlan; focused: string | null; onPlan: (next: MergePlan | { problem: string }) => void }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const names = useMemo(() => versionNames(plan), [plan]);

  const cancelHide = () => {
    if (hideTimer.current) clearTimeout(hideTimer.current);
    hideTimer.current = null;
  };

  useEffect(() => {
    const over = (event: MouseEvent) => {
      const span = (event.target as Element | null)?.closest?.<HTMLElement>('.passage[data-passage-id]');
      if (!span) return;
      cancelHide();
      setShown({ id: span.dataset.passageId!, element: span, by: 'hover' });
    };
    const out = (event: MouseEvent) => {
      const to = event.relatedTarget as Node | null;
      if (to && (cardRef.current?.contains(to) || (event.target as Element).closest?.('.passage')?.contains(to))) return;
      cancelHide();
      hideTimer.current = setTimeout(() => setShown((s) => (s?.by === 'hover' ? null : s)), HIDE_DELAY_MS);
    };
    const unregister = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('mouseover', over);
      previous?.removeEventListener('mouseout', out);
      root?.addEventListener('mouseover', over);
      root?.addEventListener('mouseout', out);
    });
    // The card follows its passage when the text scrolls (a new object re-renders it at the new place); the
    // pointer leaving the passage, as the text moves under it, hides a hover card as usual.
    const onScroll = () => setShown((s) => (s ? { ...s } : s));
    window.addEventListener('scroll', onScroll, true);
    return () => {
      unregister();
      window.removeEventListener('scroll', onScroll, true);
      cancelHide();
    };
  }, [editor]);

  useEffect(() => {
    const element = focused ? passageElement(editor, focused) : null;
    setShown((s) => (element && focused ? { id: focused, element, by: 'caret' } : s?.by === 'caret' ? null : s));
  }, [editor, focused]);

  // Typing puts the caret's card away: it sits over the next lines, which are what a sub-editor typing reads.
  // It comes back when the caret moves into another passage.
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
        if (dirtyLeaves.size > 0 || dirtyElements.size > 0) setShown((s) => (s?.by === 'caret' ? null : s));
      }),
    [editor],
  );

  const passage = shown && shown.element.isConnected ? plan.passages.find((p) => p.id === shown.id) : undefined;
  if (!shown || !passage) return null;
  const rect = shown.element.getBoundingClientRect();
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - CARD_WIDTH - 8));
  const edited = shown.element.dataset.edited === 'true';
  return (
    <div
      ref={cardRef}
      className="merge-card"
      role="group"
      aria-label="Where this passage came from"
      data-testid="merge-provenance"
      style={{ left, top: rect.bottom + 6, width: CARD_WIDTH }}
      onMouseEnter={cancelHide}
      onMouseLeave={() => setShown((s) => (s?.by === 'hover' ? null : s))}
    >
      <p className="merge-card__line">
        Carried by{' '}
        {passage.outlets.map((outlet) => (
          <Chip key={outlet} label={outlet} />
        ))}
      </p>
      <p className="merge-card__line">
        Wording from <strong>{names.get(passage.from) ?? passage.from}</strong>
        {edited && <span className="merge-card__edited"> · edited</span>}
      </p>
      {passage.wordings.length > 1 && <WordingChoices passage={passage} names={names} onUse={(text) => onPlan(swapWording(plan, passage.id, text))} />}
    </div>
  );
}
