import type { StoryDetail } from '../../../shared/api/contract';
import type { CopySummary, StorySummary } from '../../../shared/domain/model';
import { DeleteCopyDialog } from './DeleteCopyDialog';
import { JoinDialog } from './JoinDialog';
import { MoveDialog } from './MoveDialog';
import { SplitDialog } from './SplitDialog';
import './regroup.css';

/** The change the editor asked for from a row's menu, a key or a drag, awaiting its dialog. */
export type RegroupRequest =
  | { kind: 'move'; copy: CopySummary }
  | { kind: 'delete'; copy: CopySummary }
  | { kind: 'split'; story: StorySummary; copies: CopySummary[] }
  | { kind: 'join'; story: StorySummary };

interface Props {
  request: RegroupRequest;
  /** After a move, split or join: the story that now holds the copies in question, and the copy to select. */
  onRegrouped: (detail: StoryDetail, followCopyId: string | null) => void;
  onDeleted: (ids: string[]) => void;
  onClose: () => void;
}

export function RegroupDialogs({ request, onRegrouped, onDeleted, onClose }: Props) {
  switch (request.kind) {
    case 'move':
      return <MoveDialog copy={request.copy} onClose={onClose} onDone={(detail) => onRegrouped(detail, request.copy.id)} />;
    case 'delete':
      return <DeleteCopyDialog copy={request.copy} onClose={onClose} onDone={onDeleted} />;
    case 'split':
      return <SplitDialog story={request.story} copies={request.copies} onClose={onClose} onDone={(detail) => onRegrouped(detail, detail.copies[0]?.id ?? null)} />;
    case 'join':
      return <JoinDialog story={request.story} onClose={onClose} onDone={(detail) => onRegrouped(detail, null)} />;
  }
}
