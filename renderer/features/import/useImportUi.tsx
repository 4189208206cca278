import { useEffect, useRef, useState } from 'react';
import type { MenuItem } from '../../ui/MenuButton';
import { DropOverlay } from './DropOverlay';
import { FilePickers } from './FilePickers';
import { ImportPanel } from './ImportPanel';
import { PasteDialog } from './PasteDialog';
import { filesOfFolderInput, MAX_FOLDER_FILES, type CollectedFiles } from './folderFiles';
import { describeImport, failureSummary } from './importReport';
import { useFileDrop } from './useFileDrop';
import { useImport } from './useImport';
import { usePasteShortcut } from './usePasteShortcut';

interface Options {
  /** Electron: the services open the OS dialog (import.pick); the browser twin uses file inputs. */
  nativeDialogs: boolean;
  maxFileBytes: number | null;
  onOpen: (copyId: string) => void;
  /** The status bar's live message. */
  report: (message: string) => void;
}

const truncationNote = (collected: CollectedFiles): string | null =>
  collected.truncated ? `Only the first ${MAX_FOLDER_FILES.toLocaleString()} files were taken: import the rest of the folder in parts.` : null;

/**
 * Every way into an import (menu, Electron commands, Ctrl/⌘+V, drag-and-drop) and everything an import
 * shows (paste preview, drop overlay, progress and summary), so the shell only places `layer` and the menu.
 */
export function useImportUi({ nativeDialogs, maxFileBytes, onOpen, report }: Options) {
  const controller = useImport(maxFileBytes);
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const [pasteText, setPasteText] = useState<string | null>(null);
  const [focusPanel, setFocusPanel] = useState(false);
  const reportRef = useRef(report);
  reportRef.current = report;

  const start = (collected: CollectedFiles) => {
    if (collected.files.length === 0) return reportRef.current('There were no files to import there (hidden files are left out).');
    void controller.importFiles(collected.files, truncationNote(collected), collected.skipped).then((started) => {
      if (!started) reportRef.current('An import is already running: wait for it to finish or cancel it.');
    });
  };

  const { dragging } = useFileDrop(start);
  usePasteShortcut(setPasteText);

  const finished = controller.state.phase === 'finished' ? controller.state.report : null;
  useEffect(() => {
    if (finished) reportRef.current(describeImport(finished));
  }, [finished]);

  useEffect(() => {
    if (!focusPanel) return;
    setFocusPanel(false);
    panelRef.current?.focus();
  }, [focusPanel]);

  const chooseFiles = () => (nativeDialogs ? void controller.pick('files') : filesRef.current?.click());
  const chooseFolder = () => (nativeDialogs ? void controller.pick('folder') : folderRef.current?.click());
  const openPaste = () => {
    setPasteText('');
    // Permission may be refused or never answered (some browsers ask): the dialog is usable meanwhile.
    navigator.clipboard
      ?.readText()
      .then((text) => setPasteText((current) => (current === '' ? text : current)))
      .catch(() => {});
  };

  const menuItems: MenuItem[] = [
    { label: 'Import files…', onSelect: chooseFiles },
    { label: 'Import folder…', onSelect: chooseFolder },
    { label: 'Paste from clipboard…', onSelect: openPaste },
  ];

  const failures = finished ? failureSummary(finished) : null;
  const problem = failures
    ? {
        text: failures,
        onDetails: () => {
          controller.setSummaryVisible(true);
          setFocusPanel(true);
        },
      }
    : null;

  const layer = (
    <>
      {!nativeDialogs && (
        <FilePickers
          refs={{ files: filesRef, folder: folderRef }}
          onFiles={(files) => start({ files, truncated: false, skipped: 0 })}
          onFolder={(files) => start(filesOfFolderInput(files))}
        />
      )}
      {pasteText !== null && (
        <PasteDialog
          initialText={pasteText}
          onClose={() => setPasteText(null)}
          onImport={(text) => {
            setPasteText(null);
            void controller.importText(text);
          }}
        />
      )}
      {dragging !== null && <DropOverlay count={dragging} />}
      <ImportPanel controller={controller} onOpen={onOpen} panelRef={panelRef} />
    </>
  );

  return { menuItems, chooseFiles, openPaste, problem, layer };
}
