// The architecture we lint for: only the adapter (src/vscode/) and the wiring (src/extension.ts)
// may import `vscode` (the core, the service and the CLI run in plain Node), and the core owns its
// ports, so it never imports the Gemini service that implements one of them.
import tseslint from 'typescript-eslint';

const noVscode = { name: 'vscode', message: 'Only src/vscode/ and src/extension.ts may import vscode: the core runs in plain Node.' };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.test-output/**', '**/*.mjs'] },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    extends: [tseslint.configs.base],
    rules: {
      'no-restricted-imports': ['error', { paths: [noVscode] }],
      'no-console': 'error',
    },
  },
  {
    // Type-aware rules that catch real bugs: a promise nobody awaits or handles, a promise where a
    // callback's result is ignored, a switch over a closed union that misses a member.
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // More than five positional parameters is a sign an options object (or a collaborator) is missing.
    files: ['src/**/*.ts'],
    rules: { 'max-params': ['error', 5] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode],
          patterns: [{ group: ['**/gemini', '**/gemini/**'], message: 'src/core owns its ports (core/generation): it must not import the Gemini service that implements them.' }],
        },
      ],
    },
  },
  {
    files: ['src/gemini/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode],
          patterns: [{ group: ['**/core/config/**'], message: 'The Gemini service takes its own GeminiServiceConfig; hosts map settings to it (src/hosts/geminiConfig.ts).' }],
        },
      ],
    },
  },
  {
    files: ['src/vscode/**/*.ts', 'src/extension.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Integration tests run inside the extension host and drive its API.
    files: ['test/integration/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-console': 'off' },
  },
  {
    // Terminal programs and tests talk on stdout/stderr by design.
    files: ['src/cli/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
