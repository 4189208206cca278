import { foldForCompare } from '../../../shared/domain/text/fold';

/** Case-, accent- and typography-insensitive form for searching: "Café" and "cafe" meet. */
export const foldForSearch = (text: string): string =>
  foldForCompare(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

/** The words of a query, folded; an empty list matches everything. */
export const queryWords = (query: string | undefined): string[] => foldForSearch(query ?? '').split(' ').filter((w) => w !== '');
