import { useLayoutEffect, useRef, useState } from 'react';
import type { ExportedRecord } from '../../../shared/api/contract';
import type { Draft } from '../../../shared/domain/model';
import { carriedExport, carryExport, dropCarriedExport } from './carryAfterFix';
import { ExportDialog } from './ExportDialog';
import { onDraftExportRequest } from './exportRequest';
import { useExportFix } from './useExportFix';

interface Options {
  draftId: string;
  title: string;
  flush: () => Promise<void>;
  /** The stored revision the editor is at (after flush). */
  revision: () => number;
  onExported: (record: ExportedRecord) => void;
  /** A fix made a new revision: it takes the editor's place (and the dialog comes back open for it). */
  onFixed: (draft: Draft) => void;
}

/**
 * The export dialog of one open draft: opened by its header button or by File ▸ Export… (exportRequest), with
 * the editor's waivers kept while the draft stays open, so fixing one thing in between does not lose the rest.
 * After "Fix N problems" the workspace reloads for the fixed revision; the dialog, its waivers and the count
 * fixed are carried across (carryAfterFix.ts).
 */
export function useDraftExport({ draftId, title, flush, revision, onExported, onFixed }: Options) {
  const [carried] = useState(() => carriedExport(draftId, revision()));
  const [open, setOpen] = useState(carried !== null);
  const [waived, setWaived] = useState<ReadonlySet<string>>(carried?.waived ?? new Set());
  const [fixed, setFixed] = useState<number | null>(carried?.fixed ?? null);
  // A layout effect: the request listener is in place in the same commit that puts the draft on screen, so a
  // Ctrl/⌘+E pressed the moment the text appears is never answered with "open a draft first".
  useLayoutEffect(() => onDraftExportRequest(() => setOpen(true)), []);
  const exportedRef = useRef(onExported);
  exportedRef.current = onExported;
  const fixer = useExportFix({
    draftId,
    flush,
    revision,
    onFixed: (draft, count) => {
      carryExport({ draftId, revision: draft.revision, waived, fixed: count });
      onFixed(draft);
    },
  });
  const close = () => {
    setOpen(false);
    setFixed(null);
    dropCarriedExport();
  };

  const dialog = open ? (
    <ExportDialog
      draftId={draftId}
      title={title}
      waived={waived}
      onWaived={setWaived}
      flush={flush}
      onClose={close}
      onExported={(record) => {
        close();
        exportedRef.current(record);
      }}
      fixer={fixer}
      fixed={fixed}
    />
  ) : null;
  return { openDialog: () => setOpen(true), dialog };
}
