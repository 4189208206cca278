import type { DraftFields } from '../draft';

export type ExportProblemKind =
  | 'invisible-character'
  | 'control-character'
  | 'soft-hyphen'
  | 'non-breaking-space'
  | 'unbalanced-quotes'
  | 'empty-paragraph'
  | 'doubled-spaces'
  | 'page-chrome'
  | 'house-style';

/** One thing to fix or waive before export, located in a field or a body block. */
export interface ExportProblem {
  kind: ExportProblemKind;
  /** One line a sub-editor understands. */
  message: string;
  /** The field it is in, or null when it is in the body. */
  field: keyof DraftFields | null;
  /** Index into the article's blocks when in the body, else null. */
  block: number | null;
  /** UTF-16 offsets into that field's or block's text (its runs joined); end exclusive. */
  start: number;
  end: number;
  /** Text to put in place of start..end, or null when only the editor can tell what was meant. */
  fix: string | null;
}

/** The problems in text order (fields first, then blocks); `complete` false when the size budget cut the check short. */
export interface ExportCheck {
  problems: ExportProblem[];
  complete: boolean;
}

/** A problem before it is placed in a field or block. */
export type TextProblem = Omit<ExportProblem, 'field' | 'block'>;

/**
 * One problem as the editor's list shows it; the contract's ExportIssue schema (shared/api/contract.ts) has this
 * shape, kept apart so the domain does not depend on the API layer (check-report.test.ts holds them together).
 */
export interface ExportIssue {
  id: string;
  kind: ExportProblemKind;
  message: string;
  where: string;
  excerpt: string;
  fixable: boolean;
}

export interface ExportCheckReport {
  problems: ExportIssue[];
  complete: boolean;
}
