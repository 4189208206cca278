import type { ImportReport } from '../../shared/api/contract';
import type { PickPaths } from './services/imports-service';

type PickImport = (input: { kind: 'files' }) => Promise<ImportReport> | ImportReport;

/**
 * Files handed over by the OS are imported by the same path-based import as the file dialog (import.pick),
 * so they get its folder walk, limits, progress, cancel and report: for that one call the "dialog" answers
 * with the handed paths instead of opening. Every pick that yields paths, dialog or hand-over, is reported
 * to `onPicked` (Recent Documents).
 */
export function handOverPaths(nativePick: PickPaths | undefined, onPicked: (paths: readonly string[]) => void) {
  let handed: string[] | null = null;

  const pickPaths: PickPaths = async (kind) => {
    // Taken before the first await: import.pick asks for its paths synchronously, so the slot can only
    // ever be read by the call importPaths just made, never by a dialog pick that starts meanwhile.
    const given = handed;
    handed = null;
    const paths = given ?? (nativePick ? await nativePick(kind) : null);
    if (paths && paths.length > 0) onPicked(paths);
    return paths;
  };

  function importPaths(paths: readonly string[], pick: PickImport): Promise<ImportReport> {
    handed = [...paths];
    try {
      return Promise.resolve(pick({ kind: 'files' }));
    } finally {
      // Already taken when the pick asked for it; if it did not, a later dialog pick must not get these.
      handed = null;
    }
  }

  return { pickPaths, importPaths };
}
