import { resourceInfo } from '../model/aws-resources.js';

/** Whether a top-level block can matter to a policy: resolution (variables, locals, modules,
 * outputs, data sources) or a resource the catalogue lists (it carries a policy or feeds the IAM graph). */
export function isRelevantBlock(type: string, labels: string[]): boolean {
  if (type !== 'resource') return true;
  return resourceInfo(labels[0] ?? '') !== undefined;
}

/** The arguments of a `module` block that are Terraform's, not inputs of the module: read from the
 * call itself by every run (parse/skipped-ranges.ts, resolve/module-graph.ts, extract/loose-documents.ts). */
export const MODULE_META_ARGUMENTS: ReadonlySet<string> = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** Data sources whose attributes resolution reads: policy documents are rendered, and the
 * account / partition / region ones stand for a symbol per instance (resolve/evaluate.ts). */
const READ_DATA_SOURCES = new Set(['aws_iam_policy_document', 'aws_caller_identity', 'aws_partition', 'aws_region']);
const NOTHING: ReadonlySet<string> = new Set();
const VARIABLE: ReadonlySet<string> = new Set(['default', 'type']);
const GATES: ReadonlySet<string> = new Set(['count', 'for_each']);

/**
 * The attributes of a top-level block that resolution and extraction read, when they are not
 * all (undefined): a variable's `default` and `type` (its description and validation are 46% of
 * a real tree's bytes), a data source's `count` / `for_each`, nothing of a provider, terraform,
 * moved, import, removed or check block. Whatever else in such a block may hold a policy
 * (`mayHoldPolicy`: a reference to a policy document marks it as used) is read too (issue 16).
 */
export function readAttributes(type: string, labels: string[]): ReadonlySet<string> | undefined {
  switch (type) {
    case 'variable':
      return VARIABLE;
    case 'data':
      return READ_DATA_SOURCES.has(labels[0] ?? '') ? undefined : GATES;
    case 'provider':
    case 'terraform':
    case 'moved':
    case 'import':
    case 'removed':
    case 'check':
      return NOTHING;
    default:
      return undefined;
  }
}

/** Text that can hold or produce a policy document. The parser keeps the body of an uncatalogued
 * block only when this holds, and the extractor evaluates only such attributes: one test for both,
 * so a body the extractor would judge is never dropped (issue 20). */
export function mayHoldPolicy(text: string): boolean {
  return /Statement|policy|file\(/i.test(text);
}
