import { unknown, type Origin, type Value } from '../model/value.js';

/**
 * Bounds on what evaluating one root module (with what it calls) may cost, so a hostile
 * repository cannot make the run hang or run out of memory (issue 12). Hitting a bound makes the
 * value Unknown (the third answer) and leaves a note, reported as an `unresolved` finding.
 */
export const LIMITS = {
  /** Expression evaluations per root module. Each can leave a value alive, so this bounds memory
   * too: at 1,000,000 a nested `for` over 5,000 × 5,000 peaked at 440 MB, at 300,000 under 200 MB;
   * the real-world evaluation gives the same results with either (issue 12: under 300 MB). */
  steps: 300_000,
  /** Characters in one computed string (`replace`, `join`, `format`, templates). */
  stringLength: 1_048_576,
  /** Values (strings, numbers, list items, object entries) in one local or variable default: a
   * policy holds a few thousand at most (10,240 characters), a lookup table of accounts a few tens of thousands. */
  valueNodes: 100_000,
  /** Module instances reached from one root. */
  instances: 256,
  /** Nested templatefile() / file-function depth. */
  templateDepth: 8,
};

export interface EvalBudget {
  steps: number;
  instances: number;
  notes: Array<{ origin: Origin; message: string }>;
  /** Set once the step bound is hit, so the rest of the unit stops evaluating quickly. */
  exhausted: boolean;
}

export function newBudget(): EvalBudget {
  return { steps: 0, instances: 0, notes: [], exhausted: false };
}

export function note(budget: EvalBudget, origin: Origin | undefined, message: string) {
  if (!origin) return;
  if (budget.notes.length >= 1000) return;
  if (budget.notes.some((n) => n.origin.file === origin.file && n.origin.range.start === origin.range.start && n.message === message)) return;
  budget.notes.push({ origin, message });
}

/** A string too long to build: Unknown, and said where it is built. */
export function tooLong(budget: EvalBudget, origin: Origin, shown: string): Value {
  note(
    budget,
    origin,
    `a string over ${LIMITS.stringLength.toLocaleString('en-US')} characters is built here, more than policylint evaluates; it is unresolved`,
  );
  return unknown(shown, origin);
}
