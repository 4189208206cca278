import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../shared/api/events';
import { shortcutCommand } from './shortcuts';

/** Window-wide shortcuts; they take precedence over the browser's own (Ctrl+F would open its find bar). */
export function useShortcuts(run: (command: AppCommand) => void): void {
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = shortcutCommand(event);
      if (!command) return;
      event.preventDefault();
      runRef.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
