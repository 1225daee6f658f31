import { loadParser } from '../parse/hcl.js';
import { main } from './main.js';
import { parseCli } from './args.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
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
// A pre-commit run names a few .tf files: compiling the grammar's wasm takes as long as loading
// the rest of policylint, so start it first. Folders wait until discovery has counted the files.
const paths = quickPaths(argv);
if (!lsp && paths && paths.length > 0 && paths.length <= 8 && paths.every((p) => /\.(tf|tofu)$/.test(p))) loadParser(true).catch(() => {});

function quickPaths(args: string[]): string[] | undefined {
  try {
    const parsed = parseCli(args);
    return parsed.help || parsed.version || parsed.printConfig || parsed.stdin ? undefined : parsed.paths;
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
