import { useEffect, useRef, useState } from 'react';
import { filesOfEntries, type CollectedFiles } from './folderFiles';

/** Only drags carrying files from the system: dragging a copy onto a story inside the app is not an import. */
const carriesFiles = (event: DragEvent): boolean => Boolean(event.dataTransfer?.types.includes('Files'));

/**
 * Files or folders dragged over the window: while dragging, how many items are coming (the browser tells
 * no more until the drop); on drop, every file under them, folders walked.
 */
export function useFileDrop(onDrop: (collected: CollectedFiles) => void): { dragging: number | null } {
  const [dragging, setDragging] = useState<number | null>(null);
  const onDropRef = useRef(onDrop);
  onDropRef.current = onDrop;

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; a depth count tells when the pointer left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging([...(event.dataTransfer?.items ?? [])].filter((item) => item.kind === 'file').length);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(null);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(null);
      // Entries must be taken synchronously: the DataTransfer is emptied once this handler returns.
      const items = [...(event.dataTransfer?.items ?? [])].filter((item) => item.kind === 'file');
      const entries = items.map((item) => item.webkitGetAsEntry()).filter((entry): entry is FileSystemEntry => entry !== null);
      if (entries.length > 0) void filesOfEntries(entries).then((collected) => onDropRef.current(collected));
      else onDropRef.current({ files: [...(event.dataTransfer?.files ?? [])], truncated: false, skipped: 0 });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return { dragging };
}
