/** HCL quoted-string escapes (\n \t \" \\ \uXXXX \UXXXXXXXX) and the `$${` / `%%{` literals. */
export function unescapeQuoted(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (m, esc: string | undefined) => {
    if (m === '$${') return '${';
    if (m === '%%{') return '%{';
    switch (esc![0]) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'u':
      case 'U':
        return codePoint(esc!.slice(1));
      default:
        return esc!;
    }
  });
}

/** A `\u`/`\U` escape's character; one beyond Unicode (`\UFFFFFFFF`) is U+FFFD here, and a
 * parse error where the file is read (`invalidEscape`), not a crash (issue 12). */
export function codePoint(hex: string): string {
  const n = parseInt(hex, 16);
  return n > 0x10ffff ? '\ufffd' : String.fromCodePoint(n);
}

/** The first `\U` escape beyond U+10FFFF in the text, which Terraform rejects. */
export function invalidEscape(text: string): { message: string; range: { start: number; end: number } } | undefined {
  if (!text.includes('\\U')) return undefined;
  let seen = 0;
  for (const m of text.matchAll(/\\U([0-9a-fA-F]{8})/g)) {
    if (parseInt(m[1], 16) <= 0x10ffff) continue;
    if (++seen > 100) break;
    // In a comment it is only text.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/#|\/\/|\/\*/.test(text.slice(lineStart, m.index))) continue;
    return { message: `invalid Unicode escape ${m[0]}: beyond U+10FFFF, which Terraform rejects`, range: { start: m.index, end: m.index + m[0].length } };
  }
  return undefined;
}
