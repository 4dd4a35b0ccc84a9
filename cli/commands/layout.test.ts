import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument, serializeDocument } from '../../shared/format/index';
import { pileUp } from '../../shared/layout/testing/designs';
import { layoutProblems, withoutGeometry } from '../../shared/layout/testing/layoutChecks';
import type { TopologyDocument } from '../../shared/model';
import { runCli, type RunOptions } from '../testing/runCli';

const example = readFileSync(new URL('../../examples/expressroute-with-vpn-failover.topo.json', import.meta.url), 'utf8');

function parse(text: string): TopologyDocument {
  const result = loadDocument(text);
  if (!result.ok) throw new Error('not a design');
  expect(result.repairs).toEqual([]);
  return result.document;
}

const messy = serializeDocument(pileUp(parse(example)));
const run = (argv: string[], options: RunOptions = {}) => runCli(argv, { ...options, files: { 'messy.topo.json': messy, ...options.files } });

describe('topo layout', () => {
  it('prints the design laid out, in canonical form, with only positions and sizes changed', async () => {
    expect(layoutProblems(parse(messy))).not.toEqual([]);
    const { code, stdout, stderr } = await run(['layout', 'messy.topo.json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const laidOut = parse(stdout);
    expect(serializeDocument(laidOut)).toBe(stdout);
    expect(layoutProblems(laidOut)).toEqual([]);
    expect(withoutGeometry(laidOut)).toEqual(withoutGeometry(parse(messy)));
  });

  it('writes to --out (either spelling) and prints nothing', async () => {
    const { code, stdout, written } = await run(['layout', 'messy.topo.json', '--out', 'tidy.topo.json']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(layoutProblems(parse(written['tidy.topo.json']!))).toEqual([]);
    const inline = await run(['layout', '--out=tidy.topo.json', 'messy.topo.json']);
    expect(inline.written['tidy.topo.json']).toBe(written['tidy.topo.json']);
  });

  it('says why it cannot write --out, and exits 1', async () => {
    const { code, stderr } = await run(['layout', 'messy.topo.json', '--out', 'ro/tidy.json'], {
      writeFile: () => {
        throw new Error('EACCES: permission denied');
      },
    });
    expect(code).toBe(1);
    expect(stderr).toBe('cannot write ro/tidy.json: EACCES: permission denied\n');
  });

  it('exits 1 with the loader error for a file that cannot be opened, and 2 for a bad command line', async () => {
    const missing = await run(['layout', 'missing.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read missing.json');
    for (const argv of [['layout'], ['layout', 'a', 'b'], ['layout', 'messy.topo.json', '--out'], ['layout', 'messy.topo.json', '--svg'], ['layout', 'x', '--out', 'a', '--out', 'b']]) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr, argv.join(' ')).not.toBe('');
    }
  });

  it('is listed in topo --help', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toMatch(/layout FILE \[--out PATH\]\s+Lay a design out left to right/);
  });
});
