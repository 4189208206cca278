import { useState } from 'react';
import { shortcutLabel } from '../../app/shortcuts';
import type { MenuItem } from '../../ui/MenuButton';
import { describeBatch } from './batchSummary';
import { ExportManyDialog } from './ExportManyDialog';
import { requestDraftExport } from './exportRequest';

export interface BatchPreselection {
  drafts: string[];
  stories: string[];
}

interface Options {
  /** What the library has selected, read when Export Many opens. */
  selected: () => BatchPreselection;
  /** The status bar's live message. */
  report: (message: string) => void;
}

/**
 * Every way into an export (menu, Electron commands, shortcuts, the library's draft menu) and the batch
 * dialog, so the shell only places `layer` and the menu. The single-draft dialog belongs to the open draft
 * (useDraftExport); this only asks for it.
 */
export function useExportUi({ selected, report }: Options) {
  const [many, setMany] = useState<BatchPreselection | null>(null);

  const exportOpenDraft = () => {
    if (!requestDraftExport()) report('Open a draft in the Merge tab to export it, or use Export Many to export drafts and stories from the library.');
  };
  const exportMany = (preselected: BatchPreselection = selected()) => setMany(preselected);

  const menuItems: MenuItem[] = [
    { label: 'Export…', shortcut: shortcutLabel('E', 'display'), onSelect: exportOpenDraft },
    { label: 'Export many…', shortcut: shortcutLabel('Shift+E', 'display'), onSelect: () => exportMany() },
  ];

  const layer = many && <ExportManyDialog preselected={many} onClose={() => setMany(null)} onFinished={(batch) => report(describeBatch(batch))} />;

  return { menuItems, exportOpenDraft, exportMany, layer };
}
