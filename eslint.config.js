import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The process boundaries are rules here (after Signal Desktop):
 * - core/ is pure TypeScript: no React, Electron, DOM or node:*;
 * - renderer/ never imports electron or Node;
 * - the preload imports nothing but electron and core's channel names.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'process'];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'bench-results', '.vite'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-i18next'], message: 'core/ is pure TypeScript: no React.' },
            { group: ['electron', 'electron-store'], message: 'core/ is pure TypeScript: no Electron.' },
            { group: NODE_BUILTINS, message: 'core/ is pure TypeScript: no Node built-ins.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'core/ must not depend on the app layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron-store'], message: 'The renderer talks to the main process only through window.api.' },
            { group: NODE_BUILTINS, message: 'The renderer has no Node.' },
            { group: ['**/electron/**'], message: 'The renderer must not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zod', 'electron-store', ...NODE_BUILTINS], message: 'The sandboxed preload stays tiny: electron and core channel names only.' },
            { group: ['**/main/**', '**/renderer/**'], message: 'The preload must not import other layers.' },
          ],
        },
      ],
    },
  },
);
