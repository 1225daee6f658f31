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
        return String.fromCodePoint(parseInt(esc!.slice(1), 16));
      default:
        return esc!;
    }
  });
}
