import { useEffect, useRef, useState } from 'react';
import type { ExportedRecord } from '../../../shared/api/contract';
import { ExportDialog } from './ExportDialog';
import { onDraftExportRequest } from './exportRequest';

interface Options {
  draftId: string;
  title: string;
  flush: () => Promise<void>;
  onExported: (record: ExportedRecord) => void;
}

/**
 * The export dialog of one open draft: opened by its header button or by File ▸ Export… (exportRequest), with
 * the editor's waivers kept while the draft stays open, so fixing one thing in between does not lose the rest.
 */
export function useDraftExport({ draftId, title, flush, onExported }: Options) {
  const [open, setOpen] = useState(false);
  const [waived, setWaived] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => onDraftExportRequest(() => setOpen(true)), []);
  const exportedRef = useRef(onExported);
  exportedRef.current = onExported;

  const dialog = open ? (
    <ExportDialog
      draftId={draftId}
      title={title}
      waived={waived}
      onWaived={setWaived}
      flush={flush}
      onClose={() => setOpen(false)}
      onExported={(record) => {
        setOpen(false);
        exportedRef.current(record);
      }}
    />
  ) : null;
  return { openDialog: () => setOpen(true), dialog };
}
