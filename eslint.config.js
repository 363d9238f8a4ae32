// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Layering is a checked rule, not a hope: each folder may only import what its layer allows,
 * and each third-party library enters through one door (see docs/ARCHITECTURE.md).
 */
const impureForShared = [
  { name: 'electron', message: 'shared/ is pure: no electron.' },
  { name: 'react', message: 'shared/ is pure: no React.' },
  { name: 'react-dom', message: 'shared/ is pure: no React.' },
  { name: 'dexie', message: 'shared/ is pure: no Dexie.' },
  { name: 'y-dexie', message: 'shared/ is pure: no Dexie.' },
  { name: 'ws', message: 'shared/ is pure: no Node networking.' },
  { name: 'y-websocket', message: 'shared/ is pure: providers live in renderer/src/sync/.' },
];
const electronOnlyInElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const dexieDoor = [
  { name: 'dexie', message: 'Dexie enters only through renderer/src/persistence/.' },
  { name: 'y-dexie', message: 'Dexie enters only through renderer/src/persistence/.' },
];
const providerDoor = [
  { name: 'y-websocket', message: 'Providers are created only in renderer/src/sync/.' },
];

const rendererPatterns = [
  { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'net', 'ws'], message: 'The renderer is a web app: no Node modules.' },
  { group: ['**/electron/**'], message: 'The renderer reaches the main process only through renderer/src/platform/.' },
];

export default tseslint.config(
  { ignores: ['.tmp/**', 'out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['tests/tools/**/*.mjs', '*.config.js'],
    languageOptions: { globals: { URL: 'readonly', console: 'readonly', process: 'readonly' } },
  },
  {
    // The service worker's source: a script of its own, run in the worker's global scope.
    files: ['renderer/build/serviceWorker.js'],
    languageOptions: { sourceType: 'script', globals: { self: 'readonly', caches: 'readonly', fetch: 'readonly', Request: 'readonly', URL: 'readonly', build: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: impureForShared, patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'net'], message: 'shared/ is pure: no Node modules.' }, { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ never imports renderer/ or electron/.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronOnlyInElectron, ...dexieDoor, ...providerDoor], patterns: rendererPatterns }],
    },
  },
  // The two doors: each folder may import its own library, and is otherwise held to every rule
  // of the renderer (an override replaces the rule's options, so they are all repeated here).
  {
    files: ['renderer/src/persistence/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInElectron, ...providerDoor], patterns: rendererPatterns }] },
  },
  {
    files: ['renderer/src/sync/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInElectron, ...dexieDoor], patterns: rendererPatterns }] },
  },
  {
    files: ['electron/hub/**/*.ts', 'electron/hubProcess/**/*.ts', 'electron/rpc/**/*.ts', 'tests/**/*.ts', 'electron.vite.config.ts', 'renderer/vite.*.ts', 'renderer/build/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInElectron] }] },
  },
);
