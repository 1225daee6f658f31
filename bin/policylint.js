#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), as the loader is: the first ES module a process loads costs Node
// ~9 ms to set up its ES module loader, at every start (issue 16). policylint's code is one
// script, loaded with V8's code cache (src/cli/load.ts).
//
// Exit code 2 for anything that goes wrong inside policylint, wherever it is thrown: Node's own
// exit code for an uncaught error is 1, which a CI job reads as "findings" (a damaged or
// half-updated install, an error thrown outside the run's promise).
function internalError(e) {
  process.stderr.write(`policylint: internal error: ${e && e.stack ? e.stack : e}\nPlease report it with the input that caused it.\n`);
  process.exitCode = 2;
}
process.on('uncaughtException', (e) => {
  internalError(e);
  process.exit(2);
});
const argv = process.argv.slice(2);
require('../dist/load.cjs').loadForCli(argv).runCli(argv).catch(internalError);
