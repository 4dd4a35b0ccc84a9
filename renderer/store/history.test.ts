import { afterEach, describe, expect, it, vi } from 'vitest';
import { breakCoalescing, coalescingHandleSet, setCoalesceKey } from './history';
import { emptyDocument } from '../../shared/model';

describe('coalescing undo steps', () => {
  afterEach(() => {
    vi.useRealTimers();
    setCoalesceKey(undefined);
    breakCoalescing();
  });

  const record = () => {
    const calls: string[] = [];
    const handle = coalescingHandleSet((past) => calls.push(past.doc.title));
    const change = (title: string, key?: string) => {
      setCoalesceKey(key);
      handle({ doc: { ...emptyDocument(), title } }, undefined, { doc: emptyDocument() });
      setCoalesceKey(undefined);
    };
    return { calls, change };
  };

  it('records one step for a burst of edits to the same field', () => {
    vi.useFakeTimers();
    const { calls, change } = record();
    change('a', 'name');
    vi.advanceTimersByTime(200);
    change('ab', 'name');
    vi.advanceTimersByTime(200);
    change('abc', 'name');
    expect(calls).toEqual(['a']);
  });

  it('starts a new step after a pause, for another field, or after undo', () => {
    vi.useFakeTimers();
    const { calls, change } = record();
    change('a', 'name');
    vi.advanceTimersByTime(1500);
    change('b', 'name');
    change('c', 'notes');
    breakCoalescing();
    change('d', 'notes');
    expect(calls).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never merges edits without a key', () => {
    const { calls, change } = record();
    change('a');
    change('b');
    expect(calls).toEqual(['a', 'b']);
  });
});
