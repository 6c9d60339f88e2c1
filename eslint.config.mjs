import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NO_ONLY = {
  selector: 'CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only)$/]',
  message: 'No .only in committed tests.',
};

/**
 * The log is read and written only through the EventStore port (issue 17): SQL on the `events` table
 * outside libs/event-store reads an empty log when the log is in EventStoreDB, silently. A test that
 * tampers with rows on purpose says so on the line before with an eslint-disable-next-line comment.
 */
const EVENT_TABLE_SQL = String.raw`/\b(from|join|into|update)\s+events\b/i`;
const EVENT_TABLE_MESSAGE =
  'SQL on the events table outside libs/event-store: read the log through the EventStore port ' +
  '(readStream, readRange, headPosition, positionOfEvent) so it works whichever store holds it.';
const NO_EVENT_TABLE_SQL = [
  { selector: `Literal[value=${EVENT_TABLE_SQL}]`, message: EVENT_TABLE_MESSAGE },
  { selector: `TemplateElement[value.raw=${EVENT_TABLE_SQL}]`, message: EVENT_TABLE_MESSAGE },
];

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
      'no-restricted-syntax': ['error', NO_ONLY, ...NO_EVENT_TABLE_SQL],
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
  {
    // The one place that may read and write the event tables: the PostgreSQL/embedded adapter.
    files: ['libs/event-store/src/**'],
    rules: { 'no-restricted-syntax': ['error', NO_ONLY] },
  },
);
