import { describe, expect, it } from 'vitest';
import { allowedDocumentationUrl } from './documentationLinks';

const isAllowedExternalUrl = (url: unknown) => allowedDocumentationUrl(url) !== null;
const allowedExternalUrl = allowedDocumentationUrl;

describe('allowedDocumentationUrl', () => {
  it.each([
    'https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings',
    'https://docs.microsoft.com/azure/expressroute/',
    'https://LEARN.microsoft.com/azure/',
    'https://learn.microsoft.com/azure/?tabs=portal#gateway-sku',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://learn.microsoft.com/azure/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['a UNC-like file URL', 'file://server/share/x'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['another host', 'https://example.com/'],
    ['Azure pricing pages, which no source links to', 'https://azure.microsoft.com/pricing/details/vpn-gateway/'],
    ['a look-alike suffix', 'https://learn.microsoft.com.evil.com/azure/'],
    ['a look-alike prefix', 'https://evillearn.microsoft.com/'],
    ['a subdomain', 'https://x.learn.microsoft.com/'],
    ['the parent domain', 'https://microsoft.com/'],
    ['a trailing dot', 'https://learn.microsoft.com./azure/'],
    ['credentials before the host', 'https://learn.microsoft.com@evil.com/'],
    ['credentials on an allowed host', 'https://user:pass@learn.microsoft.com/'],
    ['an explicit port', 'https://learn.microsoft.com:8443/'],
    ['a custom scheme', 'ms-settings:network'],
    ['a relative URL', '/azure/'],
    ['an empty string', ''],
    ['not a string', 42],
    ['an overlong URL', `https://learn.microsoft.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_case, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('returns the normalised URL to open', () => {
    expect(allowedExternalUrl('https://LEARN.microsoft.com/azure')).toBe('https://learn.microsoft.com/azure');
  });
});
