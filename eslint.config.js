import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import regexp from 'eslint-plugin-regexp'

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'coverage/**',
      '**/*.d.ts',
      '.duidelijk-cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.node}},
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true},
      ],
      // Escaping "-" and "/" inside character classes keeps the Dutch patterns readable.
      'no-useless-escape': 'off',
    },
  },
  {
    // Every regex in the shipped code must run in linear time on any input (issue #19): no
    // exchangeable quantifiers (polynomial backtracking) and no quadratic moves over the text.
    files: ['packages/*/src/**/*.ts'],
    plugins: {regexp},
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // Issue #13: no function in the shipped code longer than 120 lines (blank lines and comments
      // not counted); split it into named helpers instead.
      'max-lines-per-function': ['error', {max: 120, skipBlankLines: true, skipComments: true}],
    },
  },
)
