import type { ApiError } from '../../../shared/api/errors';

const clock = (at: Date): string => at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * A refused save, worded for the sub-editor: which revision is stored now, when it was saved (on this
 * computer's clock; the services word it in UTC for the CLI) and by what, when known ("from the command
 * line"). Any other failure keeps the services' message.
 */
export function conflictMessage(error: ApiError, timeOf: (at: Date) => string = clock): string {
  const revision = error.details?.currentRevision;
  if (error.code !== 'conflict' || typeof revision !== 'number') return error.message;
  const savedAt = error.details?.savedAt;
  const at = typeof savedAt === 'string' ? new Date(savedAt) : null;
  const by = typeof error.details?.savedBy === 'string' ? error.details.savedBy : null;
  const when = at && !Number.isNaN(at.getTime()) ? `saved ${timeOf(at)}${by ? ` ${by}` : ''}` : by ? `saved ${by}` : null;
  return `This draft was changed elsewhere (revision ${revision}${when ? `, ${when}` : ''}) after you opened it.`;
}
