import { useState } from 'react';
import type { ImportReport } from '../../shared/api/contract';
import { useApi } from '../api/ApiContext';

/** One sentence about what loading the sample did, for the status bar. */
export function describeSampleImport(report: ImportReport): string {
  const added = report.imported.length;
  const known = report.duplicates.length;
  const failed = report.failed.map((f) => `${f.source}: ${f.message}`);
  const parts = [
    added > 0 ? `Loaded ${added} ${added === 1 ? 'copy' : 'copies'} from the sample.` : null,
    added === 0 && known > 0 ? 'The sample is already in your library.' : null,
    added > 0 && known > 0 ? `${known} already in the library.` : null,
    failed.length > 0 ? `Could not load ${failed.join('; ')}.` : null,
  ];
  return parts.filter(Boolean).join(' ') || 'The sample held no copies.';
}

/** Loads the sample store; the library reloads itself on the library.changed event that follows. */
export function useSampleLoader(report: (message: string) => void) {
  const { api } = useApi();
  const [busy, setBusy] = useState(false);
  const load = async () => {
    if (busy) return;
    setBusy(true);
    report('Loading the sample…');
    const result = await api['import.sample']({});
    setBusy(false);
    report(result.ok ? describeSampleImport(result.value) : result.error.message);
  };
  return { load, busy };
}
