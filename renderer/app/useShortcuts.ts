import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../shared/api/events';
import { shortcutCommand } from './shortcuts';

/** Focus is somewhere a bare character types text. */
const inTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));

/** Window-wide shortcuts; they take precedence over the browser's own (Ctrl+F would open its find bar). */
export function useShortcuts(run: (command: AppCommand) => void): void {
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = shortcutCommand(event, undefined, inTextField(event.target));
      if (!command) return;
      event.preventDefault();
      runRef.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
