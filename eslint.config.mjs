// typescript-eslint's recommended type-checked rules over policylint's own code (issue 15).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.bench/',
      '.eval/',
      'scratch/',
      'fixtures/',
      'examples/',
      'editors/**/out/',
      'src/cli/config/validate.generated.js',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `const { a: _a, ...rest } = x` leaves out a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Two shapes that make V8 keep a unit's data past the unit (docs/ARCHITECTURE.md, "Memory: what
    // V8 keeps"): measured on the bench corpus, each kept every unit's trees and values alive
    // through young-generation collections until the next full one.
    files: ['src/**/*.ts', 'rules/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.type='MemberExpression'] > :matches(ArrowFunctionExpression, FunctionExpression).right",
          message:
            'V8 allocates a function literal assigned straight to a property in the old generation, where its closure outlives the unit: assign it to a const first, then the const to the property.',
        },
        {
          selector: "ObjectExpression > Property[kind='get'], ObjectExpression > Property[kind='set']",
          message:
            "V8 keeps an object literal's getters and setters in pairs it allocates in the old generation, where their closures outlive the unit: use a class, whose accessors are on its prototype.",
        },
      ],
    },
  },
  { files: ['**/*.mjs', '**/*.cjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  // CommonJS on purpose: the command's entry (bin/package.json) and the benchmarks' preload, where
  // an ES module would cost Node ~9 ms of set-up at every start (issue 16).
  { files: ['**/*.cjs', 'bin/**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    // Tests read the CLI's JSON and SARIF output with JSON.parse, which is `any` by design: the
    // assertions are the type check there.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
);
