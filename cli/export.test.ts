import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type RunOptions } from './testing/runCli';

const example = readFileSync(new URL('../examples/expressroute-with-vpn-failover.topo.json', import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`../shared/format/fixtures/${name}`, import.meta.url), 'utf8');
const design = JSON.parse(example).document as { elements: Array<{ id: string }>; links: Array<{ id: string }> };

const run = (argv: string[], options: RunOptions = {}) => runCli(argv, { ...options, files: { 'design.topo.json': example, ...options.files } });

describe('topo export', () => {
  it('prints the SVG with every element and link, the title, the legend and a footer with counts and cost', async () => {
    const { code, stdout, stderr } = await run(['export', 'design.topo.json', '--format', 'svg']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^<svg [^>]*version="1\.1"/);
    for (const item of [...design.elements, ...design.links]) expect(stdout).toContain(`data-id="${item.id}"`);
    expect(stdout).toContain('data-layer="title"');
    expect(stdout).toContain('data-layer="legend"');
    expect(stdout).toMatch(/data-layer="footer"[^>]*>\d+ errors? · \d+ warnings? · \d+ info · \$[\d,]+\.\d\d\/month \(estimate/);
    expect(stdout).toContain('fill="#ffffff"');
  });

  it('takes --background, --no-legend and --no-title for the SVG', async () => {
    const { code, stdout } = await run(['export', 'design.topo.json', '--format=svg', '--background=dark', '--no-legend', '--no-title']);
    expect(code).toBe(0);
    expect(stdout).toContain('data-layer="background" width');
    expect(stdout).toContain('fill="#111418"');
    expect(stdout).not.toContain('data-layer="legend"');
    expect(stdout).not.toContain('data-layer="title"');
    expect(stdout).toContain('data-layer="footer"');
  });

  it('prints a draw.io file with one vertex per element and one edge per link', async () => {
    const { code, stdout } = await run(['export', 'design.topo.json', '--format', 'drawio']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<mxfile host="Hybrid Topology Designer"/);
    expect(stdout.match(/<mxCell [^>]*vertex="1"/g)).toHaveLength(design.elements.length);
    expect(stdout.match(/<mxCell [^>]*edge="1"/g)).toHaveLength(design.links.length);
  });

  it('prints the canonical JSON, which for a saved file is the file itself', async () => {
    const { code, stdout } = await run(['export', 'design.topo.json', '--format', 'json']);
    expect(code).toBe(0);
    expect(stdout).toBe(example);
  });

  it('writes to --out through io.writeFile and prints nothing', async () => {
    const { code, stdout, stderr, written } = await run(['export', 'design.topo.json', '--format', 'drawio', '--out', 'out/design.drawio']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('');
    expect(Object.keys(written)).toEqual(['out/design.drawio']);
    expect(written['out/design.drawio']).toMatch(/^<mxfile /);
  });

  it('warns about each repair the loader made and still exports', async () => {
    const { code, stderr, stdout } = await run(['export', 'd.json', '--format', 'json'], { files: { 'd.json': fixture('dangling-link.json') } });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^d\.json: warning: \/document\/links\/1: .*was removed\.\n$/);
    expect(JSON.parse(stdout).document.links).toHaveLength(1);
  });

  it('exits 1 with the loader errors for a bad file, and writes nothing', async () => {
    const { code, stdout, stderr, written } = await run(['export', 'bad.json', '--format', 'svg', '--out', 'x.svg'], { files: { 'bad.json': fixture('wrong-types.json') } });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^bad\.json: \/document\/elements\/0\/position\/x: /m);
    expect(written).toEqual({});
  });

  it('exits 1 for a file that cannot be read', async () => {
    const { code, stderr } = await run(['export', 'missing.json', '--format', 'svg']);
    expect(code).toBe(1);
    expect(stderr).toBe("cannot read missing.json: ENOENT: no such file or directory, open 'missing.json'\n");
  });

  it('exits 1 when the output cannot be written', async () => {
    const failing = await run(['export', 'design.topo.json', '--format', 'svg', '--out', '/ro/x.svg'], {
      writeFile: () => {
        throw new Error("EACCES: permission denied, open '/ro/x.svg'");
      },
    });
    expect(failing.code).toBe(1);
    expect(failing.stderr).toBe("cannot write /ro/x.svg: EACCES: permission denied, open '/ro/x.svg'\n");
    const unable = await run(['export', 'design.topo.json', '--format', 'svg', '--out', 'x.svg'], { noWrite: true });
    expect(unable.code).toBe(1);
    expect(unable.stderr).toMatch(/^cannot write x\.svg: /);
  });

  it.each([
    ['no --format', ['export', 'design.topo.json'], 'export needs --format svg, drawio or json'],
    ['an unknown format', ['export', 'design.topo.json', '--format', 'png'], 'unknown format "png": use svg, drawio or json'],
    ['an unknown background', ['export', 'design.topo.json', '--format', 'svg', '--background', 'pink'], 'unknown background "pink": use white, dark or transparent'],
    ['a picture option with drawio', ['export', 'design.topo.json', '--format', 'drawio', '--no-legend'], '--no-legend applies to --format svg only'],
    ['--out without a path', ['export', 'design.topo.json', '--format', 'svg', '--out'], '--out needs a value'],
    ['two files', ['export', 'a.json', 'b.json', '--format', 'svg'], 'export needs exactly one FILE'],
    ['an unknown option', ['export', 'design.topo.json', '--format', 'svg', '--fast'], 'unknown option --fast for export'],
  ])('exits 2 for %s', async (_, argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`topo: ${message}\nRun "topo export --help" for usage.\n`);
  });

  it('is listed in topo --help and has its own help', async () => {
    expect((await run(['--help'])).stdout).toMatch(/^ {2}export FILE --format svg\|drawio\|json/m);
    const { code, stdout } = await run(['export', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: topo export FILE --format svg\|drawio\|json\n/);
    expect(stdout).toContain('--out PATH');
    expect(stdout).toContain('--background white|dark|transparent');
  });
});
