// Types for electronRuntime.mjs, so TypeScript specs (e2e/electron) can import it.

export type ElectronRuntime =
  | { available: true; installed: true; version: string; executablePath: string }
  | {
      available: false;
      installed: boolean;
      version?: string;
      /** Short, for one-line messages: "node_modules/electron/dist/electron is missing". */
      problem: string;
      /** A full sentence, used as the skip reason of the Electron e2e specs. */
      reason: string;
    };

export const projectDir: string;

export function detectElectronRuntime(options?: { electronDir?: string; env?: NodeJS.ProcessEnv }): ElectronRuntime;

export function summariseDownloadError(output: string): string;

export function downloadElectronRuntime(options?: {
  electronDir?: string;
  installScript?: string;
  timeoutMs?: number;
}): Promise<{ ok: true } | { ok: false; reason: string }>;
