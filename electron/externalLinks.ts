// The one place the app hands a URL to the operating system. shell.openExternal with unchecked
// URLs has led to remote code execution in Electron apps (CVE-2023-42222, CVE-2024-37182), so only
// https links to the documentation hosts of shared/links/documentationLinks.ts get through.
import { shell } from 'electron';
import { allowedDocumentationUrl } from '../shared/links/documentationLinks';

/** Opens an allow-listed documentation link in the system browser; false when refused or failed. */
export async function openDocumentationLink(candidate: unknown): Promise<boolean> {
  const url = allowedDocumentationUrl(candidate);
  if (url === null) return false;
  try {
    // Reviewed: `url` is the allowlist's normalised https URL (docs/security.md, OPEN_EXTERNAL_JS_CHECK).
    await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return true;
  } catch {
    return false;
  }
}
