import type { CopySummary } from '../../../shared/domain/model';

type Dated = Pick<CopySummary, 'headline' | 'publishedAt' | 'importedAt'>;

/**
 * A story is titled by its earliest copy (published, or else imported, first): the original agency wording
 * rather than whichever outlet rewrote it last. Copies without a headline are passed over.
 */
export function earliestHeadline(copies: readonly Dated[]): string | null {
  let best: Dated | undefined;
  for (const copy of copies) {
    if (copy.headline === null) continue;
    if (!best || (copy.publishedAt ?? copy.importedAt) < (best.publishedAt ?? best.importedAt)) best = copy;
  }
  return best?.headline ?? null;
}
