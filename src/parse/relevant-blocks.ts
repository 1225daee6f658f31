import { resourceInfo } from '../model/aws-resources.js';

/** Whether a top-level block can matter to a policy: resolution (variables, locals, modules,
 * outputs, data sources) or a resource the catalogue lists (it carries a policy or feeds the IAM graph). */
export function isRelevantBlock(type: string, labels: string[]): boolean {
  if (type !== 'resource') return true;
  return resourceInfo(labels[0] ?? '') !== undefined;
}
