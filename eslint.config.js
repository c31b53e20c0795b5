import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'coverage/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: {'react-hooks': reactHooks},
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_'},
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['source/board/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'ink', 'got', 'conf', 'node:*', 'ink-*'],
              message: 'source/board is pure: no React, Ink, got, conf or node I/O.',
            },
            {
              group: ['../heroku/*'],
              allowTypeImports: true,
              message: 'source/board may only import wire types from source/heroku.',
            },
            {
              group: ['../ui/*', '../credentials/*', '../diff/*', '../simulator/*'],
              message: 'source/board depends on nothing but itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['source/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../heroku/*', '../diff/*', '../credentials/*', '../simulator/*'],
              allowTypeImports: true,
              message: 'Components get data through hooks and the dependencies context.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
