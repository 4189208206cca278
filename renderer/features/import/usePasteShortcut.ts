import { useEffect, useRef } from 'react';

/** Typing targets keep their own paste: Ctrl+V in the search box pastes into the search box. */
const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null);

/**
 * Ctrl/⌘+V anywhere that is not a text field (the library, the reading pane) hands the clipboard's text to
 * `onPaste`. The paste event carries the text without asking for clipboard permission, unlike
 * navigator.clipboard. Nothing happens while a modal dialog is open: it owns the keyboard.
 */
export function usePasteShortcut(onPaste: (text: string) => void): void {
  const onPasteRef = useRef(onPaste);
  onPasteRef.current = onPaste;
  useEffect(() => {
    const paste = (event: ClipboardEvent) => {
      if (isEditable(event.target) || document.querySelector('dialog[open]')) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!text.trim()) return;
      event.preventDefault();
      onPasteRef.current(text);
    };
    document.addEventListener('paste', paste);
    return () => document.removeEventListener('paste', paste);
  }, []);
}
