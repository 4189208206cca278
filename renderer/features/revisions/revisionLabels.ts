import type { RevisionReason } from '../../../shared/domain/model';

/** Why a revision was kept, as the list words it. */
export const REASON_LABEL: Record<RevisionReason, string> = {
  created: 'Merged',
  saved: 'Saved',
  timed: 'Autosaved',
  'before-restore': 'Before a restore',
  restored: 'Restored',
};
