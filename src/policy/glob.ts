/**
 * IAM wildcard matching: `*` any run of characters, `?` exactly one (iam-semantics §2.3, §2.4).
 * Splits the pattern at `*` and places each piece at its leftmost fit, which is correct for globs
 * and never backtracks, so a hostile pattern cannot make matching exponential.
 */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  if (ignoreCase) {
    pattern = pattern.toLowerCase();
    value = value.toLowerCase();
  }
  const pieces = pattern.split('*');
  if (pieces.length === 1) return pieces[0].length === value.length && fitsAt(pieces[0], value, 0);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first.length + last.length > value.length) return false;
  if (!fitsAt(first, value, 0) || !fitsAt(last, value, value.length - last.length)) return false;
  let pos = first.length;
  const end = value.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i];
    // Stryker disable next-line ConditionalExpression: an empty piece (from "**") is found where the search starts; skipping it only saves the call
    if (!piece) continue;
    const at = findFrom(piece, value, pos, end);
    if (at < 0) return false;
    pos = at + piece.length;
  }
  return true;
}

function fitsAt(piece: string, value: string, at: number): boolean {
  // Stryker disable next-line all: a guard only; globMatch asks only for places inside the value (it compares the lengths first)
  if (at < 0 || at + piece.length > value.length) return false;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c !== 63 && c !== value.charCodeAt(at + i)) return false;
  }
  return true;
}

function findFrom(piece: string, value: string, from: number, end: number): number {
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: a fast path; the search below gives the same answer for a piece without "?"
  if (!piece.includes('?')) {
    const at = value.indexOf(piece, from);
    // Stryker disable next-line ConditionalExpression: at -1 the answer is -1 either way
    return at >= 0 && at + piece.length <= end ? at : -1;
  }
  // Candidates come from indexOf of the piece's longest literal run, and a candidate is checked on
  // its literal runs only, never position by position over the `?`s: a piece of 75,000 `?` then
  // `b` against a 150 KB ARN was 25 s (issue 12).
  const lits: Array<{ text: string; offset: number }> = [];
  let offset = 0;
  for (const text of piece.split('?')) {
    // Stryker disable next-line ConditionalExpression: an empty run is found everywhere, so keeping it changes no answer
    if (text) lits.push({ text, offset });
    offset += text.length + 1;
  }
  if (!lits.length) return from + piece.length <= end ? from : -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: any run finds the same places (each candidate is checked on all runs); the longest is the fewest candidates
  const anchor = lits.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  for (let search = from + anchor.offset; ;) {
    const hit = value.indexOf(anchor.text, search);
    if (hit < 0) return -1;
    const at = hit - anchor.offset;
    if (at + piece.length > end) return -1;
    if (lits.every((l) => value.startsWith(l.text, at + l.offset))) return at;
    search = hit + 1;
  }
}

export function hasWildcard(s: string): boolean {
  return s.includes('*') || s.includes('?');
}
