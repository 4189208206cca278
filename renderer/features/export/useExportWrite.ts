import { useState } from 'react';
import type { ExportedRecord, IfExists } from '../../../shared/api/contract';
import type { ExportFormat } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { existsQuestion, type ExistsQuestion } from './existsQuestion';

interface Request {
  draftId: string;
  format: ExportFormat;
  waived: ReadonlySet<string>;
  credits: boolean;
}

/**
 * Writes the export and turns every answer into something the dialog shows: the 'exists' question (answered
 * with Replace or Keep both, which write again), a problem in words, or the written record.
 */
export function useExportWrite(onWritten: (record: ExportedRecord) => void, onNeedsReview: () => void) {
  const { api } = useApi();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [question, setQuestion] = useState<(ExistsQuestion & { path: string }) | null>(null);

  const write = async ({ draftId, format, waived, credits }: Request, path: string, ifExists: IfExists) => {
    setBusy(true);
    setProblem(null);
    setQuestion(null);
    const result = await api['export.write']({ id: draftId, format, path, ifExists, waived: [...waived], credits });
    setBusy(false);
    if (result.ok) return onWritten(result.value);
    const exists = existsQuestion(result.error, path);
    if (exists) return setQuestion({ ...exists, path });
    if (result.error.code === 'needs-review') onNeedsReview();
    setProblem(`Not exported: ${result.error.message}`);
  };

  /** Electron: the OS save dialog has already asked about an existing file, so its answer replaces. */
  const saveAs = async (request: Request, suggestedName: string) => {
    setProblem(null);
    const picked = await api['export.pickTarget']({ kind: 'file', format: request.format, suggestedName });
    if (!picked.ok) return setProblem(`Not exported: ${picked.error.message}`);
    if (picked.value.path) await write(request, picked.value.path, 'replace');
  };

  return { busy, problem, question, write, saveAs, dismissQuestion: () => setQuestion(null) };
}
