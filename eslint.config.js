// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

const RAW_BROWSER_LIBS = [
  { group: ['tone', 'tone/**'], message: 'Tone.js lives in src/platform/audio only.' },
  { group: ['idb', 'idb/**'], message: 'IndexedDB lives in src/platform/storage only.' },
  { group: ['workbox-*', 'workbox-*/**'], message: 'Workbox lives in src/platform/pwa and sw.ts.' },
];

/**
 * Import paths that reach into a layer folder, e.g. `../platform/audio/cue-player`.
 * @param {string} name
 */
const layer = (name) => [`**/${name}`, `**/${name}/**`];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
      'bench/out/',
      'public/',
    ],
  },

  js.configs.recommended,

  {
    files: TS,
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        // Explicit projects rather than projectService: tests and config files live in
        // tsconfig.node.json, which the project service would never find on its own.
        project: ['src/core/tsconfig.json', 'tsconfig.json', 'tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },

  {
    files: JS,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },

  {
    files: ['src/ui/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // LitElement implements every lifecycle callback, so an unguarded super call is safe.
      'wc/guard-super-call': 'off',
    },
  },

  // Layer rules: ui → app → core, app → platform → core (see DESIGN.md).
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/**', '@lit/*', '@lit/*/**', '@lit-labs/*'],
              message: 'core is pure TypeScript: no Lit.',
            },
            ...RAW_BROWSER_LIBS.map((p) => ({ ...p, message: `core is pure. ${p.message}` })),
            {
              group: [...layer('platform'), ...layer('app'), ...layer('ui')],
              message: 'core imports nothing but itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...RAW_BROWSER_LIBS,
            {
              group: layer('platform'),
              message: 'ui reaches platform only through the ports provided by app.',
            },
          ],
        },
      ],
    },
  },
  {
    // A test is a composition root: it may hand an element the in-memory storage adapter.
    files: ['src/ui/**/*.test.ts', 'src/ui/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...RAW_BROWSER_LIBS,
            {
              regex: '(^|/)platform(/(?!storage/memory-storage$)|$)',
              message: 'ui tests reach platform only for the in-memory storage.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...RAW_BROWSER_LIBS,
            { group: layer('ui'), message: 'app must not depend on ui.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: layer('ui'), message: 'platform must not depend on ui.' },
            {
              // `**/app/*`, not `**/app`: a matched folder could not be re-included by `!`.
              group: ['**/app/*', '**/app/*/**', '!**/app/ports', '!**/app/ports/*'],
              message: 'platform may only use types from app/ports.',
            },
            {
              group: ['**/app/ports/*'],
              allowTypeImports: true,
              message: 'platform may only use types from app/ports (import type).',
            },
          ],
        },
      ],
    },
  },

  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      // Chai's property assertions (`expect(x).to.be.true`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // `expect(port.connect).toHaveBeenCalled()` passes spies unbound.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
