#!/usr/bin/env node
// policylint's code is one script, loaded with V8's code cache (src/cli/load.ts).
import { loadForCli } from '../dist/load.js';

const argv = process.argv.slice(2);
await loadForCli(argv).runCli(argv);
