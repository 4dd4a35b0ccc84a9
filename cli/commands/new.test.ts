import { describe, expect, it } from 'vitest';
import { loadDocument, serializeDocument } from '../../shared/format/index';
import { templateById } from '../../shared/templates/index';
import { runCli } from '../testing/runCli';

const canonical = (id: string) => serializeDocument(templateById(id)!.build());

describe('topo new', () => {
  it('prints the canonical file of the template, which loads as the same design', async () => {
    const { code, stdout, stderr } = await runCli(['new', 'global-reach']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(canonical('global-reach'));
    const loaded = loadDocument(stdout);
    expect(loaded.ok && loaded.document.links.some((l) => l.kind === 'globalReach')).toBe(true);
  });

  it('writes --out FILE (also as --out=FILE) and says so on stderr', async () => {
    for (const argv of [['new', 'hub-and-spoke', '--out', 'hub.topo.json'], ['new', 'hub-and-spoke', '--out=hub.topo.json']]) {
      const { code, stdout, stderr, written } = await runCli(argv);
      expect(code).toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toBe('wrote hub.topo.json (Hub and spoke with gateway transit)\n');
      expect(written).toEqual({ 'hub.topo.json': canonical('hub-and-spoke') });
    }
  });

  it('refuses to overwrite an existing file unless --force is given', async () => {
    const files = { 'mine.topo.json': 'my own design' };
    const refused = await runCli(['new', 'site-to-site-vpn', '--out', 'mine.topo.json'], { files });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('mine.topo.json already exists: choose another file or add --force to overwrite it\n');
    expect(refused.written).toEqual({});

    const forced = await runCli(['new', 'site-to-site-vpn', '--out', 'mine.topo.json', '--force'], { files });
    expect(forced.code).toBe(0);
    expect(forced.written['mine.topo.json']).toBe(canonical('site-to-site-vpn'));
  });

  it('names the valid ids when the template is unknown or missing', async () => {
    const unknown = await runCli(['new', 'site-to-site']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown template "site-to-site": use one of site-to-site-vpn, s2s-with-remote-workers,');
    expect(unknown.stderr).toContain('hub-and-spoke');
    const missing = await runCli(['new']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('new needs exactly one TEMPLATE_ID: use one of site-to-site-vpn');
  });

  it('reports a bad command line and a file that cannot be written', async () => {
    expect((await runCli(['new', 'global-reach', '--out'])).stderr).toContain('--out needs a value');
    expect((await runCli(['new', 'global-reach', '--yaml'])).stderr).toContain('unknown option --yaml for new');
    const failing = await runCli(['new', 'global-reach', '--out', 'ro/x.json'], {
      writeFile: () => {
        throw new Error('EACCES: permission denied');
      },
    });
    expect(failing.code).toBe(1);
    expect(failing.stderr).toBe('cannot write ro/x.json: EACCES: permission denied\n');
    expect((await runCli(['new', 'global-reach', '--out', 'x.json'], { noWrite: true })).code).toBe(1);
  });
});
