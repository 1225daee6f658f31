import { outline } from './hcl-scan.js';
import { isRelevantBlock, mayHoldPolicy, readAttributes } from './relevant-blocks.js';

/**
 * The parts of a Terraform file that conversion would drop unread (parse/hcl-convert.ts, by the
 * same tests from relevant-blocks.ts), so tree-sitter need not parse them (issue 16): the
 * descriptions and validations of variables, what is inside provider, terraform and moved blocks,
 * the bodies of resources the catalogue does not list that hold no policy. They are a third of a
 * real tree's characters (the real-world evaluation folder: 38%) and, being mostly strings and
 * heredocs, more of its parse time. Nothing for a file with suppression comments (whose scopes
 * are every block and attribute) or whose outline is not plain (parse/hcl-scan.ts).
 */
export function skippedRanges(text: string): Array<[number, number]> {
  if (text.includes('policylint:')) return [];
  const blocks = outline(text);
  if (!blocks) return [];
  const skipped: Array<[number, number]> = [];
  for (const b of blocks) {
    if (!isRelevantBlock(b.type, b.labels)) {
      if (b.close > b.open + 1 && !mayHoldPolicy(text.slice(b.open + 1, b.close))) skipped.push([b.open + 1, b.close]);
      continue;
    }
    const read = readAttributes(b.type, b.labels);
    if (!read) continue;
    for (const item of b.items) {
      if (!item.block && read.has(item.name)) continue;
      if (!mayHoldPolicy(text.slice(item.start, item.end))) skipped.push([item.start, item.end]);
    }
  }
  return skipped;
}
