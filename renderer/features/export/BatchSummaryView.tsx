import type { ExportBatchReport } from '../../../shared/api/contract';
import { LIST_BUDGET, SummarySection } from '../import/ImportSummary';
import { describeBatch } from './batchSummary';
import { FORMAT_LABELS } from './formatLabels';

/** What the batch did: every file written with its path, each one skipped or failed with its reason, the drafts it merged. */
export function BatchSummaryView({ report }: { report: ExportBatchReport }) {
  return (
    <div className="export-many__summary" data-testid="export-many-summary">
      <p className="import-summary__lead">{describeBatch(report)}</p>
      <SummarySection title="Written" count={report.written.length}>
        {report.written.slice(0, LIST_BUDGET).map((record) => (
          <li key={record.path} data-testid="export-written">
            <span className="import-summary__source export-many__path">{record.path}</span>
            <span className="import-summary__detail">
              {FORMAT_LABELS[record.format]} · {record.title || 'Untitled draft'}
            </span>
          </li>
        ))}
      </SummarySection>
      <SummarySection title="Skipped" count={report.skipped.length}>
        {report.skipped.slice(0, LIST_BUDGET).map((item, index) => (
          <li key={`${item.id}-${item.format ?? ''}-${index}`} data-testid="export-skipped">
            <span className="import-summary__source">
              {item.title || 'Untitled'}
              {item.format && ` (${FORMAT_LABELS[item.format]})`}
            </span>
            <span className="import-summary__detail">{item.reason}</span>
          </li>
        ))}
      </SummarySection>
      <SummarySection title="Failed" count={report.failed.length} tone="danger">
        {report.failed.slice(0, LIST_BUDGET).map((item, index) => (
          <li key={`${item.id}-${item.format}-${index}`} data-testid="export-failed">
            <span className="import-summary__source">
              {item.title || 'Untitled'} ({FORMAT_LABELS[item.format]})
            </span>
            <span className="import-summary__detail">{item.reason}</span>
          </li>
        ))}
      </SummarySection>
      <SummarySection title="Drafts merged for stories that had none" count={report.created.length}>
        {report.created.slice(0, LIST_BUDGET).map((draft) => (
          <li key={draft.id}>
            <span className="import-summary__source">{draft.title || 'Untitled draft'}</span>
          </li>
        ))}
      </SummarySection>
    </div>
  );
}
