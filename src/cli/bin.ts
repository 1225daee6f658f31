import { main } from './main.js';
import { startEarly } from './early.js';
import { MAX_JSON_BYTES } from '../discover/files.js';
import { writeSync } from 'node:fs';
import { directOutput, endOnStreamError } from './direct-output.js';

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

/** The `policylint` command (bin/policylint.js, through the loader in cli/load.ts). */
export async function runCli(argv: string[]): Promise<void> {
  startEarly(argv);
  // `policylint --lsp` (clients may add `--stdio`): the language server, whose code runs only here.
  if (argv.includes('--lsp')) {
    endOnStreamError(process.stdout, 'stdout');
    endOnStreamError(process.stderr, 'stderr');
    (await import('../lsp/server.js')).serve();
    return;
  }
  // A Windows console shows text written to its descriptor in its code page, not as UTF-8: there
  // the stream, which converts it (Node's fs.write documentation).
  const windows = process.platform === 'win32';
  if (windows) {
    endOnStreamError(process.stdout, 'stdout');
    endOnStreamError(process.stderr, 'stderr');
  }
  process.exitCode = await main(argv, {
    cwd: process.cwd(),
    stdout: windows ? (s) => process.stdout.write(s) : directOutput(1, () => process.stdout, writeSync),
    stderr: windows ? (s) => process.stderr.write(s) : directOutput(2, () => process.stderr, writeSync),
    readStdin,
    // Asked only when no --format is given (friendly or compact), so that a run with one never
    // creates the stream (direct-output.ts). One object per run: the rule is for per-unit values.
    // eslint-disable-next-line no-restricted-syntax
    get isTTY() {
      return !!process.stdout.isTTY;
    },
    env: process.env,
  });
}
