import type { Origin, Value } from '../model/value.js';

/** The value as seen at a use site: located at the use, remembering where it was written. */
export function atUse(v: Value, use: Origin): Value {
  const via = v.origin ? [...(v.via ?? []), v.origin] : v.via;
  switch (v.kind) {
    case 'list':
      return { ...v, origin: use, via, items: v.items.map((i) => atUse(i, use)) };
    case 'object':
      return { ...v, origin: use, via, entries: v.entries.map((e) => ({ ...e, keyOrigin: use, value: atUse(e.value, use) })) };
    default:
      return { ...v, origin: use, via };
  }
}
