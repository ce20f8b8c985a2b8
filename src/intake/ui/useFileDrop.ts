/**
 * The one drop zone: a file dropped anywhere on the page (the map included) is routed like a
 * chosen one, never opened by the browser. A drop onto an element marked
 * `data-intake-context="results"` is given in the results' context. `onDragging` says while a
 * drag with files is over the page.
 */
import { useEffect, useRef } from 'react';
import type { IntakeContext } from '../route';
import { deliverFiles } from './targets';

type HandleItem = DataTransferItem & { getAsFileSystemHandle?: () => Promise<FileSystemHandle | null> };

export function useFileDrop(onDragging: (dragging: boolean) => void): void {
  const latest = useRef(onDragging);
  useEffect(() => {
    latest.current = onDragging;
  });
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      latest.current(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) latest.current(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      latest.current(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      const target = event.target instanceof Element ? event.target : null;
      const context: IntakeContext = target?.closest('[data-intake-context="results"]') ? 'results' : 'workbench';
      // Handles must be asked for while the drop event lasts; Chromium gives one to remember a file by.
      const items = [...(event.dataTransfer?.items ?? [])].filter((item) => item.kind === 'file') as HandleItem[];
      const handles = items.map((item) => item.getAsFileSystemHandle?.().catch(() => null) ?? Promise.resolve(null));
      void Promise.all(handles).then((got) =>
        deliverFiles(
          files,
          context,
          got.map((handle) => (handle && handle.kind === 'file' ? (handle as FileSystemFileHandle) : undefined)),
        ),
      );
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
