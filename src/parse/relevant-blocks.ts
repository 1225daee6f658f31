import { POLICY_RESOURCES } from '../extract/resources.js';

/** Resources the IAM graph reads besides the ones that carry a policy (group-mfa §6, oidc-trust §8). */
const GRAPH_RESOURCES = new Set([
  'aws_iam_group',
  'aws_iam_user',
  'aws_iam_group_policy_attachment',
  'aws_iam_policy_attachment',
  'aws_iam_user_group_membership',
  'aws_iam_group_membership',
  'aws_iam_access_key',
  'aws_iam_user_login_profile',
  'aws_iam_role',
  'aws_iam_role_policy_attachment',
  'aws_iam_openid_connect_provider',
]);

/** Whether a top-level block can matter to a policy: resolution (variables, locals, modules,
 * outputs, data sources) or a resource that carries a policy or feeds the IAM graph. */
export function isRelevantBlock(type: string, labels: string[]): boolean {
  if (type !== 'resource') return true;
  const rt = labels[0] ?? '';
  return rt in POLICY_RESOURCES || GRAPH_RESOURCES.has(rt);
}
