import type { writeSync as WriteSync } from 'node:fs';

/**
 * A writer for standard output or standard error that writes to the file descriptor, not through
 * `process.stdout`: creating that stream loads Node's stream, net and tty modules, ~4 ms of a run
 * that lints one JSON policy (issue 16). Node writes these streams synchronously for files, pipes
 * and terminals on Linux and macOS anyway; the order of what is written is the same. (Not on
 * Windows, where only the stream turns text into what the console shows: cli/bin.ts.)
 * - EAGAIN (a descriptor another process left non-blocking, and a full pipe): the rest of the
 *   output goes through the stream, which waits for the reader;
 * - EPIPE (`policylint | head` and the reader went away): the rest is dropped and the run ends
 *   with its own exit code, as it did when the stream reported the error after the run.
 */
export function directOutput(fd: 1 | 2, stream: () => NodeJS.WriteStream, writeSync: typeof WriteSync): (text: string) => void {
  let streamed: NodeJS.WriteStream | undefined;
  let closed = false;
  return (text) => {
    if (closed) return;
    if (streamed) {
      streamed.write(text);
      return;
    }
    let rest = Buffer.from(text, 'utf8');
    while (rest.length) {
      try {
        rest = rest.subarray(writeSync(fd, rest));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed = true;
          return;
        }
        if (code !== 'EAGAIN') throw e;
        streamed = endOnStreamError(stream(), fd === 1 ? 'stdout' : 'stderr');
        streamed.write(rest);
        return;
      }
    }
  };
}

/** What the run says when standard output cannot be written (a full disk or a closed descriptor
 * behind `>`): the user's environment, not an internal error to report. */
export function cannotWriteStdout(code: string): string {
  return `cannot write to standard output (${code})`;
}

/** The reader (`policylint | head`, an editor) went away while a stream wrote to it: not an error
 * worth a stack trace. Any other failure of the stream ends the run with exit code 2 and one line
 * on standard error, as a failed direct write does (cli/main.ts); standard error itself failing
 * leaves nowhere to say it. */
export function endOnStreamError(stream: NodeJS.WriteStream, name: 'stdout' | 'stderr'): NodeJS.WriteStream {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') return process.exit(process.exitCode ?? 0);
    if (name === 'stdout') {
      try {
        process.stderr.write(`policylint: ${cannotWriteStdout(e.code ?? e.message)}\n`);
      } catch {
        // nowhere left to say it
      }
    }
    process.exit(2);
  });
  return stream;
}
