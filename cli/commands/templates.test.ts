import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../shared/templates/index';
import { runCli } from '../testing/runCli';

describe('topo templates', () => {
  it('lists every template id with its title, in gallery order', async () => {
    const { code, stdout, stderr } = await runCli(['templates']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const idLines = stdout.split('\n').filter((line) => /^\S/.test(line));
    expect(idLines.map((line) => line.split(/\s{2,}/))).toEqual(TEMPLATES.map((t) => [t.id, t.title]));
    expect(stdout).toContain('hub-and-spoke');
  });

  it('refuses arguments it does not take', async () => {
    expect((await runCli(['templates', 'extra'])).code).toBe(2);
    expect((await runCli(['templates', '--json'])).stderr).toContain('unknown option --json for templates');
  });

  it('is listed in topo --help with new', async () => {
    const { stdout } = await runCli(['--help']);
    expect(stdout).toMatch(/\n {2}templates\s+List the workshop templates/);
    expect(stdout).toMatch(/\n {2}new TEMPLATE_ID \[--out FILE\]\s+Start a design/);
  });
});
