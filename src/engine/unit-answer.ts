import type { RunContext } from './run-context.js';
import { lintUnit } from './lint-unit.js';

export type Unit = { kind: 'module'; dir: string; files: string[] } | { kind: 'json'; path: string };

/** What a thread sends after each unit: what that unit added to its RunContext. */
export interface UnitAnswer {
  /** The unit's place in the run's list. */
  index: number;
  findings: RunContext['findings'];
  suppressions: RunContext['suppressions'];
  info: string[];
  internalErrors: string[];
  reportable: string[];
  rendered: string[];
  deferredPolicyFiles: string[];
  /** Statements this unit found and judged. */
  coverage: RunContext['coverage'];
}

/**
 * Lints units one at a time into a context of its own and answers with what each one added, as
 * soon as it is done: nothing accumulates, and the run merges the answers in unit order, so the
 * output never depends on which thread linted what. A worker thread uses one, and so does the
 * main thread when it takes units beside the workers (engine/workers.ts).
 */
export class UnitRecorder {
  private readonly newReportable: () => string[];
  private readonly newRendered: () => string[];
  private counted = { statements: 0, judged: 0 };

  constructor(readonly ctx: RunContext) {
    this.newReportable = newValues(ctx.reportable);
    this.newReportable();
    this.newRendered = newValues(ctx.rendered);
  }

  async lint(index: number, unit: Unit & { deferred?: boolean }): Promise<UnitAnswer> {
    const ctx = this.ctx;
    await lintUnit(ctx, unit);
    const answer: UnitAnswer = {
      index,
      findings: ctx.findings.splice(0),
      suppressions: ctx.suppressions.splice(0),
      info: ctx.info.splice(0),
      internalErrors: ctx.internalErrors.splice(0),
      reportable: this.newReportable(),
      rendered: this.newRendered(),
      deferredPolicyFiles: ctx.deferredPolicyFiles.splice(0),
      coverage: { statements: ctx.coverage.statements - this.counted.statements, judged: ctx.coverage.judged - this.counted.judged },
    };
    this.counted = { ...ctx.coverage };
    return answer;
  }
}

/** Sets grow at their end and their iterators are live: what a unit added is the next values
 * (never read to the end, which would close the iterator for good). */
function newValues(set: Set<string>): () => string[] {
  const it = set.values();
  let seen = 0;
  return () => {
    const out: string[] = [];
    for (; seen < set.size; seen++) out.push(it.next().value as string);
    return out;
  };
}
