import { globMatch, hasWildcard } from './glob.js';

/** `arn:partition:service:region:account:resource`; the resource runs to the end and may hold
 * colons (iam-semantics §2.3). */
export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

export function parseArn(s: string): Arn | undefined {
  // By the colons' positions: every rule parses every ARN it meets, and splitting allocated more
  // than the ARN itself (issue 16).
  if (!s.startsWith('arn:')) return undefined;
  const c2 = s.indexOf(':', 4);
  const c3 = c2 < 0 ? -1 : s.indexOf(':', c2 + 1);
  const c4 = c3 < 0 ? -1 : s.indexOf(':', c3 + 1);
  const c5 = c4 < 0 ? -1 : s.indexOf(':', c4 + 1);
  if (c5 < 0) return undefined;
  return { partition: s.slice(4, c2), service: s.slice(c2 + 1, c3), region: s.slice(c3 + 1, c4), account: s.slice(c4 + 1, c5), resource: s.slice(c5 + 1) };
}

/** `ArnLike` / `ArnEquals`: each component matched on its own, case-sensitively (§2.3). */
export function arnLike(pattern: string, value: string): boolean {
  const p = parseArn(pattern);
  const v = parseArn(value);
  if (!p || !v) return pattern === '*';
  return (
    globMatch(p.partition, v.partition) &&
    globMatch(p.service, v.service) &&
    globMatch(p.region, v.region) &&
    globMatch(p.account, v.account) &&
    globMatch(p.resource, v.resource)
  );
}

/** A concrete value the pattern matches: `*` becomes `fill`, `?` becomes `x` (digits in an
 * account, so that a witness account is 12 digits). */
export function instantiate(pattern: string, fill = ''): string {
  return pattern.replace(/[*?]/g, (c) => (c === '?' ? 'x' : fill));
}

/** A 12-digit account the account component matches, other than the ones to avoid. */
// Stryker disable next-line ArrayDeclaration: a 12-digit candidate never equals a placeholder string
export function witnessAccount(component: string, avoid: string[] = []): string | undefined {
  if (!hasWildcard(component)) return undefined;
  for (const digit of ['0', '9', '1']) {
    const fixed = component.replace(/\?/g, digit);
    // Stryker disable next-line ArrayDeclaration: with no "*" the count only feeds the shortcut below
    const stars = (fixed.match(/\*/g) ?? []).length;
    const literal = fixed.replace(/\*/g, '');
    const missing = 12 - literal.length;
    // Stryker disable next-line ConditionalExpression: a shortcut; with no "*" to fill, a short candidate fails the 12-digit test anyway
    if (missing < 0 || (missing > 0 && stars === 0)) continue;
    let budget = missing;
    const candidate = fixed.replace(/\*/g, () => {
      const n = budget;
      budget = 0;
      return digit.repeat(n);
    });
    // Stryker disable next-line Regex: every candidate that gets here is 12 characters long, so the anchors change nothing
    if (/^\d{12}$/.test(candidate) && globMatch(component, candidate) && !avoid.includes(candidate)) return candidate;
  }
  return undefined;
}
