import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers (README, "Development"): the pure core never reaches the shell, and the parser,
// whose code fingerprints the parse cache, depends on nothing but text helpers.
const SHELL = ['../store/*', '../commands/*', '../ui/*', '../cli*', '../session.js', '../catalog.js', '../settings.js', '../files.js', '../paths.js'];
const IO_PACKAGES = ['better-sqlite3', '@inquirer/*', 'commander', '@commander-js/*'];
// chalk's default instances detect colour when chalk loads, and the bundle leaves that detection
// out (scripts/bundle.mjs): colours come from the level coach works out (src/render/color.ts).
const CHALK_DEFAULTS = { name: 'chalk', importNames: ['default', 'chalkStderr', 'supportsColor', 'supportsColorStderr'], message: 'use makeStyle (src/render/color.ts): the bundle has no colour detection' };
const restrict = (groups, message) => ({
  'no-restricted-imports': ['error', { paths: [CHALK_DEFAULTS], patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { process: 'readonly', require: 'readonly', module: 'writable', __filename: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-restricted-imports': ['error', { paths: [CHALK_DEFAULTS] }],
    },
  },
  {
    files: ['src/log/**/*.ts'],
    rules: restrict([...SHELL, ...IO_PACKAGES], 'the log\'s declarations are pure: no store, command, shell module or I/O package'),
  },
  {
    // The core throws its own domain errors (e.g. track/errors.ts); the shell maps them to exit codes.
    files: ['src/{schedule,review,render}/**/*.ts'],
    rules: restrict([...SHELL, ...IO_PACKAGES, '../errors.js'],
      'the pure core (schedule, review, render) takes plain data and knows no exit codes: no store, command, shell module, usage error or I/O package'),
  },
  {
    files: ['src/track/**/*.ts'],
    rules: restrict([...SHELL, ...IO_PACKAGES, '../errors.js', '../schedule/*', '../review/*', '../render/*', '../log/*'],
      'the parser depends only on src/track and src/text (their code is the parse cache key) and throws its own errors'),
  },
  {
    files: ['src/text/**/*.ts'],
    rules: restrict(['../*'], 'src/text is a leaf: text helpers import nothing of coach'),
  },
);
