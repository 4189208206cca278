import type { ExportedFile } from '../../../shared/api/contract';
import type { Query } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';

/** Bytes of a base64 payload without decoding it: four characters carry three bytes, less the padding. */
export const base64Bytes = (content: string): number => Math.floor((content.length * 3) / 4) - (content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0);

const sizeLabel = (bytes: number): string => (bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toLocaleString(undefined, { maximumFractionDigits: 1 })} KB`);

interface Props {
  /** The chosen format as export.draft renders it. */
  file: Query<ExportedFile> | null;
  /** For Word only: the plain-text rendering shown in its place, since the page cannot show a .docx. */
  text: Query<ExportedFile> | null;
}

/** The file as it will be written: text formats verbatim in a scrollable block, Word as its size and text. */
export function ExportPreview({ file, text }: Props) {
  if (!file || (file.status === 'loading' && !file.value)) return <Loading label="Rendering the preview…" />;
  if (file.status === 'error') return <ErrorMessage error={file.error} onRetry={file.reload} />;
  const shown = file.value;
  if (!shown) return null;
  const binary = shown.encoding === 'base64';
  const body = binary ? text?.value?.content : shown.content;
  return (
    <div className="export-preview" aria-busy={file.status === 'loading'}>
      <p className="export-preview__meta" data-testid="export-preview-meta">
        {shown.filename} · {sizeLabel(binary ? base64Bytes(shown.content) : new TextEncoder().encode(shown.content).length)}
        {binary && ' · its text below'}
      </p>
      <pre className="export-preview__text" tabIndex={0} aria-label={`Preview of ${shown.filename}`} data-testid="export-preview">
        {body ?? ''}
      </pre>
    </div>
  );
}
