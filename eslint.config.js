import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Import boundaries make the layering a lint error: shared/ is pure, the renderer never reaches into
// electron/, and only renderer/api touches the preload global.
const noNodeOrElectron = {
  patterns: [
    { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'electron', 'jsdom'], message: 'shared/ is pure: no Node, Electron or DOM imports.' },
    { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
  ],
};

const NODE_GLOBALS = ['Buffer', 'process', '__dirname', '__filename', 'require', 'module', 'global', 'setImmediate'].map((name) => ({
  name,
  message: 'shared/ is pure: no Node globals.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    // The globals too: a dependency's types (docx pulls in @types/node) would otherwise let Buffer or process
    // slip past shared/'s tsconfig, which has no Node types of its own.
    rules: { 'no-restricted-imports': ['error', noNodeOrElectron], 'no-restricted-globals': ['error', ...NODE_GLOBALS] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/electron/**', 'electron', 'node:*'], message: 'The renderer talks to the main process only through renderer/api.' }] },
      ],
    },
  },
);
