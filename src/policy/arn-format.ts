/**
 * Can a `Resource` pattern name a resource of a given type? The type's ARN format comes from the
 * Service Authorization Reference (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`): each
 * `${Var}` stands for one or more characters (`${Region}` and `${Account}` for zero or more). The policy side is an IAM glob (`*`, `?`; policy
 * variables such as `${aws:username}` stand for any text). The answer is "some ARN matches both";
 * `*` and the variables may cross `:` and `/`, the widest reading (iam-semantics §2.3), so that a
 * "matches nothing" verdict holds under every reading.
 */
type Token = { kind: 'char'; c: string } | { kind: 'one' } | { kind: 'star' };

function policyTokens(pattern: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '$' && pattern[i + 1] === '{') {
      const end = pattern.indexOf('}', i);
      if (end > 0) {
        out.push({ kind: 'star' });
        i = end;
        continue;
      }
    }
    if (c === '*') out.push({ kind: 'star' });
    // Stryker disable next-line ObjectLiteral: `intersects` tells only 'star' and 'char' tokens apart; any other token reads one character, as 'one' does
    else if (c === '?') out.push({ kind: 'one' });
    else out.push({ kind: 'char', c: c.toLowerCase() });
  }
  return out;
}

function formatTokens(format: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < format.length; i++) {
    if (format[i] === '$' && format[i + 1] === '{') {
      const end = format.indexOf('}', i);
      if (end > 0) {
        // Region and account may be empty in a real ARN: AWS-owned resources
        // (`arn:aws:ssm:eu-west-1::document/AWS-RunShellScript`) and global services leave them out.
        const name = format.slice(i + 2, end);
        if (name === 'Region' || name === 'Account') out.push({ kind: 'star' });
        else out.push({ kind: 'one' }, { kind: 'star' });
        i = end;
        continue;
      }
    }
    // The reference writes some ids as `*` (`arn:${Partition}:dms:${Region}:${Account}:task:*`):
    // any text, like a variable, not a literal star.
    if (format[i] === '*') out.push({ kind: 'star' });
    else out.push({ kind: 'char', c: format[i].toLowerCase() });
  }
  return out;
}

/** Whether some string matches both token lists: a search over pairs of positions (at most
 * |a|·|b| states, so a hostile pattern cannot make it slow), kept in typed arrays. */
function intersects(a: Token[], b: Token[]): boolean {
  const width = b.length + 1;
  const seen = new Uint8Array((a.length + 1) * width);
  const stack: number[] = [0];
  const push = (i: number, j: number) => {
    const id = i * width + j;
    if (!seen[id]) {
      seen[id] = 1;
      stack.push(id);
    }
  };
  seen[0] = 1;
  while (stack.length) {
    const id = stack.pop()!;
    const i = Math.floor(id / width);
    const j = id - i * width;
    if (i === a.length && j === b.length) return true;
    const x = a[i];
    const y = b[j];
    if (x?.kind === 'star') push(i + 1, j);
    if (y?.kind === 'star') push(i, j + 1);
    if (!x || !y) continue;
    // Both sides read one character.
    if (x.kind === 'char' && y.kind === 'char' && x.c !== y.c) continue;
    const ni = x.kind === 'star' ? i : i + 1;
    const nj = y.kind === 'star' ? j : j + 1;
    if (ni !== i || nj !== j) push(ni, nj);
  }
  return false;
}

/** Whether `text`, with no wildcard of its own, is one of the strings `b` matches: the usual glob
 * match (back to the last star on a mismatch), at most |text|·|b| steps and no allocation. Most
 * `Resource` values are plain ARNs, checked against every format of every action (issue 16). */
function literalMatches(text: string, b: Token[]): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (i < text.length) {
    const y = b[j];
    if (y && (y.kind === 'one' || (y.kind === 'char' && y.c === text[i]))) {
      i++;
      j++;
    } else if (y?.kind === 'star') {
      star = j++;
      mark = i;
    } else if (star >= 0) {
      j = star + 1;
      i = ++mark;
    } else return false;
  }
  while (b[j]?.kind === 'star') j++;
  return j === b.length;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const formatTokenCache = new Map<string, Token[]>();

function cachedFormatTokens(format: string): Token[] {
  let t = formatTokenCache.get(format);
  if (!t) {
    t = formatTokens(format);
    // The formats come from the Service Authorization Reference: a few thousand at most.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound of a cache; a format's tokens kept or made again give the same answer
    if (formatTokenCache.size < 10_000) formatTokenCache.set(format, t);
  }
  return t;
}

/** A side of the comparison: a literal ARN takes the fast path, a pattern the general search. */
function compare(policy: string, format: string): boolean {
  const b = cachedFormatTokens(format);
  // ASCII only: lower-casing the whole text then equals lower-casing each character.
  if (!hasWildcard(policy) && !policy.includes('${') && PRINTABLE_ASCII.test(policy)) return literalMatches(policy.toLowerCase(), b);
  return intersects(policyTokens(policy), b);
}

export function arnMatchesFormat(pattern: string, format: string): boolean {
  const p = pattern.split(':');
  const f = format.split(':');
  if (p.length < 6 || f.length < 6) return true;
  // The service segment takes no wildcard (iam-semantics §2.3, P-RES), so it compares as text;
  // the rest compares as one string, since a trailing `*` in a segment may run past a colon.
  // Some formats leave the service open (backup's recovery point: `arn:${Partition}:${Vendor}:…`).
  if (f[2].includes('${')) return compare(p.slice(2).join(':'), f.slice(2).join(':'));
  if (p[2].toLowerCase() !== f[2].toLowerCase()) return hasWildcard(p[2]) || p[2].includes('${');
  return compare(p.slice(3).join(':'), f.slice(3).join(':'));
}

const hasWildcard = (s: string) => s.includes('*') || s.includes('?');

/** The service part of a format, e.g. `s3` in `arn:${Partition}:s3:::${BucketName}`. */
export function formatService(format: string): string {
  return format.split(':')[2] ?? '';
}
