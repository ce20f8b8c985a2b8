/** The app's one undo/redo (src/keep/history.ts), used by the workbench document and the results. */
import { describe, expect, it } from 'vitest';
import { emptyHistory, recorded, redone, undone, type History } from '../../src/keep/history';

describe('history', () => {
  it('undoes and redoes in order, and a new change forgets redo', () => {
    let history: History<string> = emptyHistory;
    let present = 'a';
    for (const next of ['b', 'c']) {
      history = recorded(history, present, 10);
      present = next;
    }
    const back = undone(history, present);
    expect(back?.value).toBe('b');
    const back2 = undone(back!.history, back!.value);
    expect(back2?.value).toBe('a');
    expect(undone(back2!.history, back2!.value)).toBeNull();
    const forward = redone(back2!.history, back2!.value);
    expect(forward?.value).toBe('b');
    expect(forward?.history.future).toEqual(['c']);
    const changed = recorded(forward!.history, forward!.value, 10);
    expect(changed).toEqual({ past: ['a', 'b'], future: [] });
    expect(redone(changed, 'x')).toBeNull();
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    let history: History<number> = emptyHistory;
    for (let n = 0; n < 5; n += 1) history = recorded(history, n, 3);
    expect(history.past).toEqual([2, 3, 4]);
  });

  it('never changes the history it is given', () => {
    const history: History<number> = Object.freeze({ past: Object.freeze([1, 2]), future: Object.freeze([4]) });
    undone(history, 3);
    redone(history, 3);
    recorded(history, 3, 10);
    expect(history).toEqual({ past: [1, 2], future: [4] });
  });
});
