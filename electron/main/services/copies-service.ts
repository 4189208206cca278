import { ApiFailure } from '../../../shared/api/errors';
import type { WireCopy } from '../../../shared/domain/model';
import type { Store } from '../store/open-store';
import type { SerialQueue } from '../store/serial-queue';
import type { CopyCommitter } from './copy-committer';
import type { ServiceEvents } from './service-events';
import { moveCopies } from './story-membership';

/**
 * copies.restoreRemoved and copies.delete. Both run on the library queue, after any import in progress, so
 * an import never groups against a copy being deleted.
 */
export function createCopiesService(deps: { store: Store; committer: CopyCommitter; queue: SerialQueue; events: ServiceEvents; now: () => Date }) {
  const { store, committer, queue, events, now } = deps;
  return {
    /**
     * Puts removed[index] back into the body where it stood: at the top (after lines restored before it)
     * when it came before the body, at the end otherwise. The fingerprint stays the imported one, so
     * importing the same page again is still recognised as a duplicate.
     */
    restoreRemoved: ({ id, index }: { id: string; index: number }): Promise<WireCopy> =>
      queue.run(async () => {
        const copy = await store.copies.getStored(id);
        if (!copy) throw new ApiFailure('not-found', `There is no copy with id ${id}.`);
        const line = copy.removed[index];
        if (line === undefined) {
          throw new ApiFailure('invalid-input', `Copy ${id} has ${copy.removed.length} removed line(s); there is no line ${index} to restore.`);
        }
        const before = index < copy.layout.removedBefore;
        const at = before ? copy.layout.restoredBefore : copy.paragraphs.length;
        const restored = {
          ...copy,
          paragraphs: [...copy.paragraphs.slice(0, at), line, ...copy.paragraphs.slice(at)],
          removed: copy.removed.filter((_, i) => i !== index),
          layout: before ? { removedBefore: copy.layout.removedBefore - 1, restoredBefore: copy.layout.restoredBefore + 1 } : copy.layout,
        };
        await store.copies.replaceMany([restored]);
        events.emit('library.changed', { reason: 'restore' });
        const { layout: _layout, ...wire } = restored;
        return wire;
      }),

    /** Deletes copies, drops stories left empty, and stops grouping new copies with them. */
    delete: ({ ids }: { ids: string[] }): Promise<{ deleted: string[] }> =>
      queue.run(async () => {
        const known = [...new Set(ids)].filter((id) => store.copies.has(id));
        if (known.length === 0) return { deleted: [] };
        await moveCopies(store, new Map(known.map((id) => [id, null])), now().toISOString());
        const deleted = await store.copies.deleteMany(known);
        await committer.forget(deleted);
        events.emit('library.changed', { reason: 'delete' });
        return { deleted };
      }),
  };
}
