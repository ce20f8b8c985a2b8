import { describe, expect, it } from 'vitest';
import { handlerFor, type KeyHandler } from '../../src/app/keyboard';

const key = (k: string, target: Partial<HTMLElement> = { tagName: 'BODY' }, defaultPrevented = false) =>
  ({ key: k, target, defaultPrevented }) as unknown as KeyboardEvent;

describe('the keyboard registry', () => {
  const taken: string[] = [];
  const handler = (name: string, priority: number, keys: string[], extra: Partial<KeyHandler> = {}): KeyHandler => ({
    priority,
    handle: (event) => {
      if (!keys.includes(event.key)) return false;
      taken.push(name);
      return true;
    },
    ...extra,
  });
  const handlers = [handler('clear', 0, ['Escape']), handler('measure', 30, ['Escape', 'Backspace']), handler('popover', 50, ['Escape'], { whileTyping: true })];

  it('gives a key to the highest priority that takes it', () => {
    expect(handlerFor(handlers, key('Escape'), 'after')?.priority).toBe(50);
    expect(handlerFor(handlers, key('Backspace'), 'after')?.priority).toBe(30);
    expect(handlerFor(handlers, key('x'), 'after')).toBeNull();
  });

  it('leaves a field its keys unless a handler asks for them while typing', () => {
    const input = { tagName: 'INPUT' };
    expect(handlerFor(handlers, key('Backspace', input), 'after')).toBeNull();
    expect(handlerFor(handlers, key('Escape', input), 'after')?.priority).toBe(50);
  });

  it('does not take a key the focused element already handled, except a handler that goes first', () => {
    expect(handlerFor(handlers, key('Escape', { tagName: 'BODY' }, true), 'after')).toBeNull();
    const tour = handler('tour', 40, ['ArrowRight'], { first: true });
    expect(handlerFor([...handlers, tour], key('ArrowRight'), 'first')).toBe(tour);
    expect(handlerFor([...handlers, tour], key('ArrowRight'), 'after')).toBeNull();
  });
});
