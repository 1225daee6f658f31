/** Decodes the JSON string literal at `text[start]` (the opening quote), keeping for each decoded
 * character the file offset it came from, so a policy stored as a string keeps its positions. */
export function decodeJsonStringLiteral(text: string, start: number): { text: string; offsets: number[] } {
  const out: string[] = [];
  const offsets: number[] = [];
  let i = start + 1;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === '\\') {
      const c = text[i + 1];
      let ch: string;
      let len = 2;
      if (c === 'u') {
        ch = String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        len = 6;
      } else ch = ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c;
      out.push(ch);
      offsets.push(i);
      i += len;
    } else {
      out.push(text[i]);
      offsets.push(i);
      i++;
    }
  }
  offsets.push(i);
  return { text: out.join(''), offsets };
}
