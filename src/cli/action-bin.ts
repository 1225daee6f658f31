// Entry of the GitHub Action's bundle (dist/action/index.js): see action.ts.
import { runAction } from './action.js';

try {
  process.exitCode = await runAction({
    env: process.env,
    cwd: process.cwd(),
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
} catch (e) {
  // Exit 1 means findings: a failure of the action itself is 2, like policylint's own errors.
  process.stdout.write(`::error title=policylint::internal error in the action: ${String((e as Error).message).replace(/[\r\n%]/g, ' ')}\n`);
  process.exitCode = 2;
}
