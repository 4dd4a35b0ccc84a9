import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './testing/runCli';
import { rulesMarkdown } from './rulesDoc';
import { serializeDocument } from '../shared/format/index';
import { design, hubWithGateways } from '../shared/validation/testing/designBuilder';

const run = (argv: string[], files: Record<string, string> = {}) => runCli(argv, { files, noWrite: true });

const broken = serializeDocument(design(hubWithGateways('10.0.255.0/29', [{ id: 'vpn', kind: 'vpnGateway' }, { id: 'er', kind: 'erGateway' }])));

describe('topo validate', () => {
  it('lists an error finding with its rule, elements, message and source, and exits 1', async () => {
    const { code, stdout } = await run(['validate', 'hub.topo.json'], { 'hub.topo.json': broken });
    expect(code).toBe(1);
    expect(stdout).toContain('hub.topo.json: error   gateway-subnet-too-small [gws, vnet]');
    expect(stdout).toContain('https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub');
    expect(stdout).toContain('fix: Resize GatewaySubnet to /27');
  });

  it('prints the findings as JSON with --json', async () => {
    const { code, stdout } = await run(['validate', 'hub.topo.json', '--json'], { 'hub.topo.json': broken });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.counts.error).toBeGreaterThanOrEqual(1);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'gateway-subnet-too-small', severity: 'error', elementIds: ['gws', 'vnet'], fix: 'Resize GatewaySubnet to /27' }),
    );
  });

  it('exits 1 with the loader error for a file that cannot be opened, and 2 for a bad command line', async () => {
    expect((await run(['validate', 'missing.json'])).code).toBe(1);
    expect((await run(['validate'])).code).toBe(2);
    expect((await run(['validate', 'a', '--yaml'])).code).toBe(2);
  });
});

describe('topo rules', () => {
  it('lists every rule with id, severity, title and source as JSON', async () => {
    const { code, stdout } = await run(['rules', '--json']);
    expect(code).toBe(0);
    const rules = JSON.parse(stdout);
    expect(rules).toContainEqual(expect.objectContaining({ id: 'gateway-subnet-too-small', severity: 'error', title: 'GatewaySubnet too small' }));
    for (const r of rules) expect(r.source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
  });

  it('docs/rules.md is the generated list (run `npm run docs:rules` after changing a rule)', () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(rulesMarkdown());
  });
});
