import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from './testing/runCli';

const root = fileURLToPath(new URL('..', import.meta.url));

async function run(argv: string[], files: Record<string, string> = {}) {
  const { code, stdout, stderr } = await runCli(argv, { files, noWrite: true });
  return { code, stdout, stderr };
}

const example = readFileSync(new URL('../examples/site-to-site-vpn.topo.json', import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`../shared/format/fixtures/${name}`, import.meta.url), 'utf8');

describe('topo check', () => {
  it('reports a good file as ok with its counts and exits 0', async () => {
    expect(await run(['check', 'vpn.topo.json'], { 'vpn.topo.json': example })).toEqual({
      code: 0,
      stdout: 'vpn.topo.json: ok (8 elements, 3 links)\n',
      stderr: '',
    });
  });

  it('prints each error of a bad file with its pointer and exits 1', async () => {
    const { code, stdout, stderr } = await run(['check', 'bad.json'], { 'bad.json': fixture('wrong-types.json') });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines).toContain(
      'bad.json: /document/elements/0/position/x: Element "site-1" (elements/0): position.x: Invalid input: expected number, received string',
    );
  });

  it('prints an error about the whole file without a pointer', async () => {
    const { code, stderr } = await run(['check', 'empty.json'], { 'empty.json': '' });
    expect(code).toBe(1);
    expect(stderr).toBe('empty.json: The file is empty.\n');
  });

  it('opens a file that needed repairs, warning about each repair, and exits 0', async () => {
    const { code, stdout, stderr } = await run(['check', 'd.json'], { 'd.json': fixture('dangling-link.json') });
    expect(code).toBe(0);
    expect(stdout).toBe('d.json: ok (2 elements, 1 link)\n');
    expect(stderr).toBe(
      'd.json: warning: /document/links/1: Link "s2s-1" (links/1): its target "vpngw-deleted" does not exist; the link was removed.\n',
    );
  });

  it('says plainly that a missing file cannot be read, without a stack trace, and exits 1', async () => {
    const { code, stderr } = await run(['check', 'missing.json']);
    expect(code).toBe(1);
    expect(stderr).toBe("cannot read missing.json: ENOENT: no such file or directory, open 'missing.json'\n");
  });

  it('checks every file given and exits 1 if any is bad', async () => {
    const { code, stdout, stderr } = await run(['check', 'a.json', 'b.json'], { 'a.json': example, 'b.json': '{' });
    expect(code).toBe(1);
    expect(stdout).toBe('a.json: ok (8 elements, 3 links)\n');
    expect(stderr).toMatch(/^b\.json: Not valid JSON: unexpected end of input at line 1, column 2 \(the file may be truncated\)\.\n$/);
  });
});

describe('topo usage', () => {
  it('lists the subcommands for --help and exits 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { code, stdout } = await run([flag]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: topo <command>/);
      expect(stdout).toMatch(/^ {2}check FILE\.\.\. +Open design files/m);
    }
  });

  it('shows the help of one command', async () => {
    for (const argv of [['check', '--help'], ['help', 'check']]) {
      const { code, stdout } = await run(argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: topo check FILE\.\.\./);
    }
  });

  it.each([
    ['no command', [], /^Usage: topo <command>/],
    ['an unknown command', ['frobnicate'], /^topo: unknown command "frobnicate"\nRun "topo --help" for usage\.\n$/],
    ['check without a file', ['check'], /^topo: check needs at least one FILE\nRun "topo check --help" for usage\.\n$/],
    ['an unknown option', ['check', '--fast', 'x.json'], /^topo: unknown option --fast for check\n/],
  ])('exits 2 for %s', async (_, argv, message) => {
    const { code, stdout, stderr } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('the topo launcher', { timeout: 30_000 }, () => {
  it('runs "node cli/bin.mjs check" on an example for real', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['cli/bin.mjs', 'check', 'examples/expressroute.topo.json'], {
      cwd: root,
    });
    expect(stdout).toBe('examples/expressroute.topo.json: ok (8 elements, 4 links)\n');
    expect(stderr).toBe('');
  });

  it('exits 1 with a plain message for a missing file', async () => {
    const failure = await promisify(execFile)(process.execPath, ['cli/bin.mjs', 'check', 'no-such-file.topo.json'], { cwd: root }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toBe("cannot read no-such-file.topo.json: ENOENT: no such file or directory, open 'no-such-file.topo.json'\n");
  });
});
