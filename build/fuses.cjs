// The Electron fuses the packaged app ships with (Electron security checklist item 19), where
// the packaged binary is on each platform, and a check that a fuse wire matches. Pure data and
// functions: the afterPack hook (afterPack.cjs) flips with them and build/fuses.test.ts checks them.
const path = require('node:path');
const { FuseV1Options, FuseVersion } = require('@electron/fuses');
// The byte values of fuse states ('0', '1', …) are not re-exported by the package's index.
const { FuseState } = require('@electron/fuses/dist/constants.js');

/** Each fuse the app sets, the state it must have, and why. The others keep Electron's default. */
const FUSES = [
  { name: 'RunAsNode', enabled: false, why: 'ELECTRON_RUN_AS_NODE would turn the app binary into a plain Node.js interpreter' },
  { name: 'EnableNodeOptionsEnvironmentVariable', enabled: false, why: 'NODE_OPTIONS could preload code into the main process' },
  { name: 'EnableNodeCliInspectArguments', enabled: false, why: '--inspect would let anyone attach a debugger to the main process' },
  { name: 'EnableCookieEncryption', enabled: true, why: 'cookies on disk are encrypted with the OS keychain' },
  { name: 'EnableEmbeddedAsarIntegrityValidation', enabled: true, why: 'a modified app.asar is refused (macOS, Windows)' },
  { name: 'OnlyLoadAppFromAsar', enabled: true, why: 'an app/ folder placed beside app.asar is never loaded instead' },
  { name: 'GrantFileProtocolExtraPrivileges', enabled: false, why: 'the app is served from app://, so file:// needs no privileges' },
];

/** The @electron/fuses config: every fuse of FUSES, by its index in the fuse wire. */
function fuseConfig({ resetAdHocDarwinSignature = false } = {}) {
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature, strictlyRequireAllFuses: false };
  for (const { name, enabled } of FUSES) {
    if (!(name in FuseV1Options)) throw new Error(`@electron/fuses does not know the fuse "${name}"`);
    config[FuseV1Options[name]] = enabled;
  }
  return config;
}

/**
 * The Electron binary electron-builder has just packed into `appOutDir`: the .app's executable on
 * macOS (@electron/fuses follows it to the Electron Framework, where the wire is), the .exe on
 * Windows, the executable named by linux.executableName on Linux.
 */
function packagedBinaryPath({ appOutDir, platform, productFilename, executableName }) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`, 'Contents', 'MacOS', productFilename);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, executableName);
    default:
      throw new Error(`Cannot flip fuses: unknown platform "${platform}"`);
  }
}

/**
 * Flipping fuses changes the binary and so breaks its ad-hoc signature; Apple silicon refuses to
 * run unsigned code, so arm64 (and universal) macOS builds are re-signed ad hoc before the real
 * signing step that follows afterPack.
 */
function needsAdHocSignatureReset(platform, archName) {
  return platform === 'darwin' && (archName === 'arm64' || archName === 'universal');
}

/** Fuses whose state in `wire` (from getCurrentFuseWire) differs from FUSES, as readable lines. */
function fuseWireMismatches(wire) {
  const stateName = (state) => (state === FuseState.ENABLE ? 'on' : state === FuseState.DISABLE ? 'off' : `state ${state}`);
  const mismatches = [];
  for (const { name, enabled } of FUSES) {
    const expected = enabled ? FuseState.ENABLE : FuseState.DISABLE;
    const actual = wire[FuseV1Options[name]];
    if (actual !== expected) mismatches.push(`${name} is ${actual === undefined ? 'missing' : stateName(actual)}, expected ${enabled ? 'on' : 'off'}`);
  }
  return mismatches;
}

module.exports = { FUSES, fuseConfig, packagedBinaryPath, needsAdHocSignatureReset, fuseWireMismatches };
