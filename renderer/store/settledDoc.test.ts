import { afterEach, describe, expect, it, vi } from 'vitest';
import { largeDesign } from '../../shared/testing/largeDesign';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the settled document', () => {
  it('waits for the paint before analysing a change, then asks for each further slice within 50 ms', async () => {
    const pending: IdleRequestCallback[] = [];
    const waits: Array<number | undefined> = [];
    vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback, options?: IdleRequestOptions) => {
      waits.push(options?.timeout);
      return pending.push(run);
    });
    const { useAppStore } = await import('./store');
    const { settledDocument } = await import('./settledDoc');

    const doc = largeDesign(1000);
    useAppStore.setState({ doc });
    expect(waits).toEqual([1000]);
    // Idle periods of a millisecond: the analysis takes several slices. A page that paints nothing
    // may be given none at all, so each further slice waits at most 50 ms for one.
    const shortIdle: IdleDeadline = { didTimeout: false, timeRemaining: () => 1 };
    for (let i = 0; i < 10_000 && settledDocument() !== doc && pending.length > 0; i++) pending.shift()!(shortIdle);

    expect(settledDocument()).toBe(doc);
    expect(waits.length).toBeGreaterThan(2);
    expect(waits.slice(1)).toEqual(waits.slice(1).map(() => 50));
  });
});
