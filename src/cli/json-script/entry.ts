// The entry of dist/policylint-json-<hash>.cjs (model/needs-full-script.ts): the command alone;
// worker threads load the whole script.
export { runCli } from '../bin.js';
