#!/usr/bin/env node
// Node ≥ 22.1 keeps V8's compiled code for policylint's modules between runs (issue 16: start-up is
// what a pre-commit hook pays on every commit). The cache lives in the user's cache folder, like
// the Access Analyzer cache: never in the repository being linted, which is untrusted input, and
// shared by every project a global install lints. Node 20 has no compile cache: nothing happens.
import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';

// V8 lets the heap grow to several times what is live before collecting it: 20 MB of Terraform
// peaked at 222 MB with ~150 MB live. Growing by a quarter at most keeps the peak near what is
// live (170 MB there) for a few percent more CPU (issue 16: peak RSS <= 300 MB at 100 MB). Read
// at every collection, so setting it here, before anything is loaded, is enough; workers share it.
v8.setFlagsFromString('--heap-growing-percent=25');
// A run of policylint is seconds long: much of what V8's optimizing compiler compiled on the other
// core was never run enough to pay for itself. A larger budget before a function tiers up cuts
// that; bench corpus, one thread, 4 alternating pairs: 0.99x wall, 0.89x CPU. Workers raise it
// further (src/engine/workers.ts), since there the compiler takes a core a worker needs.
// V8 12 (Node 22) replaced the budget with invocation counts and prints "unrecognized flag" to
// stderr for the old name, so it is set only where it exists (Node 20's V8 11).
if (Number(process.versions.v8.split('.')[0]) < 12) v8.setFlagsFromString('--interrupt-budget=300000');

if (typeof module.enableCompileCache === 'function' && !process.env.NODE_COMPILE_CACHE) {
  const xdg = process.env.XDG_CACHE_HOME;
  try {
    module.enableCompileCache(join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.cache'), 'policylint', 'v8-compile-cache'));
  } catch {
    // A read-only home: run without the cache.
  }
}
// A few-file run starts tree-sitter's wasm compile here, before the rest loads (src/cli/early.ts).
await import('../dist/early.js');
await import('../dist/cli.js');
