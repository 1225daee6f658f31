import { liftoffOnly, loadParser } from '../parse/parser.js';
import { parseCli } from './args.js';

// Run by bin/policylint.js before the rest of policylint loads (dist/cli.js: ~400 KB, loaded
// whole, since every lint run uses it), so that what this starts overlaps with that loading.

const argv = process.argv.slice(2);
const lsp = argv.includes('--lsp');
// A pre-commit run names a few files, an editor sends one on standard input: Liftoff-only wasm
// (parse/parser.ts), whatever the files' types, set here before the rest of policylint loads. The
// flag is part of the key of Node's compile cache: set only where a .tf file was named, it made
// every module loaded after it compile again each time a .tf run followed a JSON one or the
// other way round (17 modules, Node 22). Folders wait until discovery has counted the files.
const quick = quickRun(argv);
const few =
  !lsp && quick && (quick.stdin || (quick.paths.length > 0 && quick.paths.length <= 8 && quick.paths.every((p) => /\.(tf|tofu|json|tpl|tftpl)$/.test(p))));
if (few) liftoffOnly();
// Compiling the grammar's wasm takes as long as loading the rest of policylint: started first.
if (few && !quick.stdin && quick.paths.every((p) => /\.(tf|tofu)$/.test(p))) loadParser(true).catch(() => {});

function quickRun(args: string[]): { paths: string[]; stdin: boolean } | undefined {
  try {
    const parsed = parseCli(args);
    return parsed.help || parsed.version || parsed.printConfig ? undefined : { paths: parsed.paths, stdin: !!parsed.stdin };
  } catch {
    return undefined;
  }
}
