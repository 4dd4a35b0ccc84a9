// The browser build's host: a file picker to open, a download to save. It serves the offline
// fallback of `npm start` and the end-to-end tests, which drive exactly these paths.
import { allowedDocumentationUrl } from '../../shared/links/documentationLinks';
import type { ExportRequest, OpenOutcome, Platform, SaveOutcome } from './types';
import { clearAutosave, readAutosave, writeAutosave } from './webAutosave';

const MAX_FILE_BYTES = 50 * 1024 * 1024;

function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.topo.json,application/json';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

export async function readPickedFile(file: File): Promise<OpenOutcome> {
  if (file.size > MAX_FILE_BYTES) {
    return { status: 'error', message: `${file.name} is ${(file.size / 1048576).toFixed(0)} MB; designs larger than 50 MB are not opened.` };
  }
  try {
    return { status: 'opened', file: { name: file.name, text: await file.text() } };
  } catch (error) {
    return { status: 'error', message: `Could not read ${file.name}: ${(error as Error).message}` };
  }
}

function download(name: string, blob: Blob): SaveOutcome {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { status: 'saved', name };
}

function decode(request: ExportRequest): Blob {
  if (request.encoding === 'utf8') return new Blob([request.data], { type: 'text/plain;charset=utf-8' });
  const bytes = Uint8Array.from(atob(request.data), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'application/octet-stream' });
}

export function webPlatform(): Platform {
  return {
    kind: 'web',
    async openDocument() {
      const file = await pickFile();
      return file ? readPickedFile(file) : { status: 'cancelled' };
    },
    async saveDocument(request) {
      return download(request.suggestedName, new Blob([request.text], { type: 'application/json' }));
    },
    async exportFile(request) {
      return download(request.suggestedName, decode(request));
    },
    setDocumentState({ name, dirty }) {
      document.title = `${dirty ? '● ' : ''}${name} — Hybrid Topology Designer`;
    },
    resetDocument() {},
    closeWindow() {},
    async openExternal(url) {
      const allowed = allowedDocumentationUrl(url);
      if (allowed) window.open(allowed, '_blank', 'noopener,noreferrer');
      return allowed !== null;
    },
    onMenuCommand() {
      return () => {};
    },
    autosave: writeAutosave,
    readAutosave,
    clearAutosave,
  };
}
