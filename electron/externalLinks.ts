// Which links may leave the app for the system browser. shell.openExternal with unchecked URLs
// has led to remote code execution (CVE-2023-42222, CVE-2024-37182), so only https links to the
// Microsoft documentation hosts that validation findings cite are allowed, compared exactly
// after parsing with the WHATWG URL parser (no prefix or suffix matching).

export const ALLOWED_EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'learn.microsoft.com',
  'docs.microsoft.com',
  'azure.microsoft.com',
]);

const MAX_URL_LENGTH = 2048;

/** Returns the normalised URL to open, or null when the link is refused. */
export function allowedExternalUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  // Credentials ("https://learn.microsoft.com@evil.example") or an explicit port are never
  // part of a documentation link; refusing them removes any parsing ambiguity.
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;
  if (!ALLOWED_EXTERNAL_HOSTS.has(url.hostname)) return null;
  return url.href;
}

export function isAllowedExternalUrl(candidate: unknown): boolean {
  return allowedExternalUrl(candidate) !== null;
}
