import type { RunContext } from './run-context.js';
import { lintJsonUnit } from './json-unit.js';
import { needsFullScript } from '../model/needs-full-script.js';

/** The Terraform path (unit.ts: parsing, module wiring, extraction), loaded by the first module
 * unit: a run of JSON policies alone never compiles it (issue 16). */
let terraform: Promise<typeof import('./module-path.js')> | undefined;
const modulePath = () =>
  (terraform ??= import('./module-path.js').catch((e: unknown) => {
    // Not remembered: the next unit tries again, as a static import would have failed each time.
    terraform = undefined;
    throw e;
  }));

/** One unit, isolated: whatever goes wrong inside it (a bug of policylint's on hostile input)
 * becomes a finding at its first file, and every other unit is still linted and reported. */
export async function lintUnit(ctx: RunContext, unit: { kind: 'module'; dir: string; files: string[] } | { kind: 'json'; path: string; deferred?: boolean }) {
  try {
    if (unit.kind === 'module') await (await modulePath()).lintModuleUnit(ctx, unit.dir, new Set(unit.files));
    else await lintJsonUnit(ctx, unit.path, unit.deferred);
  } catch (e) {
    // Not this unit's failure: the JSON-only script met something only the whole script has.
    if (needsFullScript(e)) throw e;
    const file = unit.kind === 'module' ? [...unit.files].sort()[0] : unit.path;
    const why = e instanceof RangeError ? 'it is nested or repeated beyond what policylint evaluates' : (e as Error).message;
    ctx.parseError(
      file,
      `policylint could not finish analysing ${unit.kind === 'module' ? 'this folder' : 'this file'} (${why}); its findings may be incomplete`,
    );
    if (process.env.POLICYLINT_DEBUG) ctx.internalErrors.push((e as Error).stack ?? String(e));
  } finally {
    ctx.endUnit();
  }
}
