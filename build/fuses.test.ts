// The fuse settings, where the packaged binary is, and a real flip of a synthetic Electron binary
// with @electron/fuses, read back as electron-builder's afterPack hook does.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { FuseV1Options, flipFuses, getCurrentFuseWire } = require('@electron/fuses');
const { FUSES, fuseConfig, fuseWireMismatches, needsAdHocSignatureReset, packagedBinaryPath } = require('./fuses.cjs');

// @electron/fuses' wire format (dist/constants.js, dist/index.js): the sentinel, the wire version
// byte (1), the wire length, then one byte per fuse: '0' off, '1' on, 'r' removed.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const OFF = '0'.charCodeAt(0);
const ON = '1'.charCodeAt(0);
// Electron's shipped defaults, in wire order: RunAsNode on, cookie encryption off, NODE_OPTIONS on,
// --inspect on, ASAR integrity off, only-ASAR off, V8 snapshot off, file:// privileges on.
const ELECTRON_DEFAULT_WIRE = '10110001';

function syntheticBinary(wire = ELECTRON_DEFAULT_WIRE): Buffer {
  return Buffer.concat([
    Buffer.from('\x7fELF…machine code before the wire…'),
    Buffer.from(SENTINEL),
    Buffer.from([1, wire.length]),
    Buffer.from(wire),
    Buffer.from('…and after it'),
  ]);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'htd-fuses-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the fuse configuration', () => {
  it.each([
    ['RunAsNode', false],
    ['EnableNodeOptionsEnvironmentVariable', false],
    ['EnableNodeCliInspectArguments', false],
    ['EnableCookieEncryption', true],
    ['EnableEmbeddedAsarIntegrityValidation', true],
    ['OnlyLoadAppFromAsar', true],
    ['GrantFileProtocolExtraPrivileges', false],
  ])('sets %s to %s', (name, enabled) => {
    expect(fuseConfig()[FuseV1Options[name]]).toBe(enabled);
  });

  it('says why for every fuse and leaves the V8 snapshot fuse at its default', () => {
    for (const fuse of FUSES) expect(fuse.why.length).toBeGreaterThan(20);
    expect(fuseConfig()).not.toHaveProperty(String(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot));
    expect(fuseConfig()).toMatchObject({ version: '1', resetAdHocDarwinSignature: false });
  });
});

describe('packagedBinaryPath', () => {
  const names = { appOutDir: '/out', productFilename: 'Hybrid Topology Designer', executableName: 'hybrid-topology-designer' };

  it('finds the executable inside the .app on macOS', () => {
    expect(packagedBinaryPath({ ...names, platform: 'darwin' })).toBe(
      join('/out', 'Hybrid Topology Designer.app', 'Contents', 'MacOS', 'Hybrid Topology Designer'),
    );
    expect(packagedBinaryPath({ ...names, platform: 'mas' })).toContain('.app');
  });

  it('takes the .exe on Windows and the executable name on Linux', () => {
    expect(packagedBinaryPath({ ...names, platform: 'win32' })).toBe(join('/out', 'Hybrid Topology Designer.exe'));
    expect(packagedBinaryPath({ ...names, platform: 'linux' })).toBe(join('/out', 'hybrid-topology-designer'));
  });

  it('refuses a platform it does not know', () => {
    expect(() => packagedBinaryPath({ ...names, platform: 'aix' })).toThrow(/unknown platform "aix"/);
  });
});

describe('needsAdHocSignatureReset', () => {
  it('re-signs only Apple silicon and universal macOS builds', () => {
    expect(needsAdHocSignatureReset('darwin', 'arm64')).toBe(true);
    expect(needsAdHocSignatureReset('darwin', 'universal')).toBe(true);
    expect(needsAdHocSignatureReset('darwin', 'x64')).toBe(false);
    expect(needsAdHocSignatureReset('linux', 'arm64')).toBe(false);
    expect(needsAdHocSignatureReset('win32', 'arm64')).toBe(false);
  });
});

describe('flipping a binary', () => {
  it('turns Electron defaults into the configured wire and keeps the rest of the file', async () => {
    const binary = join(dir, 'electron-linux');
    const before = syntheticBinary();
    await writeFile(binary, before);
    expect(fuseWireMismatches(await getCurrentFuseWire(binary))).toHaveLength(FUSES.length);

    await flipFuses(binary, fuseConfig());

    const wire = await getCurrentFuseWire(binary);
    expect(fuseWireMismatches(wire)).toEqual([]);
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON);
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(OFF);
    // Only bytes of the wire changed.
    const after = await readFile(binary);
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    const changed = [...after.keys()].filter((i) => after[i] !== before[i]);
    expect(after.length).toBe(before.length);
    expect(changed.every((i) => i >= wireStart && i < wireStart + ELECTRON_DEFAULT_WIRE.length)).toBe(true);
    expect(changed).toHaveLength(FUSES.length);
  });

  it('names every fuse left in the wrong state', async () => {
    const binary = join(dir, 'half-flipped');
    // RunAsNode still on, everything else as configured.
    await writeFile(binary, syntheticBinary('11001100'));
    expect(fuseWireMismatches(await getCurrentFuseWire(binary))).toEqual(['RunAsNode is on, expected off']);
  });
});
