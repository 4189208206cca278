import type { Query } from '../api/useQuery';
import type { StoreStatus } from '../../shared/api/contract';

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** Store facts at a glance, and a polite live region announcing what the last action did. */
interface Props {
  status: Query<StoreStatus>;
  message: string;
  /** A problem the editor should look into, linked to where it is explained ("3 files could not be imported — details"). */
  problem?: { text: string; onDetails: () => void } | null;
}

export function StatusBar({ status, message, problem }: Props) {
  const value = status.value;
  return (
    <footer className="status-bar">
      {value && (
        <>
          <span>
            {plural(value.counts.copies, 'copy', 'copies')} · {plural(value.counts.stories, 'story', 'stories')}
          </span>
          <span className="status-bar__folder" title={value.dataDir}>
            Store: {value.dataDir}
          </span>
        </>
      )}
      {status.status === 'error' && <span className="status-bar__problem">{status.error.message}</span>}
      <span className="status-bar__message" role="status" aria-live="polite">
        {message}
      </span>
      {problem && (
        <button type="button" className="status-bar__problem-link" data-testid="status-problem" onClick={problem.onDetails}>
          {problem.text} — details
        </button>
      )}
      {value && (
        <span className={`status-bar__state ${value.writable ? 'is-saved' : 'is-readonly'}`}>
          <span className="status-bar__dot" aria-hidden="true" />
          {value.writable ? 'Saved' : 'Read-only: changes cannot be saved'}
        </span>
      )}
    </footer>
  );
}
