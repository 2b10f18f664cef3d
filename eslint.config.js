// Type-aware lint: the rules that catch what tsc does not (a promise nobody awaits, `any` leaking in,
// a switch that forgets a kind). Formatting is Prettier's job, not ESLint's.
//
// Why ESLint + Prettier and not Biome: Biome formats and lints fast, but its linter does not read
// TypeScript's types, so it cannot see a floating promise, an `any` leaking out of JSON.parse into a
// typed value, or a switch over a union that misses a member. typescript-eslint's type-aware rules see
// all three, and they are the ones this code base needs; Prettier is the kept formatter beside it.
//
// `npm run lint` checks, `npm run lint -- --fix` fixes what can be fixed; `npm test` runs it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-bench/', 'coverage/', 'assets/', 'src/game/phaser-entry.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // An `async` function that does not await is how a promise-returning service is written when
      // its value is at hand (a loader whose data is bundled); a throw in it still becomes a rejection.
      // The promise rules that matter (no-floating-promises, no-misused-promises) stay on.
      '@typescript-eslint/require-await': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
