// src/policy/glob.ts
function globMatch(pattern, value, ignoreCase = false) {
  if (ignoreCase) {
    pattern = pattern.toLowerCase();
    value = value.toLowerCase();
  }
  const pieces = pattern.split("*");
  if (pieces.length === 1) return pieces[0].length === value.length && fitsAt(pieces[0], value, 0);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first.length + last.length > value.length) return false;
  if (!fitsAt(first, value, 0) || !fitsAt(last, value, value.length - last.length)) return false;
  let pos = first.length;
  const end = value.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i];
    if (!piece) continue;
    const at = findFrom(piece, value, pos, end);
    if (at < 0) return false;
    pos = at + piece.length;
  }
  return true;
}
function fitsAt(piece, value, at) {
  if (at < 0 || at + piece.length > value.length) return false;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c !== 63 && c !== value.charCodeAt(at + i)) return false;
  }
  return true;
}
function findFrom(piece, value, from, end) {
  if (!piece.includes("?")) {
    const at = value.indexOf(piece, from);
    return at >= 0 && at + piece.length <= end ? at : -1;
  }
  const lits = [];
  let offset = 0;
  for (const text of piece.split("?")) {
    if (text) lits.push({ text, offset });
    offset += text.length + 1;
  }
  if (!lits.length) return from + piece.length <= end ? from : -1;
  const anchor = lits.reduce((a, b) => b.text.length > a.text.length ? b : a);
  for (let search = from + anchor.offset; ; ) {
    const hit = value.indexOf(anchor.text, search);
    if (hit < 0) return -1;
    const at = hit - anchor.offset;
    if (at + piece.length > end) return -1;
    if (lits.every((l) => value.startsWith(l.text, at + l.offset))) return at;
    search = hit + 1;
  }
}
function hasWildcard(s) {
  return s.includes("*") || s.includes("?");
}

export {
  globMatch,
  hasWildcard
};
