import { AsyncLocalStorage } from 'node:async_hooks';
import type { ImportReport } from '../../shared/api/contract';
import type { PickPaths } from './services/imports-service';

type PickImport = (input: { kind: 'files' }) => Promise<ImportReport> | ImportReport;

/**
 * Files handed over by the OS are imported by the same path-based import as the file dialog (import.pick),
 * so they get its folder walk, limits, progress, cancel and report: for that one call the "dialog" answers
 * with the handed paths instead of opening. The paths travel in the call's async context, not a shared slot:
 * import.pick may await (the store checks for other writers first) before it asks, and a dialog pick started
 * meanwhile must neither take these paths nor leave its own dialog unopened. Every pick that yields paths,
 * dialog or hand-over, is reported to `onPicked` (Recent Documents).
 */
export function handOverPaths(nativePick: PickPaths | undefined, onPicked: (paths: readonly string[]) => void) {
  const handed = new AsyncLocalStorage<readonly string[]>();

  const pickPaths: PickPaths = async (kind) => {
    const paths = handed.getStore() ?? (nativePick ? await nativePick(kind) : null);
    if (paths && paths.length > 0) onPicked(paths);
    return paths ? [...paths] : null;
  };

  const importPaths = (paths: readonly string[], pick: PickImport): Promise<ImportReport> =>
    handed.run([...paths], () => Promise.resolve(pick({ kind: 'files' })));

  return { pickPaths, importPaths };
}
