import type { Statement } from '../model/policy.js';
import { getEntry, type Value } from '../model/value.js';
import type { Principals } from '../model/policy.js';
import { widestPattern } from './conditions.js';

/** "ecr:BatchGetImage" or "ecr:BatchGetImage and 2 more actions", for messages. */
export function describeActions(st: Statement): string {
  if (st.notActions) return 'every action except those in NotAction';
  const names = (st.actions ?? []).map((a) => (typeof a.value === 'string' ? a.value : a.value.text));
  if (!names.length) return 'the statement';
  if (names.includes('*')) return 'every action ("*")';
  return names.length === 1 ? names[0] : `${names[0]} and ${names.length - 1} more action${names.length > 2 ? 's' : ''}`;
}

/** " (its only condition, ArnLike aws:PrincipalArn, does not pin an account)", or "". */
export function conditionSummary(st: Statement): string {
  if (!st.conditions.length) return ' (the statement has no condition)';
  const keys = [...new Set(st.conditions.map((c) => `${c.operator} ${c.key}`))];
  return ` (passing ${keys.join(' and ')})`;
}

/** The expressions policylint could not resolve inside a value, for `--strict` notes. */
export function unknownTexts(v: Value, limit = 3): string[] {
  const out: string[] = [];
  const stack = [v];
  while (stack.length && out.length < limit) {
    const cur = stack.pop()!;
    if (cur.kind === 'unknown') out.push(cur.text);
    else if (cur.kind === 'list') stack.push(...cur.items);
    else if (cur.kind === 'object') stack.push(...cur.entries.map((e) => e.value));
  }
  return [...new Set(out)];
}

/** The Unknowns in the elements that decide who a statement lets in — Effect, Principal,
 * NotPrincipal, Condition — never those in Action or Resource, which cannot change it. */
export function whoUnknowns(st: Statement, elements = ['Effect', 'Principal', 'NotPrincipal', 'Condition']): string[] {
  if (st.node.kind !== 'object') return unknownTexts(st.node);
  const node = st.node;
  return [
    ...new Set(
      elements.flatMap((k) => {
        const v = getEntry(node, k)?.value;
        return v ? unknownTexts(v) : [];
      }),
    ),
  ];
}

/** One IAM identity as the AWS provider computes it: the caller's ARN or account id
 * (`data.aws_caller_identity.x.arn`, `.account_id`), a role's or a user's ARN (`aws_iam_role.x.arn`,
 * `data.aws_iam_user.x[0].arn`, a splat of them). Whatever its value, it is a concrete principal —
 * never "*", never a pattern (§1.1). */
export function identityArnReference(text: string): boolean {
  const e = text
    .replace(/^\$\{\s*/, '')
    .replace(/\s*\}$/, '')
    .replace(/^one\((.*)\)$/, '$1');
  return (
    (/^(?:data\.)?aws_(?:caller_identity|iam_role|iam_user)\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.arn$/.test(e) ||
      /^data\.aws_caller_identity\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.account_id$/.test(e)) &&
    !/[${}]/.test(e.replace(/\[[^\]]*\]/, ''))
  );
}

/** Whether an Unknown in a Principal could be something other than an ARN or account with known
 * literal text: a bare reference (`var.p`, maybe "*" or a list) or an Unknown principal object.
 * A template such as `arn:aws:iam::${aws_organizations_account.x.id}:root` is an account's root
 * whatever the id is — never "*", never a bare string (iam-semantics §1.1); an Unknown under
 * `Federated` or `Service` is a provider or service, never everyone. */
export function opaquePrincipal(p: Principals): boolean {
  if (!p.unknown) return false;
  if (!p.entries.length) return true;
  // A Federated or Service value is never "everyone" and has no grammar of its own to break.
  if (p.list) return false;
  return p.entries.some(({ type, elem }) => {
    if (typeof elem.value === 'string' || (type !== 'AWS' && type !== '*')) return false;
    if (identityArnReference(elem.value.text)) return false;
    const widest = widestPattern(elem);
    return widest === undefined || widest.replace(/\*+/g, '*') === '*';
  });
}
