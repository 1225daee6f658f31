import { parseJson } from '../parse/json.js';
import type { Value } from '../model/value.js';
import { childPath } from '../model/paths.js';

export interface AaPathElement {
  index?: number;
  key?: string;
  value?: string;
  substring?: { start?: number; length?: number };
}

export interface AaLocation {
  path?: AaPathElement[];
  span?: { start?: { offset?: number }; end?: { offset?: number } };
}

/** Access Analyzer's path (`value` = the value under a key, `key` = the key itself, `index`)
 * as policylint's JSON path, the one the source map knows. */
export function pathOf(elements: AaPathElement[]): string {
  let path = '';
  for (const e of elements) {
    if (typeof e.index === 'number') path = childPath(path, e.index);
    else if (typeof e.value === 'string') path = childPath(path, e.value);
    else if (typeof e.key === 'string') return `${childPath(path, e.key)}#key`;
  }
  return path;
}

/** Without a path, the span's start offset in the text that was sent names the deepest value. */
export function pathAtOffset(sent: string, offset: number): string {
  const root = parseJson({ file: 'sent.json', text: sent }).value;
  let path = '';
  let cur: Value | undefined = root;
  while (cur) {
    let next: Value | undefined;
    if (cur.kind === 'list') {
      const i = cur.items.findIndex((it) => it.origin && it.origin.range.start <= offset && offset < it.origin.range.end);
      if (i >= 0) {
        path = childPath(path, i);
        next = cur.items[i];
      }
    } else if (cur.kind === 'object') {
      const e = cur.entries.find((en) => en.keyOrigin && en.keyOrigin.range.start <= offset && offset < (en.value.origin?.range.end ?? 0));
      if (e) {
        path = childPath(path, e.key);
        next = e.value;
      }
    }
    cur = next;
  }
  return path;
}

/** The JSON path an Access Analyzer location names. */
export function locationPath(loc: AaLocation | undefined, sent: string): string {
  if (loc?.path?.length) return pathOf(loc.path);
  const offset = loc?.span?.start?.offset;
  return typeof offset === 'number' ? pathAtOffset(sent, offset) : '';
}
