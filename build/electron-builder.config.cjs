// Packaging for `npm run dist` (electron-builder 26): AppImage and deb on Linux, an NSIS installer
// on Windows, a dmg on macOS. The app is already bundled (Vite for the renderer, esbuild for main
// and preload), so the package holds only dist/renderer, dist-electron and package.json, in an
// asar archive whose integrity the fuses of afterPack.cjs make Electron check.
const PRODUCT_NAME = 'Hybrid Topology Designer';
const DESIGN_MIME_TYPE = 'application/vnd.hybrid-topology+json';

// FILE_EXTENSION of shared/format/constants.ts without its dot. This file is require()d by
// electron-builder and cannot import TypeScript, so build/electronBuilderConfig.test.ts keeps the two equal.
const DESIGN_EXTENSION = 'topo.json';

// Listed per platform rather than at the top level, which would also apply to Windows: there the
// NSIS installer would write HKCU\Software\Classes\.topo.json, a key Explorer never reads, because
// it takes "x.topo.json" to be a ".json" file. Registering "json" instead would make the designer
// the default app of every JSON file (electron-builder's APP_ASSOCIATE macro sets the extension's
// default, with no "Open with"-only option like macOS's Alternate rank), so Windows gets none.
const DESIGN_ASSOCIATION = {
  ext: DESIGN_EXTENSION,
  name: 'Topology design',
  description: 'Hybrid Topology Designer design',
  role: 'Editor',
  mimeType: DESIGN_MIME_TYPE,
};

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'io.github.hybrid-topology-designer',
  productName: PRODUCT_NAME,
  copyright: 'Copyright © 2026 the Hybrid Topology Designer authors',
  directories: { output: 'release', buildResources: 'build' },
  // electron-builder copies production dependencies on its own; every one of them is already in
  // the bundles, so node_modules is left out explicitly.
  files: ['dist/renderer/**/*', 'dist-electron/**/*', '!dist-electron/**/*.map', 'package.json', '!node_modules/**/*'],
  // No native modules: every runtime dependency is bundled, so there is nothing to rebuild.
  npmRebuild: false,
  asar: true,
  afterPack: './build/afterPack.cjs',
  icon: 'build/icon.png',
  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'hybrid-topology-designer',
    category: 'Development',
    synopsis: 'Design hybrid Azure connectivity and see validity, cost and latency',
    description: 'Design how offices and data centres connect to Azure, and see at once whether the design is valid, what it costs and how fast it is.',
    maintainer: 'Hybrid Topology Designer authors <hybrid-topology-designer@users.noreply.github.com>',
    // The deb installs a shared-mime-info type with the glob "*.topo.json" (matched whole, longest
    // glob first, so it wins over *.json) and names it in the .desktop file's MimeType, which
    // electron-builder fills from the association; listing it in mimeTypes too would name it twice.
    fileAssociations: [DESIGN_ASSOCIATION],
  },
  deb: {
    priority: 'optional',
  },
  win: {
    target: ['nsis'],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.developer-tools',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    // Finder matches only the last extension, so designs ("x.topo.json") are offered through
    // "Open With" for .json files, as an alternate handler that never takes over JSON files.
    fileAssociations: [DESIGN_ASSOCIATION, { ext: 'json', name: 'Topology design', role: 'Editor', rank: 'Alternate' }],
  },
  dmg: {
    title: '${productName} ${version}',
  },
};
