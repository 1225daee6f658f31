// The command ships as two scripts (scripts/build.mjs, cli/load.ts): the whole of policylint, and
// a smaller one for the commonest start of all, a few small JSON policy files named on the command line
// (issue 16: one JSON policy within 1.4x bare node). The smaller one leaves out what such a run
// rarely needs: the Terraform parser and evaluator (a plan's configuration, a template), worker
// threads, IAM Access Analyzer, the language server. Where it would need one of them, it throws
// this before anything is printed, and the loader runs the same command again with the whole script.

/** What the loader recognises the signal by: the two scripts hold two copies of this class. */
export const NEEDS_FULL_SCRIPT = 'POLICYLINT_NEEDS_FULL_SCRIPT';

export class NeedsFullScript extends Error {
  readonly code = NEEDS_FULL_SCRIPT;
  constructor(what: string) {
    super(`policylint's JSON-only script has no ${what}; the loader runs the whole script instead`);
  }
}

export function needsFullScript(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === NEEDS_FULL_SCRIPT;
}
