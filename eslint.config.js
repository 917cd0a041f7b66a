// ESLint flat config: the recommended rules of ESLint and typescript-eslint, plus the type-aware
// promise rules (an unawaited write or a promise passed where a callback is expected is a real bug
// here). The whole recommendedTypeChecked set was measured (28 s against 8 s, ~450 findings, most of
// them `no-unnecessary-type-assertion` across every folder) and left for a later, quieter tree.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-check/**', 'node_modules/**', 'test/fixtures/**', '.test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // A leading underscore names what is left out on purpose (`const { data: _data, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'editors/vscode/*.js', 'scripts/bench/*.cjs'] }, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Matching control characters is this file's whole job (elsewhere a line says why it needs one).
    files: ['src/util/escape.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // CommonJS: the benchmark's preload modules and the VS Code extension (VS Code loads it with require).
    files: ['**/*.cjs', 'editors/vscode/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
