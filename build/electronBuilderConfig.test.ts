// The electron-builder configuration, checked where packaging itself cannot run (it needs the
// Electron runtime download): every field `npm run dist` relies on, the icon, the hook and the
// file association, which must follow the app's FILE_EXTENSION (the .cjs config cannot import it).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FILE_EXTENSION } from '../shared/format/constants';

const require = createRequire(import.meta.url);
const projectDir = fileURLToPath(new URL('..', import.meta.url));
const config = require('./electron-builder.config.cjs');
const packageJson = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8'));

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.config.cjs', () => {
  it("passes electron-builder's own schema validation, which rejects misplaced or misspelt options", async () => {
    // The function `electron-builder` runs first on a build; not part of its public API, so an
    // upgrade that moves it fails here, loudly, rather than silently skipping the check.
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration({ ...config }, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perUser: true } }, new DebugLogger(false))).rejects.toThrow(
      /configuration\.nsis/,
    );
  }, 30_000);

  it('names the app and writes installers to release/ with resources from build/', () => {
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe(packageJson.productName);
    expect(config.copyright).toMatch(/Copyright/);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('packs only the built app into an asar archive, never sources, tests or source maps', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**/*', 'dist-electron/**/*', 'package.json']));
    expect(config.files).toContain('!dist-electron/**/*.map');
    // Main and preload are bundled by esbuild, the renderer by Vite: no dependency is needed at run time.
    expect(config.files).toContain('!node_modules/**/*');
    for (const pattern of config.files as string[]) {
      expect(pattern).not.toMatch(/^(electron|renderer|shared|cli|e2e|scripts|build)\//);
      expect(pattern).not.toMatch(/\.ts\b/);
    }
    // The main entry that Electron loads is inside what is packed.
    expect(packageJson.main).toMatch(/^dist-electron\//);
  });

  it('flips the fuses in an afterPack hook that exists and exports a function', () => {
    expect(config.afterPack).toBe('./build/afterPack.cjs');
    const hook = require(join(projectDir, config.afterPack));
    expect(typeof hook).toBe('function');
  }, 30_000);

  it('builds AppImage and deb on Linux with the package metadata a deb needs', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
    expect(config.linux.category).toBeTruthy();
    expect(config.linux.synopsis.length).toBeLessThanOrEqual(80);
    expect(config.linux.executableName).toMatch(/^[a-z0-9-]+$/);
  });

  it('builds a per-user NSIS installer that lets the user choose the folder on Windows', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
  });

  it('builds a hardened-runtime dmg on macOS with entitlements that exist', () => {
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toMatch(/^public\.app-category\./);
    expect(config.mac.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(join(projectDir, config.mac.entitlements), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(entitlements).not.toContain('disable-library-validation');
  });

  it('uses a square PNG icon of at least 512×512 from build/', () => {
    expect(config.icon).toBe('build/icon.png');
    const size = pngSize(join(projectDir, config.icon));
    expect(size.width).toBe(size.height);
    expect(size.width).toBeGreaterThanOrEqual(512);
    expect(existsSync(join(projectDir, 'build', 'icon.svg'))).toBe(true);
  });

  describe('file association', () => {
    const DESIGN_MIME_TYPE = 'application/vnd.hybrid-topology+json';
    const designExtension = FILE_EXTENSION.slice(1);
    const lastExtension = FILE_EXTENSION.slice(FILE_EXTENSION.lastIndexOf('.') + 1);
    const design = expect.objectContaining({ ext: designExtension, name: 'Topology design', role: 'Editor', mimeType: DESIGN_MIME_TYPE, description: expect.any(String) });
    // electron-builder's own rule for the associations of a platform: the top-level list plus the platform's.
    const { PlatformPackager } = require('app-builder-lib');
    const associationsGetter = Object.getOwnPropertyDescriptor(PlatformPackager.prototype, 'fileAssociations')!.get!;
    const associationsOn = (platform: 'linux' | 'mac' | 'win') => associationsGetter.call({ config, platformSpecificBuildOptions: config[platform] });

    it('is for the extension the app saves designs with', () => {
      // Two parts: why Windows and macOS, which look at the last one only, are handled apart.
      expect(FILE_EXTENSION).toMatch(/^\.[a-z0-9]+\.[a-z0-9]+$/);
    });

    it('registers the design type on Linux, where the whole extension is matched', () => {
      expect(associationsOn('linux')).toEqual([design]);
    });

    it('declares the design type and, as an alternate that never becomes the default, .json on macOS', () => {
      expect(associationsOn('mac')).toEqual([design, expect.objectContaining({ ext: lastExtension, role: 'Editor', rank: 'Alternate' })]);
    });

    it('registers nothing on Windows: Explorer would ignore the design extension, and .json would take over every JSON file', () => {
      expect(associationsOn('win')).toEqual([]);
    });

    it('gives the deb a MIME type matched on the whole extension, named once in the .desktop file', async () => {
      const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper.js');
      const { deepAssign } = require('builder-util-runtime');
      const temp = mkdtempSync(join(tmpdir(), 'htd-builder-'));
      try {
        const packager = {
          config,
          platformSpecificBuildOptions: config.linux,
          fileAssociations: associationsOn('linux'),
          executableName: config.linux.executableName,
          appInfo: { productName: config.productName, sanitizedProductName: config.productName, description: packageJson.description },
          info: { metadata: { desktopName: `${config.linux.executableName}.desktop` } },
          getTempFile: async (suffix: string) => join(temp, `file${suffix}`),
        };
        const helper = new LinuxTargetHelper(packager);
        const mimeXml = readFileSync(await helper.mimeTypeFiles, 'utf8');
        expect(mimeXml).toContain(`<mime-type type="${DESIGN_MIME_TYPE}">`);
        expect(mimeXml).toContain(`<glob pattern="*${FILE_EXTENSION}"/>`);
        const desktopEntry: string = await helper.computeDesktopEntry(deepAssign({}, config.linux, config.deb));
        expect(desktopEntry.split('\n')).toContain(`MimeType=${DESIGN_MIME_TYPE};`);
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    });

    it('leaves the glob out of the MIME file the AppImage carries, as README.md says: electron-builder skips extensions with a dot there', async () => {
      const { copyMimeTypes } = require('app-builder-lib/out/targets/appimage/appLauncher.js');
      const stage = mkdtempSync(join(tmpdir(), 'htd-builder-'));
      try {
        const file = await copyMimeTypes(stage, { fileAssociations: associationsOn('linux'), productName: config.productName, executableName: config.linux.executableName });
        const mimeXml = readFileSync(join(stage, file), 'utf8');
        expect(mimeXml).toContain(`<mime-type type="${DESIGN_MIME_TYPE}">`);
        expect(mimeXml).not.toContain('<glob');
      } finally {
        rmSync(stage, { recursive: true, force: true });
      }
    });
  });
});
