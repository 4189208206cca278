import { useEffect } from 'react';
import type { Settings } from '../../shared/domain/model';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Applies a theme to the page; the stylesheet keys every colour on this one attribute. */
export function applyTheme(theme: Settings['theme']): void {
  const dark = theme === 'dark' || (theme === 'system' && window.matchMedia(DARK_QUERY).matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Follows the chosen theme, and the OS preference live while the choice is "system". */
export function useTheme(theme: Settings['theme']): void {
  useEffect(() => {
    applyTheme(theme);
    if (theme !== 'system') return;
    const media = window.matchMedia(DARK_QUERY);
    const follow = () => applyTheme('system');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [theme]);
}
