#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), as the loader is: the first ES module a process loads costs Node
// ~9 ms to set up its ES module loader, at every start (issue 16). policylint's code is one
// script, loaded with V8's code cache (src/cli/load.ts).
const argv = process.argv.slice(2);
require('../dist/load.cjs')
  .loadForCli(argv)
  .runCli(argv)
  .catch((e) => {
    process.stderr.write(`policylint: internal error: ${e && e.stack ? e.stack : e}\nPlease report it with the input that caused it.\n`);
    process.exitCode = 2;
  });
