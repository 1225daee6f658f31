import type { Origin, Value } from '../model/value.js';

const MAX_VIA = 8;

/** The value as seen at a use site: located at the use, remembering where it was written. */
export function atUse(v: Value, use: Origin): Value {
  // The nearest few places are what a reader follows; a chain of 40 locals would otherwise copy
  // a growing list into every value at every step (issue 12).
  const via = v.origin ? [...(v.via ?? []).slice(-(MAX_VIA - 1)), v.origin] : v.via;
  switch (v.kind) {
    case 'list':
      return { ...v, origin: use, via, items: v.items.map((i) => atUse(i, use)) };
    case 'object':
      return { ...v, origin: use, via, entries: v.entries.map((e) => ({ ...e, keyOrigin: use, value: atUse(e.value, use) })) };
    default:
      return { ...v, origin: use, via };
  }
}
