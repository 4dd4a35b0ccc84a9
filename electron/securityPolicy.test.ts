import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, isTrustedSenderFrame, START_URL } from './securityPolicy';

describe('isAppUrl', () => {
  it.each([START_URL, 'app://designer/', 'app://designer/assets/x.js?y#z', 'APP://DESIGNER/index.html'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://other/index.html',
    'app://designer.evil.com/index.html',
    'app://user@designer/index.html',
    'file:///index.html',
    'https://designer/',
    'http://127.0.0.1:4173/',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    'designer',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isTrustedSenderFrame', () => {
  it('trusts the main frame of an app:// page', () => {
    expect(isTrustedSenderFrame({ url: START_URL, parent: null })).toBe(true);
  });

  it('refuses a missing frame, a subframe and any other origin', () => {
    expect(isTrustedSenderFrame(null)).toBe(false);
    expect(isTrustedSenderFrame(undefined)).toBe(false);
    expect(isTrustedSenderFrame({ url: START_URL, parent: { url: START_URL } })).toBe(false);
    expect(isTrustedSenderFrame({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSenderFrame({ url: 'file:///tmp/evil.html', parent: null })).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the strict policy from the issue', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; " +
        "connect-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; frame-src 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });

  it('allows no remote source in any directive: no scheme, host or wildcard other than data: and blob: images', () => {
    for (const directive of CONTENT_SECURITY_POLICY.split('; ')) {
      const [, ...sources] = directive.split(' ');
      for (const source of sources) expect(source, directive).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    }
  });

  it("is the same policy as the page's own <meta> tag, so the header and the markup cannot drift apart", () => {
    const html = readFileSync(fileURLToPath(new URL('../renderer/index.html', import.meta.url)), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});
