import type { DraftSummary } from '../../../shared/domain/model';
import type { MenuItem } from '../../ui/MenuList';

export interface DraftActions {
  open: (draftId: string) => void;
  setStatus: (draft: DraftSummary, status: DraftSummary['status']) => void;
  /** Export Many with this draft chosen (the single-draft dialog needs the draft open in Merge). */
  exportMany: (draftId: string) => void;
  askDelete: (draft: DraftSummary) => void;
}

/**
 * What a draft row's context menu offers. Only the moves that change something are listed: a ready draft
 * can go back to being edited, an exported one either way (a correction after publication).
 */
export function draftMenuItems(draft: DraftSummary, actions: DraftActions): MenuItem[] {
  const items: MenuItem[] = [{ label: 'Open in Merge', onSelect: () => actions.open(draft.id) }];
  if (draft.status !== 'ready') items.push({ label: 'Mark ready', onSelect: () => actions.setStatus(draft, 'ready') });
  if (draft.status !== 'draft') items.push({ label: 'Mark as draft', onSelect: () => actions.setStatus(draft, 'draft') });
  items.push({ label: 'Export…', onSelect: () => actions.exportMany(draft.id) });
  items.push({ label: 'Delete draft…', shortcut: 'Del', danger: true, onSelect: () => actions.askDelete(draft) });
  return items;
}
