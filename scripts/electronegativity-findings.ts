import { parseCsv } from './csv';

/** One row of Electronegativity's CSV report. */
export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  /** Relative to the scanned folder, or 'N/A' for a whole-application (global) finding. */
  file: string;
  /** 1-based; 0 for a global finding. */
  line: number;
  description: string;
}

const COLUMNS = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'] as const;
const CHECK_ID = /^[A-Z][A-Z0-9_]*_CHECK$/;

/** The severities that fail the audit unless justified beside the code. */
export const GATING_SEVERITIES: ReadonlySet<string> = new Set(['HIGH', 'MEDIUM']);

/**
 * The findings of a CSV report. The tool writes its header and its rows with two separate writes whose order
 * is not fixed, so the header record may come first or last, but exactly once. Every row is checked for shape,
 * so a report the tool wrote badly (on a plain file it has written its header over its first row) fails the
 * audit instead of passing with a finding missing.
 */
export function findingsFromCsv(text: string, source: string): Finding[] {
  const records = parseCsv(text, source);
  const isHeader = (record: string[]) => record.map((name) => name.trim()).join(',') === COLUMNS.join(',');
  const headers = records.filter(isHeader).length;
  if (headers !== 1) {
    throw new Error(`${source}: not an Electronegativity CSV report (${headers === 0 ? 'no' : headers} header record${headers === 0 ? '' : 's'} among ${records.length} records; first ${JSON.stringify(records[0]?.join(',') ?? '')}).`);
  }
  const rows = records.filter((record) => !isHeader(record));
  return rows.map((row, index) => {
    const [check = '', severity = '', confidence = '', file = '', location = '', , description = ''] = row;
    const line = Number(location.split(':')[0]);
    if (row.length !== COLUMNS.length || !CHECK_ID.test(check) || !Number.isInteger(line) || line < 0) {
      throw new Error(`${source}, finding ${index + 1}: malformed finding ${JSON.stringify(row.join(','))}.`);
    }
    return { check, severity, confidence, file, line, description };
  });
}

/** How many lines above the flagged one a justification may stand. */
export const JUSTIFICATION_REACH = 3;

/** `// electronegativity: CHECK_ID — reason`, the reason at least a few words long. */
const JUSTIFICATION = /\/\/\s*electronegativity:\s*([A-Z][A-Z0-9_]*)\s+(?:—|--?)\s+(\S.{9,})$/;

/** True when the flagged line, or one of the few above it, carries a written justification naming this check. */
export function isJustified(finding: Finding, sourceLines: readonly string[]): boolean {
  if (finding.line < 1) return false; // a global finding has no line to stand beside
  const from = Math.max(0, finding.line - 1 - JUSTIFICATION_REACH);
  return sourceLines.slice(from, finding.line).some((text) => JUSTIFICATION.exec(text.trim())?.[1] === finding.check);
}

/**
 * Electronegativity's own `eng-disable` comments drop a finding from the report altogether, with no reason
 * given: each one is reported as a finding of its own, so the only way past a check is a written justification.
 */
export function engDisableFindings(file: string, text: string): Finding[] {
  return text.split('\n').flatMap((content, index) =>
    /(?:\/\*|\/\/|<!--)\s*eng-disable\b/i.test(content)
      ? [{ check: 'ENG_DISABLE', severity: 'HIGH', confidence: 'CERTAIN', file, line: index + 1, description: 'eng-disable hides findings from the audit; justify the finding with an "// electronegativity: CHECK_ID — reason" comment instead.' }]
      : [],
  );
}

/** The findings that fail the audit: high or medium, and not justified beside the code. */
export function unjustifiedFindings(findings: readonly Finding[], linesOf: (file: string) => readonly string[]): Finding[] {
  return findings.filter((finding) => GATING_SEVERITIES.has(finding.severity) && !(finding.file !== 'N/A' && isJustified(finding, linesOf(finding.file))));
}

export const formatFinding = (finding: Finding): string =>
  `${finding.file}:${finding.line} ${finding.check} (${finding.severity.toLowerCase()}): ${finding.description}`;
