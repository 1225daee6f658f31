import { liftoffOnly, loadParser } from '../parse/hcl.js';
import { main } from './main.js';
import { parseCli } from './args.js';
import { MAX_JSON_BYTES } from '../discover/files.js';

/** Standard input, up to one byte over the largest file policylint reads (the engine refuses it
 * then, as it refuses a file that size): an endless pipe is not read to the end. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    size += (c as Buffer).length;
    if (size > MAX_JSON_BYTES) break;
  }
  return Buffer.concat(chunks)
    .subarray(0, MAX_JSON_BYTES + 1)
    .toString('utf8');
}

// `policylint | head`: the reader went away; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

const argv = process.argv.slice(2);
// `policylint --lsp` (clients may add `--stdio`): the language server, whose code loads only here.
const lsp = argv.includes('--lsp');
if (lsp) (await import('../lsp/server.js')).serve();
// A pre-commit run names a few files, an editor sends one on standard input: Liftoff-only wasm
// (parse/hcl.ts), whatever the files' types, set here before the rest of policylint loads. The
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

if (!lsp)
  process.exitCode = await main(argv, {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin,
    isTTY: !!process.stdout.isTTY,
    env: process.env,
  });
