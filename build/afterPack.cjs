// electron-builder's afterPack hook: flips the Electron fuses of build/fuses.cjs in the freshly
// packed binary, then reads the wire back and fails the build if any fuse did not take. It runs
// before electron-builder signs the app, as fuses must be flipped before code signing.
const { Arch } = require('electron-builder');
const { flipFuses, getCurrentFuseWire } = require('@electron/fuses');
const { fuseConfig, fuseWireMismatches, needsAdHocSignatureReset, packagedBinaryPath } = require('./fuses.cjs');

/** @param {import('electron-builder').AfterPackContext} context */
module.exports = async function afterPack(context) {
  const { appOutDir, electronPlatformName: platform, arch, packager } = context;
  const binary = packagedBinaryPath({
    appOutDir,
    platform,
    productFilename: packager.appInfo.productFilename,
    // Only the Linux packager has an executable name distinct from the product file name.
    executableName: packager.executableName ?? packager.appInfo.productFilename,
  });
  await flipFuses(binary, fuseConfig({ resetAdHocDarwinSignature: needsAdHocSignatureReset(platform, Arch[arch]) }));
  const mismatches = fuseWireMismatches(await getCurrentFuseWire(binary));
  if (mismatches.length > 0) throw new Error(`Fuses not set in ${binary}: ${mismatches.join('; ')}`);
  console.log(`  • fuses flipped  binary=${binary}`);
};
