// Lint rules, including the layering of DESIGN.md as errors: shared/ is pure, the renderer
// reaches Electron only through the preload API's types, and nothing reaches into the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Bare Node module names are matched exactly (as `paths`): as patterns, 'net' would also match shared/net/.
const NODE_MODULES = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'net', 'stream', 'util', 'electron'];
const nodePaths = (message) => NODE_MODULES.map((name) => ({ name, message }));

function layer(files, { paths = [], patterns = [] }) {
  return {
    files,
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
    },
  };
}

const group = (names, message, allowTypeImports = false) => ({ group: names, message, allowTypeImports });

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // electron-builder require()s its config and hooks, and @electron/fuses 1.x is CommonJS.
    files: ['build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  layer(['shared/**/*.ts'], {
    paths: nodePaths('shared/ is pure TypeScript: no Electron or Node imports (DESIGN.md).'),
    patterns: [
      group(['node:*', 'react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zundo'], 'shared/ is pure TypeScript: no UI, Electron or Node imports (DESIGN.md).'),
      group(['**/electron/**', '**/renderer/**', '**/cli/**', '**/e2e/**'], 'shared/ imports nothing from the other layers (DESIGN.md).'),
    ],
  }),
  {
    // Tests of shared/ may use Node to read fixtures; the code under test may not.
    files: ['shared/**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  layer(['renderer/**/*.{ts,tsx}'], {
    paths: nodePaths('The renderer reaches the host only through renderer/platform (DESIGN.md).'),
    patterns: [
      group(['node:*'], 'The renderer reaches the host only through renderer/platform (DESIGN.md).'),
      group(['**/electron/**'], 'The renderer may import only types of the preload API from electron/.', true),
      group(['**/cli/**', '**/e2e/**'], 'The renderer does not import other layers.'),
    ],
  }),
  layer(['electron/**/*.ts'], {
    patterns: [group(['**/renderer/**', '**/cli/**', '**/e2e/**', 'react', 'react-dom', '@xyflow/*', 'zustand'], 'electron/ may import shared/ and itself only (DESIGN.md).')],
  }),
  layer(['cli/**/*.ts'], {
    patterns: [group(['**/renderer/**', '**/electron/**', 'react', 'electron'], 'The CLI is an adapter over shared/ only.')],
  }),
  layer(['e2e/**/*.ts'], {
    patterns: [group(['**/renderer/**', '**/electron/**', '**/cli/**'], 'End-to-end specs drive the app as a black box; they may import shared/ fixtures and types only.')],
  }),
);
