// In the JSON-only script, for lsp/server.ts: the loader never picks this script for `--lsp`
// (cli/load.ts), but bin.ts names the server.
import { leftOut } from './stand-ins.js';

export const serve: () => void = leftOut('language server');
