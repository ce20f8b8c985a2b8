/**
 * One keyboard registry for the whole app: features register what they do with a key, with an
 * explicit priority, instead of each adding its own window listener. A handler says whether it
 * took the key; the first (highest priority) that does wins, and the key is not passed on.
 */
import { useEffect, useRef } from 'react';

/** Who goes first when two features want the same key. */
export const KEY_PRIORITY = {
  /** An open popover closes on Escape before anything else reacts. */
  popover: 50,
  /** The tour drives the presentation with arrows, Space, Page keys, Home/End, Escape. */
  tour: 40,
  /** The measure tool: Backspace removes the last point, Escape ends measuring. */
  measure: 30,
  /** The workbench's undo and redo (Ctrl/⌘+Z, Ctrl/⌘+Y). */
  undo: 20,
  /** Escape clears the selection when nothing else wanted it. */
  clearSelection: 0,
} as const;

export interface KeyHandler {
  priority: number;
  /** Returns true when it took the key. */
  handle: (event: KeyboardEvent) => boolean;
  /** Also while the user types in a field (default: no). */
  whileTyping?: boolean;
  /**
   * Before the focused element's own handlers (default: after them, and only for keys they
   * left alone). The tour takes its keys first so arrows do not also move through tabs.
   */
  first?: boolean;
}

/** Whether the key goes to a text field, which keeps its own keys. */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || typeof element.tagName !== 'string') return false;
  return element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable === true;
}

/** The handler that takes a key, or null: pure, for tests. */
export function handlerFor(
  handlers: Iterable<KeyHandler>,
  event: Pick<KeyboardEvent, 'target' | 'defaultPrevented'> & KeyboardEvent,
  phase: 'first' | 'after',
): KeyHandler | null {
  if (phase === 'after' && event.defaultPrevented) return null;
  const typing = isTyping(event.target);
  const ordered = [...handlers].filter((h) => Boolean(h.first) === (phase === 'first')).sort((a, b) => b.priority - a.priority);
  for (const handler of ordered) {
    if (typing && !handler.whileTyping) continue;
    if (handler.handle(event)) return handler;
  }
  return null;
}

const handlers = new Set<KeyHandler>();
let installed = false;

function listen(phase: 'first' | 'after') {
  return (event: KeyboardEvent) => {
    if (!handlerFor(handlers, event, phase)) return;
    event.preventDefault();
    event.stopPropagation();
  };
}

/** Adds a handler; returns its remover. */
export function registerKeys(handler: KeyHandler): () => void {
  if (!installed && typeof window !== 'undefined') {
    window.addEventListener('keydown', listen('first'), true);
    window.addEventListener('keydown', listen('after'));
    installed = true;
  }
  handlers.add(handler);
  return () => handlers.delete(handler);
}

/** Registers `handle` while the component is mounted and `active` is true. */
export function useKeys(options: Omit<KeyHandler, 'handle'>, handle: KeyHandler['handle'], active = true): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  const { priority, whileTyping, first } = options;
  useEffect(() => {
    if (!active) return;
    return registerKeys({ priority, whileTyping, first, handle: (event) => latest.current(event) });
  }, [active, priority, whileTyping, first]);
}
