import { isLiteralString, outline } from './hcl-scan.js';

/**
 * The `source` of every top-level `module` block of a native Terraform file, read from its bytes
 * without parsing it (issue 16). Deciding which folders are roots needs these for every file of
 * the run before any unit starts: parsing them for it took the main thread 1.7 s of the real-world
 * evaluation folder's 5 s, while the workers waited. Terraform requires `source` to be a literal
 * string, so the outline finds all of them; a commented-out or quoted call counts for nothing
 * (issue 12). Undefined when the file's outline is not plain: the caller parses it.
 *
 * The outline is read from a latin1 view of the bytes (one character per byte, no decoding):
 * every character it stops at is ASCII, and no byte of a multi-byte UTF-8 character is.
 */
export function moduleCallSources(bytes: Buffer): string[] | undefined {
  const view = bytes.toString('latin1');
  const blocks = outline(view);
  if (!blocks) return undefined;
  const sources: string[] = [];
  for (const block of blocks) {
    if (block.type !== 'module') continue;
    for (const item of block.items) {
      if (item.block || item.name !== 'source') continue;
      const quoted = view.slice(item.valueStart, item.end).trim();
      if (!isLiteralString(quoted)) continue;
      const start = item.end - quoted.length + 1;
      sources.push(bytes.toString('utf8', start, item.end - 1));
    }
  }
  return sources;
}
