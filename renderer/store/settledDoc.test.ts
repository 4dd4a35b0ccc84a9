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

    const doc = largeDesign(2000);
    useAppStore.setState({ doc });
    expect(waits).toEqual([1000]);
    // Idle periods of a millisecond: the analysis of 2,000 elements takes several slices. A page
    // that paints nothing may be given none at all, so each further slice waits at most 50 ms.
    const shortIdle: IdleDeadline = { didTimeout: false, timeRemaining: () => 1 };
    for (let i = 0; i < 10_000 && settledDocument() !== doc && pending.length > 0; i++) pending.shift()!(shortIdle);

    expect(settledDocument()).toBe(doc);
    expect(waits.length).toBeGreaterThan(2);
    expect(waits.slice(1)).toEqual(waits.slice(1).map(() => 50));
  });

  it('analyses a small design in one slice, however little of the idle period is left', async () => {
    const pending: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => pending.push(run));
    const { useAppStore } = await import('./store');
    const { settledDocument } = await import('./settledDoc');

    const doc = largeDesign(20);
    useAppStore.setState({ doc });
    expect(pending).toHaveLength(1);
    pending.shift()!({ didTimeout: false, timeRemaining: () => 0 });
    // Settled at once: the status bar never says it is checking the design.
    expect(settledDocument()).toBe(doc);
    expect(pending).toHaveLength(0);
  });
});
