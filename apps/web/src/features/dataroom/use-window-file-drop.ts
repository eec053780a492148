import { useEffect, useRef, useState } from 'react';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Makes the whole window a drop target for files while `enabled`: a file dropped anywhere on the
 * page (but on a folder of the tree, which handles its own drop) goes to `onDrop`. Without this a
 * file dropped beside the target would make the browser leave the page to show the file.
 * Returns whether files are being dragged over the window, for a visible cue.
 */
export function useWindowFileDrop(enabled: boolean, onDrop: (transfer: DataTransfer) => void): boolean {
  const [isDragging, setIsDragging] = useState(false);
  const latest = useRef(onDrop);
  latest.current = onDrop;

  useEffect(() => {
    if (!enabled) return;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setIsDragging(true);
    };
    // `relatedTarget` is null only when the drag leaves the window itself.
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setIsDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      setIsDragging(false);
      latest.current(event.dataTransfer);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [enabled]);

  return isDragging;
}
