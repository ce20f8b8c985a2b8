/**
 * The parts of the app that take files (the workbench import, the PMTiles layers, the results)
 * register here; the chooser and the drop zone hand every file to {@link deliverFiles}, which
 * routes it (../route.ts) to the one that takes it.
 */
import { useEffect, useRef } from 'react';
import { routeFile, type IntakeContext, type IntakeTarget } from '../route';

export type IntakeHandler = (file: File, fileHandle?: FileSystemFileHandle) => void;

const handlers = new Map<IntakeTarget, IntakeHandler>();

/** Registers the component's handler for a target while it is mounted (always calling its latest version). */
export function useIntakeTarget(target: IntakeTarget, handler: IntakeHandler): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => registerIntakeTarget(target, (file, fileHandle) => latest.current(file, fileHandle)), [target]);
}

/** Registers a handler for a target; returns its removal. */
export function registerIntakeTarget(target: IntakeTarget, handler: IntakeHandler): () => void {
  handlers.set(target, handler);
  return () => {
    if (handlers.get(target) === handler) handlers.delete(target);
  };
}

/** Routes each file to the part that takes it; returns where each went (null: nobody takes it now). */
export function deliverFiles(files: readonly File[], context: IntakeContext, fileHandles: readonly (FileSystemFileHandle | undefined)[] = []): (IntakeTarget | null)[] {
  // The workbench import reviews one file at a time: only the first map file goes there.
  let featuresTaken = false;
  return files.map((file, i) => {
    const target = routeFile(file.name, context);
    if (target === 'features') {
      if (featuresTaken) return null;
      featuresTaken = true;
    }
    const handler = handlers.get(target);
    if (!handler) return null;
    handler(file, fileHandles[i]);
    return target;
  });
}
