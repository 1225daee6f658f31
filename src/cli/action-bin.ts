// Entry of the GitHub Action's bundle (dist/action/index.js): see action.ts.
import { runAction } from './action.js';

process.exitCode = await runAction({
  env: process.env,
  cwd: process.cwd(),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
