// Links in findings open in the system browser only when they point at Microsoft documentation.
// Unchecked URLs handed to the OS browser have led to remote code execution in Electron apps
// (CVE-2023-42222, CVE-2024-37182), so this is an allowlist of exact https hosts.
export const DOCUMENTATION_HOSTS: ReadonlySet<string> = new Set([
  'learn.microsoft.com',
  'docs.microsoft.com',
  'azure.microsoft.com',
]);

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
export function allowedDocumentationUrl(url: string): string | null {
  let parsed: InstanceType<typeof URL>;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return null;
  return DOCUMENTATION_HOSTS.has(parsed.hostname) ? parsed.href : null;
}
