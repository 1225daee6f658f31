import { resourceInfo } from '../model/aws-resources.js';

/** Whether a top-level block can matter to a policy: resolution (variables, locals, modules,
 * outputs, data sources) or a resource the catalogue lists (it carries a policy or feeds the IAM graph). */
export function isRelevantBlock(type: string, labels: string[]): boolean {
  if (type !== 'resource') return true;
  return resourceInfo(labels[0] ?? '') !== undefined;
}

/** Text that can hold or produce a policy document. The parser keeps the body of an uncatalogued
 * block only when this holds, and the extractor evaluates only such attributes: one test for both,
 * so a body the extractor would judge is never dropped (issue 20). */
export function mayHoldPolicy(text: string): boolean {
  return /Statement|policy|file\(/i.test(text);
}
