import type { Elem, NormalizedPolicy, Statement } from '../model/policy.js';
import { globMatch } from './glob.js';
import { describeActions } from './describe.js';

/** "push to ECR repository app" or "run ecr:ListImages and 2 more actions on *": what an identity
 * policy's Allow statements let its holder do, in a few words for a message. */
export function describeGrants(policy: NormalizedPolicy, limit = 3): string[] {
  const phrases: string[] = [];
  for (const st of policy.statements) {
    // Unresolved resources (aws_ecr_repository.app.arn) still say what is granted; unresolved actions do not.
    if (st.effect !== 'Allow' || st.unknownParts.some((p) => !/\.(Not)?Resource/.test(p))) continue;
    const phrase = grant(st);
    if (phrase && !phrases.includes(phrase)) phrases.push(phrase);
  }
  // The registry token is what every ECR grant needs; it says nothing on its own next to them.
  const useful = phrases.filter((p) => !/^run ecr:GetAuthorizationToken on/.test(p) || phrases.length === 1);
  return useful.slice(0, limit);
}

const grants = (st: Statement, action: string) =>
  !st.notActions && (st.actions ?? []).some((a) => typeof a.value === 'string' && globMatch(a.value.toLowerCase(), action.toLowerCase()));

function grant(st: Statement): string | undefined {
  const where = resources(st.resources ?? []);
  if (grants(st, '*:*') && (st.actions ?? []).some((a) => a.value === '*')) return `run every action ("*") on ${where}`;
  if (grants(st, 'ecr:PutImage')) return `push to ${ecrRepositories(st.resources ?? [])}`;
  if (grants(st, 'ecr:BatchGetImage')) return `pull from ${ecrRepositories(st.resources ?? [])}`;
  return `run ${describeActions(st)} on ${where}`;
}

function resources(list: Elem[]): string {
  const shown = list.map((r) => r.shown);
  if (!shown.length) return 'its resources';
  return shown.length === 1 ? shown[0] : `${shown[0]} and ${shown.length - 1} more`;
}

function ecrRepositories(list: Elem[]): string {
  // No Resource (IAM rejects that in an identity policy) or only NotResource: no repository to name.
  if (!list.length) return 'its resources';
  const names = list.map((r) => {
    if (typeof r.value !== 'string') return /aws_ecr_repository\.([\w-]+)/.exec(r.value.ref ?? r.value.text)?.[1] ?? r.shown;
    // Stryker disable next-line StringLiteral: "*" and "" both read as any repository below, whichever this returns
    if (r.value === '*') return '*';
    return /:repository\/(.+)$/.exec(r.value)?.[1] ?? r.value;
  });
  if (names.includes('*') || names.some((n) => n === '*' || n.endsWith('/*') || n === '')) return 'any ECR repository';
  return `ECR repositor${names.length === 1 ? 'y' : 'ies'} ${names.join(', ')}`;
}

/** ", and can then push to ECR repository app (aws_iam_policy.ecr_push) and use AWS managed ReadOnlyAccess". */
export function roleCapabilities(role: string, attached: Array<{ policyAddress?: string; arn?: string }>, policies: NormalizedPolicy[]): string {
  const parts: string[] = [];
  const inline = policies.filter((p) => p.policy.address === role && p.policy.kind === 'identity');
  for (const p of inline) parts.push(...describeGrants(p).map((g) => `${g} (inline policy)`));
  for (const a of attached) {
    if (a.arn) parts.push(`use ${/^arn:[\w-]+:iam::aws:policy\//.test(a.arn) ? 'AWS managed ' : ''}${a.arn.split('/').pop()}`);
    else if (a.policyAddress) {
      const docs = policies.filter((p) => p.policy.address === a.policyAddress && p.policy.kind === 'identity');
      parts.push(...docs.flatMap((d) => describeGrants(d).map((g) => `${g} (${a.policyAddress})`)));
    }
  }
  if (!parts.length) return '';
  const shown = parts.slice(0, 4);
  const more = parts.length > 4 ? ` and ${parts.length - 4} more` : '';
  return `, and then can ${shown.length > 1 && !more ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown.join(', ') + more}`;
}
