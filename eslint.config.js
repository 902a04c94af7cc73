import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'release/', 'site/'] },
  ...tseslint.configs.recommended,
  // `const { quickExit: _, ...rest } = strings`: leaving one key out by name.
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_$', argsIgnorePattern: '^_$' }] } },
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    files: ['src/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...litA11y.configs.recommended.rules,
      // Elements are registered in src/index.ts, guarded against a second copy of the script.
      'wc/tag-name-matches-class': 'off',
    },
  },
  {
    // No widget reaches into another's folder: what several share lives below them (src/hotlines, src/shared).
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(?!\\.\\./)', message: "Another widget's folder: move what is shared to src/hotlines or src/shared." }] }],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.mjs', 'scripts/**/*.mjs'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
