// The pipeline's layering (docs/ARCHITECTURE.md), checked by `npm run lint`: each stage imports
// only from the stages below it and from model/, and no module takes part in an import cycle.
const LAYERS = [
  ['model', '^src/(model|types)/'],
  ['discover', '^src/discover/'],
  ['parse', '^src/parse/'],
  ['policy', '^src/policy/'],
  ['resolve', '^src/resolve/'],
  ['extract', '^src/extract/'],
  ['suppress, format, access-analyzer', '^src/(suppress|format|access-analyzer)/'],
  ['rules', '^rules/'],
  ['engine', '^src/engine/'],
  // The language server is an entry point like the command line: `--lsp` (src/cli/bin.ts) starts
  // it, and it reads the configuration as the command line does (src/cli/config/).
  ['cli, lsp', '^src/(cli|lsp)/'],
];

const upward = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `${name}-imports-only-below`,
  comment: `${name} is stage ${i} of the pipeline: it may import only from stages below it (docs/ARCHITECTURE.md)`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => p) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle makes the order of the pipeline unclear and the modules impossible to test alone',
      severity: 'error',
      // One exception, written down in docs/ARCHITECTURE.md: Terraform evaluation is recursive by
      // nature (an expression calls a function whose template holds expressions; a document block
      // and a module output are evaluated on reference), so resolve/'s evaluator files call each
      // other. The layer rules below still keep resolve/ from importing anything above it.
      from: { pathNot: '^src/resolve/' },
      to: { circular: true },
    },
    ...upward,
    {
      name: 'lsp-uses-only-cli-config',
      comment: 'The language server shares the configuration, the argument defaults and the version with the command line, nothing else of it',
      severity: 'error',
      from: { path: '^src/lsp/' },
      to: { path: '^src/cli/', pathNot: '^src/cli/(config/|args\\.ts$|version\\.ts$)' },
    },
    {
      name: 'cli-starts-lsp-only-from-bin',
      comment: 'Only the entry point loads the language server, lazily, so a normal run never loads its code',
      severity: 'error',
      from: { path: '^src/cli/', pathNot: '^src/cli/bin\\.ts$' },
      to: { path: '^src/lsp/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    parser: 'swc',
  },
};
