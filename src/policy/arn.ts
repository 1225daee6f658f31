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
  const parts = s.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return { partition: parts[1], service: parts[2], region: parts[3], account: parts[4], resource: parts.slice(5).join(':') };
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
