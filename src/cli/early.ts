import { liftoffOnly, loadParser } from '../parse/parser.js';
import { parseCli } from './args.js';

/** What a run starts before anything else (src/cli/bin.ts), so that it overlaps with the rest. */
export function startEarly(argv: string[]): void {
  const lsp = argv.includes('--lsp');
  // A pre-commit run names a few files, an editor sends one on standard input: Liftoff-only wasm
  // (parse/parser.ts), whatever the files' types. Folders wait until discovery has counted the
  // files. The flag changes the key of V8's code cache; the loader (cli/load.ts) sets it back
  // before it writes the cache, so that every kind of run can use it.
  const quick = quickRun(argv);
  const few =
    !lsp && quick && (quick.stdin || (quick.paths.length > 0 && quick.paths.length <= 8 && quick.paths.every((p) => /\.(tf|tofu|json|tpl|tftpl)$/.test(p))));
  if (few) liftoffOnly();
  // Compiling the grammar's wasm takes longer than the rest of a one-file run's set-up: started first.
  if (few && !quick.stdin && quick.paths.every((p) => /\.(tf|tofu)$/.test(p))) loadParser(true).catch(() => {});
}

function quickRun(args: string[]): { paths: string[]; stdin: boolean } | undefined {
  try {
    const parsed = parseCli(args);
    return parsed.help || parsed.version || parsed.printConfig ? undefined : { paths: parsed.paths, stdin: !!parsed.stdin };
  } catch {
    return undefined;
  }
}
