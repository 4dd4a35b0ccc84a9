import { describe, expect, it } from 'vitest';
import { NO_FAILURES, effectiveFailures, restoreAll, toggleFailure } from './failureToggles';

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('failures while presenting', () => {
  it('fails by hand on top of the scene’s own failures', () => {
    const session = toggleFailure(['circuit'], NO_FAILURES, 'gateway');
    expect(sorted(effectiveFailures(['circuit'], session))).toEqual(['circuit', 'gateway']);
  });

  it('restores what was failed by hand when toggled again', () => {
    const once = toggleFailure([], NO_FAILURES, 'gateway');
    expect(sorted(effectiveFailures([], toggleFailure([], once, 'gateway')))).toEqual([]);
  });

  it('restores a scene failure, and fails it again on the next toggle', () => {
    const restored = toggleFailure(['circuit'], NO_FAILURES, 'circuit');
    expect(sorted(effectiveFailures(['circuit'], restored))).toEqual([]);
    expect(sorted(effectiveFailures(['circuit'], toggleFailure(['circuit'], restored, 'circuit')))).toEqual(['circuit']);
  });

  it('keeps hand failures into a scene that fails nothing, where restored scene failures do not apply', () => {
    const session = toggleFailure(['circuit'], toggleFailure(['circuit'], NO_FAILURES, 'gateway'), 'circuit');
    expect(sorted(effectiveFailures(['circuit'], session))).toEqual(['gateway']);
    expect(sorted(effectiveFailures(['other'], { ...session, restored: new Set() }))).toEqual(['gateway', 'other']);
  });

  it('restores everything, the scene’s own failures included', () => {
    const session = toggleFailure(['circuit'], NO_FAILURES, 'gateway');
    expect(sorted(effectiveFailures(['circuit'], session))).toEqual(['circuit', 'gateway']);
    expect(sorted(effectiveFailures(['circuit'], restoreAll(['circuit'])))).toEqual([]);
  });
});
