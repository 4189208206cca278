import { useCallback, useEffect, useState } from 'react';

/**
 * What the sub-editor chose to ignore, per draft, for as long as the app runs: the panel unmounts when
 * another side tab is shown and the editor remounts when a field is changed, and neither should bring an
 * ignored point back. Not stored: an ignore is a judgement about this sitting, not about the text.
 */
const ignoredByDraft = new Map<string, ReadonlySet<string>>();

const recalled = (draftId: string | undefined): ReadonlySet<string> => (draftId ? (ignoredByDraft.get(draftId) ?? new Set()) : new Set());

export function useIgnored(draftId: string | undefined) {
  const [ignored, setIgnored] = useState(() => recalled(draftId));
  useEffect(() => setIgnored(recalled(draftId)), [draftId]);

  const remember = useCallback(
    (next: ReadonlySet<string>) => {
      if (draftId) ignoredByDraft.set(draftId, next);
      setIgnored(next);
    },
    [draftId],
  );

  return {
    ignored,
    ignore: (key: string) => remember(new Set(ignored).add(key)),
    clear: () => remember(new Set()),
  };
}
