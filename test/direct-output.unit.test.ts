import { describe, expect, it, vi } from 'vitest';
import type { writeSync as WriteSync } from 'node:fs';
import { directOutput, endOnStreamError } from '../src/cli/direct-output.js';

// src/cli/direct-output.ts: standard output written to the descriptor, not through process.stdout
// (issue 16); what the reader receives must be what was written, in order, whatever the descriptor does.
const failure = (code: string) => Object.assign(new Error(code), { code });

/** A descriptor that takes at most `max` bytes a call, and fails with `fail(call)` when it returns one. */
function descriptor(max: number, fail: (call: number) => string | undefined = () => undefined) {
  const got: Buffer[] = [];
  let calls = 0;
  const writeSync = ((_fd: number, buf: Buffer) => {
    const code = fail(++calls);
    if (code) throw failure(code);
    const n = Math.min(max, buf.length);
    got.push(Buffer.from(buf.subarray(0, n)));
    return n;
  }) as unknown as typeof WriteSync;
  return { writeSync, text: () => Buffer.concat(got).toString('utf8') };
}

/** A stand-in for process.stdout: what was written to it, and its error listeners. */
function stream() {
  const written: string[] = [];
  const on = vi.fn();
  const s = { write: (x: string | Buffer) => written.push(x.toString()), on };
  return { s: s as unknown as NodeJS.WriteStream, written, on };
}

describe('direct output', () => {
  it('writes everything, in order, when the descriptor takes a few bytes at a time', () => {
    const fd = descriptor(3);
    const out = directOutput(1, () => stream().s, fd.writeSync);
    out('{"findings": [');
    out('é and more ✓');
    out(']}\n');
    expect(fd.text()).toBe('{"findings": [é and more ✓]}\n');
  });

  it('on EAGAIN (a non-blocking descriptor, a full pipe) the rest goes through the stream, in order, and so does what follows', () => {
    const fd = descriptor(4, (call) => (call === 3 ? 'EAGAIN' : undefined));
    const st = stream();
    const make = vi.fn(() => st.s);
    const out = directOutput(1, make, fd.writeSync);
    out('abcdefghijkl');
    out('mno');
    expect(fd.text()).toBe('abcdefgh');
    expect(st.written.join('')).toBe('ijklmno');
    expect(make).toHaveBeenCalledTimes(1);
    // The stream's EPIPE is handled as the descriptor's is.
    expect(st.on.mock.calls.map((c) => c[0] as unknown)).toEqual(['error']);
  });

  it('EPIPE (the reader went away): the rest is dropped quietly, and the run goes on to its own exit code', () => {
    const exit = vi.spyOn(process, 'exit');
    try {
      const fd = descriptor(10, (call) => (call === 2 ? 'EPIPE' : undefined));
      const out = directOutput(1, () => stream().s, fd.writeSync);
      out('first');
      out('second');
      out('third');
      expect(fd.text()).toBe('first');
      expect(exit).not.toHaveBeenCalled();
    } finally {
      exit.mockRestore();
    }
  });

  it('any other error is not swallowed', () => {
    const out = directOutput(2, () => stream().s, descriptor(10, () => 'EIO').writeSync);
    expect(() => out('x')).toThrow('EIO');
  });

  it('a stream that fails: EPIPE ends the run with its own exit code, any other error with exit 2 and one line', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      for (const [name, code, said] of [
        ['stdout', 'EPIPE', undefined],
        ['stdout', 'ENOSPC', 'policylint: cannot write to standard output (ENOSPC)\n'],
        ['stderr', 'EIO', undefined],
      ] as const) {
        exit.mockClear();
        err.mockClear();
        const st = stream();
        endOnStreamError(st.s, name);
        const onError = st.on.mock.calls.find((c) => c[0] === 'error')![1] as (e: Error) => void;
        process.exitCode = 1;
        onError(failure(code));
        expect(exit).toHaveBeenCalledWith(code === 'EPIPE' ? 1 : 2);
        expect(err.mock.calls.map((c) => c[0])).toEqual(said ? [said] : []);
      }
    } finally {
      process.exitCode = undefined;
      exit.mockRestore();
      err.mockRestore();
    }
  });
});
