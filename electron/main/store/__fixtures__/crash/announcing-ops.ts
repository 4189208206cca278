import path from 'node:path';
import { nodeWriteOps, writeFileAtomic, type AtomicWriter, type WriteOps } from '../../atomic-write';
import { sayHolding, sayWriting, type ChildConfig } from './crash-protocol';

/**
 * The real file system calls of the atomic writers, announcing each file write as it begins (so the test can
 * aim a kill inside it) and, when the config says so, stopping the n-th write after its first piece is on
 * disk until the test kills the child: a kill that certainly lands in the middle of a write, whatever the
 * machine's speed. Used by every crash child, for the store and for exports alike. Test helper only.
 */
export function announcingOps(config: ChildConfig): WriteOps {
  let writes = 0;
  return {
    ...nodeWriteOps,
    async open(file, flags) {
      writes += 1;
      const hold = writes === config.holdAtWrite;
      sayWriting(path.basename(file));
      const handle = await nodeWriteOps.open(file, flags);
      return {
        async writeFile(data) {
          await handle.writeFile(data);
          if (!hold) return;
          sayHolding();
          // A timer, not a promise never settled: the process must stay alive until it is killed.
          await new Promise((resolve) => setTimeout(resolve, 600_000));
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

/** The store's atomic writer over announcing ops. */
export const announcingWriter = (ops: WriteOps): AtomicWriter => (file, text) => writeFileAtomic(file, text, ops);
