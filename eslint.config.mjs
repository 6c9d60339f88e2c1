import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Nest reads constructor and handler parameter types at run time (emitDecoratorMetadata): a DTO
    // used only as a parameter type is still a value import, which the type-import rule must know.
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only)$/]',
          message: 'No .only in committed tests.',
        },
      ],
    },
  },
  {
    // The layers (libs/application/README.md): only a use case in libs/application runs a decider or the
    // CommandHandler; the HTTP app, the import, the demo loader and the reminders call use cases.
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'libs/**/*.ts'],
    ignores: ['libs/application/**', 'libs/domain/**', '**/test/**', '**/*.spec.ts', 'bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@sparbar/domain', '@sparbar/domain/*'],
              importNamePattern: 'Decider$|^decide[A-Z]',
              message: 'Deciders run in a use case in libs/application; call the use case.',
            },
            {
              group: ['@sparbar/application', '@sparbar/application/*'],
              importNames: ['CommandHandler'],
              message:
                'Writes go through a use case in libs/application (Application.execute), not the CommandHandler.',
            },
          ],
        },
      ],
    },
  },
);
