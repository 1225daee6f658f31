import { outline, type OutlineItem } from './hcl-scan.js';
import { isRelevantBlock, MODULE_META_ARGUMENTS, mayHoldPolicy, readAttributes } from './relevant-blocks.js';

/**
 * What tree-sitter is not given of a Terraform file (issue 16):
 * - `skipped`: the parts conversion would drop unread (parse/hcl-convert.ts, by the same tests from
 *   relevant-blocks.ts): the descriptions and validations of variables, what is inside provider,
 *   terraform and moved blocks, the bodies of resources the catalogue does not list that hold no
 *   policy. They are a third of a real tree's characters (the real-world evaluation folder: 38%)
 *   and, being mostly strings and heredocs, more of its parse time.
 * - `deferred`: attributes conversion keeps but that are parsed only when something reads them
 *   (parse/deferred-attribute.ts): a variable's `default` and `type`, an output's `value`, locals,
 *   the inputs of a module call. Most are never referenced by what a policy reads: in the
 *   real-world evaluation folder 96% of the characters of the defaults and types kept were never
 *   read (15% of all the text parsed), nor were half of the outputs', locals' and inputs'.
 *
 * Every deferred range is skipped too. Nothing for a file with suppression comments (whose scopes
 * are every block and attribute) or whose outline is not plain (parse/hcl-scan.ts).
 */
export interface SkipPlan {
  skipped: Array<[number, number]>;
  deferred: OutlineItem[];
}

const NONE: ReadonlySet<string> = new Set();
/** Blocks whose kept attributes are parsed on first read rather than with the file, but for the
 * ones every run reads (a module call's source and meta-arguments: parsed alone they would cost a
 * parse each for nothing). */
const DEFERRED_BLOCKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['variable', NONE],
  ['output', NONE],
  ['locals', NONE],
  ['module', MODULE_META_ARGUMENTS],
]);

export function skipPlan(text: string): SkipPlan {
  const plan: SkipPlan = { skipped: [], deferred: [] };
  if (text.includes('policylint:')) return plan;
  const blocks = outline(text);
  if (!blocks) return plan;
  for (const b of blocks) {
    if (!isRelevantBlock(b.type, b.labels)) {
      if (b.close > b.open + 1 && !mayHoldPolicy(text.slice(b.open + 1, b.close))) plan.skipped.push([b.open + 1, b.close]);
      continue;
    }
    const read = readAttributes(b.type, b.labels);
    const eager = DEFERRED_BLOCKS.get(b.type);
    if (!read && !eager) continue;
    for (const item of b.items) {
      const kept = !read || (!item.block && read.has(item.name)) || mayHoldPolicy(text.slice(item.start, item.end));
      if (!kept) plan.skipped.push([item.start, item.end]);
      else if (eager && !item.block && !eager.has(item.name)) {
        plan.skipped.push([item.start, item.end]);
        plan.deferred.push(item);
      }
    }
  }
  return plan;
}
