import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DraftFields } from '../../../shared/domain/draft';
import type { QuoteStyle } from '../../../shared/domain/model';
import { readBlockTexts } from './applyStyle';
import { listStyleItems, type StyleListing } from './styleItems';

/**
 * A pause in typing before the list is redone: checking a 5,000-word body takes a few milliseconds, but
 * redrawing a long list on every keystroke would compete with the typing itself.
 */
const SETTLE_MS = 300;

const sameBlocks = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((text, i) => text === b[i]);

/**
 * The house-style listing for the editor's body (and the fields, when given), kept up to date as the body
 * changes. Selection-only updates are ignored. `refresh` re-reads at once (after an apply).
 */
export function useStyleListing(editor: LexicalEditor | null, fields: DraftFields | null, quoteStyle: QuoteStyle): StyleListing & { refresh: () => void } {
  const [blocks, setBlocks] = useState<string[]>([]);

  const refresh = useCallback(() => {
    const next = editor ? readBlockTexts(editor) : [];
    setBlocks((previous) => (sameBlocks(previous, next) ? previous : next));
  }, [editor]);

  useEffect(() => {
    refresh();
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(refresh, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, refresh]);

  const listing = useMemo(() => listStyleItems(blocks, fields, { quoteStyle }), [blocks, fields, quoteStyle]);
  return { ...listing, refresh };
}
