import { useId, useState } from 'react';
import type { ExportBatchReport, Library } from '../../../shared/api/contract';
import type { ExportFormat } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { useAppInfo } from '../../app/useAppInfo';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { ToggleGroup } from '../../ui/ToggleGroup';
import { ImportProgressView } from '../import/ImportProgressView';
import { BatchChecklist, type BatchSelection } from './BatchChecklist';
import { batchBlockedReason, plannedFiles } from './batchSummary';
import { BatchSummaryView } from './BatchSummaryView';
import { readExportPrefs, saveExportPrefs } from './exportPrefs';
import { FolderField } from './FolderField';
import { FormatCheckboxes } from './FormatFields';
import { useExportBatch } from './useExportBatch';
import './export.css';

type IfExists = 'number' | 'replace' | 'skip';
const IF_EXISTS: { value: IfExists; label: string; title: string }[] = [
  { value: 'number', label: 'Number the new file', title: 'Save as name-2.ext beside the existing file' },
  { value: 'replace', label: 'Replace', title: 'Overwrite the existing file' },
  { value: 'skip', label: 'Skip', title: 'Leave the existing file and list it as skipped' },
];

interface Props {
  /** What the library had selected when the dialog opened (the open draft, or the open copy's story). */
  preselected: { drafts: string[]; stories: string[] };
  onClose: () => void;
  onFinished: (report: ExportBatchReport) => void;
}

/**
 * File ▸ Export Many…: drafts and stories × formats into one folder, one file each named from the headline,
 * never overwriting silently; progress with Cancel, then what was written, skipped and failed.
 */
export function ExportManyDialog({ preselected, onClose, onFinished }: Props) {
  const { api } = useApi();
  const info = useAppInfo().value;
  const native = info?.nativeDialogs ?? false;
  const library = useQuery<Library>('export-many-library', () => api['library.list']({}));
  // Read once: the choices remembered when the dialog opened.
  const [prefs] = useState(readExportPrefs);
  const [selection, setSelection] = useState<BatchSelection>({ drafts: new Set(preselected.drafts), stories: new Set(preselected.stories) });
  const [formats, setFormats] = useState<ExportFormat[]>(prefs.batchFormats);
  const [folder, setFolder] = useState<string | null>(prefs.folder);
  const [ifExists, setIfExists] = useState<IfExists>('number');
  const [force, setForce] = useState(false);
  const [credits, setCredits] = useState(false);
  const [pickProblem, setPickProblem] = useState<string | null>(null);
  const ids = { force: useId(), credits: useId() };
  const batch = useExportBatch();

  const targetFolder = folder ?? (native ? '' : (info?.exportDir ?? ''));
  const items = selection.drafts.size + selection.stories.size;
  const files = plannedFiles(items, formats.length);
  const reason = batchBlockedReason({ ready: info !== null, items, formats: formats.length, native, folder: targetFolder });

  const pickFolder = async () => {
    setPickProblem(null);
    const picked = await api['export.pickTarget']({ kind: 'folder' });
    if (!picked.ok) setPickProblem(picked.error.message);
    else if (picked.value.path) setFolder(picked.value.path);
  };

  const start = () => {
    if (reason) return;
    saveExportPrefs(native ? { batchFormats: formats } : { batchFormats: formats, folder: targetFolder.trim() });
    const input = { drafts: [...selection.drafts], stories: [...selection.stories], formats, folder: targetFolder.trim(), ifExists, force, credits };
    void batch.run(input, files).then((report) => report && onFinished(report));
  };

  const { state } = batch;
  const finished = state.phase === 'finished' ? state.report : null;
  // Closing while files are being written stops the batch first; the summary then stays to say what was done.
  const close = () => (state.phase === 'running' ? batch.cancel() : onClose());

  const footer =
    state.phase === 'choosing' ? (
      <>
        <span className="dialog__footer-note" data-testid="export-many-blocked">
          {reason ?? `${files.toLocaleString()} ${files === 1 ? 'file' : 'files'} to write`}
        </span>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button--primary" disabled={reason !== null} onClick={start}>
          Export
        </button>
      </>
    ) : state.phase === 'finished' ? (
      <button type="button" className="button button--primary" onClick={close} data-autofocus>
        Done
      </button>
    ) : null;

  return (
    <Dialog title="Export many" description="One file per draft and format, named from the headline." size="large" testId="export-many-dialog" onClose={close} footer={footer}>
      {state.phase === 'running' && (
        <ImportProgressView kind="export" progress={state.progress} cancellable cancelling={state.cancelling} onCancel={batch.cancel} />
      )}
      {finished && <BatchSummaryView report={finished} />}
      {state.phase === 'choosing' && (
        <div className="export-many">
          {state.error && <ErrorMessage error={state.error} />}
          {library.status === 'error' && <ErrorMessage error={library.error} onRetry={library.reload} />}
          {!library.value && library.status === 'loading' && <Loading label="Listing drafts and stories…" />}
          {library.value && <BatchChecklist library={library.value} selection={selection} onChange={setSelection} />}
          <div className="export-many__settings">
            <FormatCheckboxes value={formats} onChange={setFormats} />
            {native ? (
              <div className="export-field">
                <span className="export-field__label">Folder</span>
                <span className="export-field__path" data-testid="export-folder">
                  {targetFolder || 'None chosen'}
                </span>
                <button type="button" className="button button--small" onClick={() => void pickFolder()}>
                  Choose…
                </button>
                {pickProblem && <span role="alert">{pickProblem}</span>}
              </div>
            ) : (
              <FolderField value={targetFolder} onChange={setFolder} hint="The folder must exist." />
            )}
            <div className="export-field">
              <span className="export-field__label" aria-hidden="true">
                If a file exists
              </span>
              <ToggleGroup label="If a file exists" size="small" choices={IF_EXISTS} value={ifExists} onChoose={setIfExists} />
            </div>
            <label className="export-dialog__option" htmlFor={ids.force}>
              <input id={ids.force} type="checkbox" checked={force} onChange={(event) => setForce(event.target.checked)} />
              Also export drafts with unreviewed problems
            </label>
            <label className="export-dialog__option" htmlFor={ids.credits}>
              <input id={ids.credits} type="checkbox" checked={credits} onChange={(event) => setCredits(event.target.checked)} />
              Credit the sources (a “Sources:” line in text formats)
            </label>
          </div>
        </div>
      )}
    </Dialog>
  );
}
