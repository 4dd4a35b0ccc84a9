// The only door to the operating system's browser: which URLs get through, checked against the
// fake 'electron' module's shell.openExternal.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDocumentationLink } from './externalLinks';
import { fakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron.module);

const { shell } = fakeElectron.module;

beforeEach(() => {
  shell.openExternal.mockClear();
});

describe('openDocumentationLink', () => {
  it.each([
    'https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways',
    'https://docs.microsoft.com/azure/vpn-gateway/',
  ])('opens %s in the system browser', async (url) => {
    expect(await openDocumentationLink(url)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith(url);
  });

  it.each([
    ['plain http', 'http://learn.microsoft.com/azure/'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['a custom scheme handled by another app', 'ms-msdt:/id PCWDiagnostic'],
    ['another host', 'https://example.com/'],
    ['a Microsoft host that is not documentation', 'https://azure.microsoft.com/pricing/details/expressroute/'],
    ['a look-alike suffix', 'https://learn.microsoft.com.evil.example/azure'],
    ['a look-alike prefix', 'https://evil-learn.microsoft.com.example/'],
    ['a sibling host', 'https://login.microsoft.com/'],
    ['credentials before the host', 'https://learn.microsoft.com@evil.example/'],
    ['user info with a password', 'https://user:pw@learn.microsoft.com/'],
    ['an explicit port', 'https://learn.microsoft.com:8443/'],
    ['a protocol-relative URL', '//learn.microsoft.com/azure'],
    ['not a URL', 'learn.microsoft.com/azure'],
    ['an empty string', ''],
    ['an over-long URL', `https://learn.microsoft.com/${'a'.repeat(3000)}`],
    ['a non-string', { href: 'https://learn.microsoft.com/' }],
  ])('refuses %s without asking the OS', async (_case, url) => {
    expect(await openDocumentationLink(url)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('hands over the normalised URL, not the text it was given', async () => {
    await openDocumentationLink('HTTPS://LEARN.MICROSOFT.COM/azure/../azure/vpn-gateway/');
    expect(shell.openExternal).toHaveBeenCalledWith('https://learn.microsoft.com/azure/vpn-gateway/');
  });

  it('reports false when the OS cannot open the link', async () => {
    shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(await openDocumentationLink('https://learn.microsoft.com/azure/')).toBe(false);
  });
});
