import type { ExportCheckReport } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { fixButtonLabel, fixableIds, fixOutcome } from './checkFixes';
import { unwaivedProblems } from './checkWaivers';

interface Props {
  report: ExportCheckReport | null;
  error: ApiError | null;
  checking: boolean;
  waived: ReadonlySet<string>;
  onWaived: (waived: Set<string>) => void;
  onRecheck: () => void;
  /** The one-click fix of what the check knows how to fix; `fixed` is how many the last fix made (null before one). */
  fix: { busy: boolean; problem: string | null; fixed: number | null; onFix: (ids: string[]) => void };
}

/**
 * What the export check found: each problem where it is, with its text around it and a "Waive" box. "Fix N
 * problems" makes every fix the check knows for what is not waived; the rest is fixed in the editor (close, fix,
 * reopen or Re-check); waivers are kept for the draft meanwhile.
 */
export function CheckSection({ report, error, checking, waived, onWaived, onRecheck, fix }: Props) {
  const problems = report?.problems ?? [];
  const fixable = checking ? [] : fixableIds(report, waived);
  const allWaived = problems.length > 0 && problems.every((p) => waived.has(p.id));
  const setOne = (id: string, on: boolean) => {
    const next = new Set(waived);
    if (on) next.add(id);
    else next.delete(id);
    onWaived(next);
  };
  return (
    <section className="export-check" aria-labelledby="export-check-title" aria-busy={checking} data-testid="export-check">
      <div className="export-check__top">
        <h3 id="export-check-title" className="export-field__label">
          Export check
          {report && problems.length > 0 && (
            <span className="export-check__count">
              {' '}
              · {unwaivedProblems(report, waived).length} open
            </span>
          )}
        </h3>
        {problems.length > 1 && (
          <label className="export-check__all">
            <input type="checkbox" checked={allWaived} onChange={(event) => onWaived(event.target.checked ? new Set(problems.map((p) => p.id)) : new Set())} />
            Waive all
          </label>
        )}
        {(fixable.length > 0 || fix.busy) && (
          <button type="button" className="button button--small button--primary" onClick={() => fix.onFix(fixable)} disabled={fix.busy} data-testid="export-fix">
            {fix.busy ? 'Fixing…' : fixButtonLabel(fixable.length)}
          </button>
        )}
        <button type="button" className="button button--small" onClick={onRecheck} disabled={checking || fix.busy}>
          {checking ? 'Checking…' : 'Re-check'}
        </button>
      </div>
      {/* Focused when the dialog comes back after a fix, so the outcome is what is read first. */}
      <p className="export-check__outcome" role="status" tabIndex={-1} data-autofocus={fix.fixed !== null || undefined} data-testid="export-fix-outcome">
        {fix.fixed === null ? '' : fixOutcome(fix.fixed, checking ? null : report, waived)}
      </p>
      {fix.problem && (
        <p className="export-check__problem" role="alert">
          {fix.problem}
        </p>
      )}
      {error && <ErrorMessage error={error} onRetry={onRecheck} />}
      {report && problems.length === 0 && <p className="export-check__clean">No problems found{report.complete ? '' : ' in the part checked'}.</p>}
      {report && !report.complete && <p className="export-check__note">The article is longer than the check reads at once: only its beginning was checked.</p>}
      {problems.length > 0 && (
        <ul className="export-check__list" aria-label="Problems found">
          {problems.map((problem, index) => (
            <li key={problem.id} className={`export-check__item${waived.has(problem.id) ? ' is-waived' : ''}`} data-testid="export-problem">
              <div className="export-check__text" id={`export-problem-${index}`}>
                <span className="export-check__where">{problem.where}</span>
                <span className="export-check__message">{problem.message}</span>
                <q className="export-check__excerpt">{problem.excerpt}</q>
              </div>
              <label className="export-check__waive">
                <input type="checkbox" aria-describedby={`export-problem-${index}`} checked={waived.has(problem.id)} onChange={(event) => setOne(problem.id, event.target.checked)} />
                Waive
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
