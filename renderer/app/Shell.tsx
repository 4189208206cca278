import { useRef, useState } from 'react';
import type { AppCommand } from '../../shared/api/events';
import { useApi } from '../api/ApiContext';
import { useEvent } from '../api/useEvent';
import { CopyView } from '../features/copy/CopyView';
import { openFindInFocusedEditor } from '../features/editor/find/openFindEvent';
import { useCopy } from '../features/copy/useCopy';
import { Inspector } from '../features/inspector/Inspector';
import { LibraryPane } from '../features/library/LibraryPane';
import { useExportUi } from '../features/export/useExportUi';
import { ShortcutsDialog } from '../features/help/ShortcutsDialog';
import { PreferencesDialog } from '../features/settings/PreferencesDialog';
import { useImportUi } from '../features/import/useImportUi';
import { requestDraftSave } from '../features/merge/saveDraftRequest';
import { NoticeBanner } from '../features/notices/NoticeBanner';
import { useStoreStatus } from '../features/notices/useStoreStatus';
import { DEFAULT_SETTINGS } from '../../shared/domain/model';
import { shortcutPlatform } from '../../shared/ui/format-keys';
import { Header } from './Header';
import { LazyCompareTab, LazyMergeTab } from './lazyTabs';
import { StatusBar } from './StatusBar';
import { Workspace, type WorkspaceTab } from './Workspace';
import { useAppInfo } from './useAppInfo';
import { useSampleLoader } from './useSampleLoader';
import { useSettings } from './useSettings';
import { useShortcuts } from './useShortcuts';
import { useTheme } from './useTheme';
import './shell.css';

/** The three-pane window: library, workspace, inspector; plus header, notices and status bar. */
export function Shell() {
  const { shell } = useApi();
  const [openCopyId, setOpenCopyId] = useState<string | null>(null);
  // A draft opened from the library (or just started) shows in the Merge tab until a copy is opened.
  const [openDraftId, setOpenDraftId] = useState<string | null>(null);
  const [tab, setTab] = useState<WorkspaceTab>('copy');
  const [inspectorVisible, setInspectorVisible] = useState(true);
  const [message, setMessage] = useState('');
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const copy = useCopy(openCopyId);
  const status = useStoreStatus();
  const { settings, error: settingsError, update } = useSettings();
  const sample = useSampleLoader(setMessage);
  const theme = settings?.theme ?? 'system';
  useTheme(theme);
  const info = useAppInfo();

  const openCopy = (id: string) => {
    setOpenCopyId(id);
    setOpenDraftId(null);
    setTab('copy');
  };
  const openDraft = (id: string) => {
    setOpenDraftId(id);
    setTab('merge');
  };
  const openStoryId = copy.value?.id === openCopyId ? (copy.value?.storyId ?? null) : null;
  const imports = useImportUi({
    nativeDialogs: info.value?.nativeDialogs ?? false,
    maxFileBytes: settings?.maxImportBytes ?? null,
    onOpen: openCopy,
    report: setMessage,
  });

  const exports = useExportUi({
    // The library's selection: the draft open in Merge, else the story of the open copy.
    selected: () => (tab === 'merge' && openDraftId ? { drafts: [openDraftId], stories: [] } : { drafts: [], stories: openStoryId ? [openStoryId] : [] }),
    report: setMessage,
  });

  const run = (command: AppCommand) => {
    const actions: Record<AppCommand, () => void> = {
      'focus-search': () => {
        // Electron's menu accelerator arrives as this command even while the editor has focus.
        if (openFindInFocusedEditor()) return;
        searchRef.current?.focus();
        searchRef.current?.select();
      },
      'load-sample': () => void sample.load(),
      'show-copy': () => setTab('copy'),
      'show-compare': () => setTab('compare'),
      'show-merge': () => setTab('merge'),
      'toggle-inspector': () => setInspectorVisible((visible) => !visible),
      'save-draft': requestDraftSave,
      'import-files': imports.chooseFiles,
      'import-clipboard': imports.openPaste,
      export: exports.exportOpenDraft,
      'export-many': () => exports.exportMany(),
      'show-shortcuts': () => setShortcutsOpen(true),
      'show-preferences': () => setPreferencesOpen(true),
    };
    actions[command]();
  };
  useShortcuts(run);
  useEvent('command', ({ command }) => run(command));

  const changeTheme = async (next: typeof theme) => {
    const error = await update({ theme: next });
    setMessage(error ? error.message : `Theme: ${next === 'system' ? 'matching the system' : next}.`);
  };

  return (
    <div className={`shell${inspectorVisible ? '' : ' shell--no-inspector'}`}>
      <Header
        theme={theme}
        onTheme={changeTheme}
        inspectorVisible={inspectorVisible}
        onToggleInspector={() => run('toggle-inspector')}
        showHelpMenu={shell === 'web'}
        onLoadSample={() => run('load-sample')}
        onShowShortcuts={() => run('show-shortcuts')}
        onShowPreferences={() => run('show-preferences')}
        importItems={imports.menuItems}
        exportItems={exports.menuItems}
      />
      <NoticeBanner notices={status.value?.notices ?? []} />
      {settingsError && !settings && <p className="shell__settings-problem">{settingsError.message}</p>}
      <div className="shell__panes">
        <LibraryPane
          searchRef={searchRef}
          openCopyId={openCopyId}
          openStoryId={openStoryId}
          onOpen={openCopy}
          onOpenDraft={openDraft}
          openDraftId={tab === 'merge' ? openDraftId : null}
          onDraftDeleted={(id) => setOpenDraftId((open) => (open === id ? null : open))}
          onLoadSample={() => run('load-sample')}
          onDeleted={(ids) => setOpenCopyId((open) => (open && ids.includes(open) ? null : open))}
          onExportDraft={(id) => exports.exportMany({ drafts: [id], stories: [] })}
          report={setMessage}
        />
        <Workspace
          tab={tab}
          onTab={setTab}
          panels={{
            copy: <CopyView copyId={openCopyId} copy={copy} />,
            compare: <LazyCompareTab copyId={openCopyId} storyId={openStoryId} diffBudgetMs={settings?.diffBudgetMs ?? DEFAULT_SETTINGS.diffBudgetMs} />,
            merge: <LazyMergeTab storyId={openStoryId} draftId={openDraftId} onOpenDraft={openDraft} quoteStyle={settings?.quoteStyle ?? 'uk'} report={setMessage} />,
          }}
        />
        {inspectorVisible && <Inspector copyId={openCopyId} copy={copy} onOpen={openCopy} />}
      </div>
      <StatusBar status={status} message={message} problem={imports.problem} />
      {imports.layer}
      {exports.layer}
      {shortcutsOpen && (
        <ShortcutsDialog platform={shortcutPlatform(info.value?.platform ?? navigator.platform)} shell={shell} onClose={() => setShortcutsOpen(false)} />
      )}
      {preferencesOpen && settings && (
        <PreferencesDialog
          limits={settings}
          save={update}
          onSaved={() => {
            setPreferencesOpen(false);
            setMessage('Preferences saved.');
          }}
          onClose={() => setPreferencesOpen(false)}
        />
      )}
    </div>
  );
}
