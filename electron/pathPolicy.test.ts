import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathPolicy, PathRefusedError } from './pathPolicy';

const designs = (name: string) => resolve('/designs', name);
const recentList = (...paths: string[]) => ({ has: (p: string) => paths.some((known) => resolve(known) === resolve(p)) });

describe('PathPolicy', () => {
  it('refuses a path that was neither chosen nor recent', () => {
    const policy = new PathPolicy(recentList(), 'linux');
    expect(policy.isPermitted('/etc/passwd')).toBe(false);
    expect(policy.isPermitted(designs('a.topo.json'))).toBe(false);
  });

  it('permits a path chosen in a dialog, and only that path', () => {
    const policy = new PathPolicy(recentList(), 'linux');
    policy.grantUserChoice(designs('a.topo.json'));
    expect(policy.isPermitted(designs('a.topo.json'))).toBe(true);
    expect(policy.isPermitted(designs('sub/../a.topo.json'))).toBe(true);
    expect(policy.isPermitted(designs('b.topo.json'))).toBe(false);
    expect(policy.isPermitted(designs('a.topo.json/../b.topo.json'))).toBe(false);
    expect(policy.isPermitted(designs('A.topo.json'))).toBe(false);
  });

  it('compares case-insensitively on Windows and macOS', () => {
    const policy = new PathPolicy(recentList(), 'win32');
    policy.grantUserChoice(designs('Contoso.topo.json'));
    expect(policy.isPermitted(designs('contoso.TOPO.json'))).toBe(true);
  });

  it('permits paths on the recent list', () => {
    const policy = new PathPolicy(recentList(designs('recent.topo.json')), 'linux');
    expect(policy.isPermitted(designs('recent.topo.json'))).toBe(true);
  });

  it('explains a refusal', () => {
    expect(new PathRefusedError('/etc/passwd').message).toBe(
      'Refused to access "/etc/passwd": it was not chosen in a dialog and is not a recent document.',
    );
  });
});
