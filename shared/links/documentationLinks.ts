// Links in findings open in the system browser only when they point at Microsoft documentation.
// shell.openExternal with unchecked URLs has led to remote code execution in Electron apps
// (CVE-2023-42222, CVE-2024-37182), so this is an allowlist of exact https hosts, compared after
// parsing with the WHATWG URL parser (no prefix or suffix matching). The desktop app and the
// browser build both ask this one function.
//
// The links the app offers are the sources of findings, all Microsoft Learn articles
// (shared/data/docs.ts); docs.microsoft.com is Learn's former host. azure.microsoft.com (pricing
// and SLA pages) is not allowed: cost lines name their sources as text, third-party readings of
// the Retail Prices API (shared/data/priceBook.ts), and link nowhere.
export const DOCUMENTATION_HOSTS: ReadonlySet<string> = new Set(['learn.microsoft.com', 'docs.microsoft.com']);

const MAX_URL_LENGTH = 2048;

// WHATWG URL exists in every runtime this runs in (browsers, Node, Electron) but is not part of
// the ES library that shared/ compiles against; declare just what is used here.
declare const URL: new (url: string) => {
  protocol: string;
  hostname: string;
  username: string;
  password: string;
  port: string;
  href: string;
};

/** The normalised URL when it is an https link to an allowed host, otherwise null. */
export function allowedDocumentationUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > MAX_URL_LENGTH) return null;
  let parsed: InstanceType<typeof URL>;
  try {
    parsed = new URL(candidate);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  // Credentials ("https://learn.microsoft.com@evil.example") or an explicit port are never part
  // of a documentation link; refusing them removes any parsing ambiguity.
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  return DOCUMENTATION_HOSTS.has(parsed.hostname) ? parsed.href : null;
}
