import { useEffect, useId, useRef, useState } from 'react';
import type { ExportedFile, ExportedRecord } from '../../../shared/api/contract';
import type { ExportFormat } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { useAppInfo } from '../../app/useAppInfo';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { CheckSection } from './CheckSection';
import { exportBlockedReason, waiversStillMeant } from './checkWaivers';
import { copyPlainText, copyRichText } from './clipboard';
import { ExistsPrompt } from './ExistsPrompt';
import { ExportPreview } from './ExportPreview';
import { readExportPrefs, saveExportPrefs } from './exportPrefs';
import { FolderField } from './FolderField';
import { FormatRadios } from './FormatFields';
import { joinPath, targetProblem } from './targetPath';
import { useExportCheck } from './useExportCheck';
import { useExportWrite } from './useExportWrite';
import './export.css';

interface Props {
  draftId: string;
  title: string;
  /** Waivers live with the open draft, so closing the dialog to fix something in the editor keeps them. */
  waived: ReadonlySet<string>;
  onWaived: (waived: Set<string>) => void;
  /** Saves what the editor holds: the check, the preview and the file are made from the stored text. */
  flush: () => Promise<void>;
  onClose: () => void;
  onExported: (record: ExportedRecord) => void;
  /** The check's one-click fix (useExportFix) and how many the last one fixed, null before one. */
  fixer: { busy: boolean; problem: string | null; fix: (ids: readonly string[]) => Promise<void> };
  fixed: number | null;
}

/**
 * File ▸ Export… for the open draft: the format, the file as it will be written, the export check with its
 * waivers, and the target — the OS save dialog in Electron, a folder and a file name in the browser twin.
 */
export function ExportDialog({ draftId, title, waived, onWaived, flush, onClose, onExported, fixer, fixed }: Props) {
  const { api } = useApi();
  const info = useAppInfo().value;
  // Read once: the choices remembered when the dialog opened.
  const [prefs] = useState(readExportPrefs);
  const [format, setFormat] = useState<ExportFormat>(prefs.format);
  const [credits, setCredits] = useState(false);
  const [folder, setFolder] = useState<string | null>(prefs.folder);
  const [name, setName] = useState<string | null>(null);
  const [clipboardNote, setClipboardNote] = useState<string | null>(null);
  const ids = { radios: useId(), name: useId(), credits: useId() };

  const check = useExportCheck(draftId, flush);
  // A waiver whose problem went away with a fix must not silently cover whatever appears in its place.
  const waiverState = useRef({ waived, onWaived });
  waiverState.current = { waived, onWaived };
  useEffect(() => {
    if (check.report) waiverState.current.onWaived(waiversStillMeant(check.report, waiverState.current.waived));
  }, [check.report]);
  const render = (as: ExportFormat) => () => api['export.draft']({ id: draftId, format: as, credits });
  const key = (as: ExportFormat) => (check.generation ? `${draftId}:${as}:${credits}:${check.generation}` : null);
  const file = useQuery<ExportedFile>(key(format), render(format));
  const text = useQuery<ExportedFile>(format === 'docx' ? key('txt') : null, render('txt'));

  const suggested = file.value?.filename ?? '';
  const fileName = name ?? suggested;
  const targetFolder = folder ?? info?.exportDir ?? '';
  const native = info?.nativeDialogs ?? false;
  const written = (record: ExportedRecord) => {
    saveExportPrefs(native ? { format } : { format, folder: targetFolder.trim() });
    onExported(record);
  };
  const writer = useExportWrite(written, () => void check.recheck());

  const blocked = exportBlockedReason(check.checking ? null : check.report, waived) ?? (check.error ? 'The export check could not run.' : null);
  const typedProblem = native ? null : targetProblem(targetFolder, fileName);
  // Until the shell has said whether it has native dialogs, the target cannot be chosen the right way.
  const reason = blocked ?? (!info ? 'Starting…' : file.value ? typedProblem : 'The preview has not finished yet.');
  const request = { draftId, format, waived, credits };

  const chooseFormat = (next: ExportFormat) => {
    setFormat(next);
    // The name follows the format's extension unless the editor typed one.
    setName(null);
    writer.dismissQuestion();
  };

  const submit = () => {
    if (reason || writer.busy) return;
    if (native) void writer.saveAs(request, fileName);
    else void writer.write(request, joinPath(targetFolder, fileName.trim()), 'ask');
  };

  const copy = async (rich: boolean) => {
    setClipboardNote('Copying…');
    const [plain, html] = await Promise.all([api['export.draft']({ id: draftId, format: 'txt', credits }), rich ? api['export.draft']({ id: draftId, format: 'html', credits }) : null]);
    if (!plain.ok) return setClipboardNote(plain.error.message);
    if (html && !html.ok) return setClipboardNote(html.error.message);
    setClipboardNote(html ? await copyRichText(html.value.content, plain.value.content) : await copyPlainText(plain.value.content));
  };

  return (
    <Dialog
      title="Export"
      description={title.trim() || 'Untitled draft'}
      size="large"
      testId="export-dialog"
      onClose={onClose}
      footer={
        <>
          <div className="export-dialog__copy">
            <button type="button" className="button button--small" onClick={() => void copy(true)}>
              Copy as rich text
            </button>
            <button type="button" className="button button--small" onClick={() => void copy(false)}>
              Copy as plain text
            </button>
            <span className="export-dialog__note" role="status" data-testid="export-clipboard-note">
              {clipboardNote}
            </span>
          </div>
          <span id="export-blocked" className="export-dialog__blocked" aria-live="polite" data-testid="export-blocked">
            {reason ?? ''}
          </span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={reason !== null || writer.busy} aria-describedby="export-blocked" onClick={submit}>
            {writer.busy ? 'Exporting…' : native ? 'Save…' : 'Export'}
          </button>
        </>
      }
    >
      {writer.question && (
        <ExistsPrompt
          question={writer.question}
          busy={writer.busy}
          onReplace={() => void writer.write(request, writer.question!.path, 'replace')}
          onKeepBoth={() => void writer.write(request, writer.question!.path, 'number')}
          onCancel={writer.dismissQuestion}
        />
      )}
      {writer.problem && <ErrorMessage error={writer.problem} testId="export-problem-message" />}
      <div className="export-dialog">
        <div className="export-dialog__settings">
          <FormatRadios name={ids.radios} value={format} onChange={chooseFormat} firstFocus={fixed === null} />
          <label className="export-dialog__option" htmlFor={ids.credits}>
            <input id={ids.credits} type="checkbox" checked={credits} onChange={(event) => setCredits(event.target.checked)} />
            Credit the sources (a “Sources:” line in text formats)
          </label>
          {!native && (
            <>
              <FolderField value={targetFolder} onChange={setFolder} />
              <div className="export-field">
                <label htmlFor={ids.name} className="export-field__label">
                  File name
                </label>
                <input id={ids.name} className="export-field__input" value={fileName} spellCheck={false} onChange={(event) => setName(event.target.value)} data-testid="export-filename" />
              </div>
            </>
          )}
          <CheckSection
            report={check.report}
            error={check.error}
            checking={check.checking}
            waived={waived}
            onWaived={onWaived}
            onRecheck={() => void check.recheck()}
            fix={{ busy: fixer.busy, problem: fixer.problem, fixed, onFix: (problems) => void fixer.fix(problems) }}
          />
        </div>
        <div className="export-dialog__preview">
          <span className="export-field__label">Preview</span>
          <ExportPreview file={key(format) ? file : null} text={format === 'docx' ? text : null} />
        </div>
      </div>
    </Dialog>
  );
}
