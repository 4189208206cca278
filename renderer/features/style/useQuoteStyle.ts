import { useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import type { QuoteStyle } from '../../../shared/domain/model';
import { useSettings } from '../../app/useSettings';

/**
 * The quote style in force and a way to change the stored setting. The parent's value is used until the
 * sub-editor picks one here; the saved answer then rules, so the toggle never shows a style that did not
 * save. Without a value from the parent, the stored setting is read.
 */
export function useQuoteStyle(given: QuoteStyle | undefined, onSaved?: (style: QuoteStyle) => void) {
  const { settings, update } = useSettings();
  const [chosen, setChosen] = useState<QuoteStyle | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const choose = async (style: QuoteStyle) => {
    setSaving(true);
    const failed = await update({ quoteStyle: style });
    setSaving(false);
    setError(failed);
    if (failed) return;
    setChosen(style);
    onSaved?.(style);
  };

  return { quoteStyle: chosen ?? given ?? settings?.quoteStyle ?? 'uk', choose, saving, error };
}
