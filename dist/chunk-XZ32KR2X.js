// src/model/value.ts
var str = (value, origin) => ({ kind: "string", value, origin });
var unknown = (text, origin, extra = {}) => ({
  kind: "unknown",
  text,
  origin,
  ...extra
});
function getEntry(obj, key) {
  for (let i = obj.entries.length - 1; i >= 0; i--) if (obj.entries[i].key === key) return obj.entries[i];
  return void 0;
}
function toPlain(v, asWritten = false) {
  switch (v.kind) {
    case "string":
      return asWritten && v.symbolic ? v.symbolic : v.value;
    case "number":
    case "bool":
      return v.value;
    case "null":
      return null;
    case "list":
      return v.items.map((i) => toPlain(i, asWritten));
    case "object": {
      const out = {};
      for (const e of v.entries)
        Object.defineProperty(out, e.key, { value: toPlain(e.value, asWritten), enumerable: true, writable: true, configurable: true });
      return out;
    }
    case "unknown":
      return v.text;
  }
}
function isKnownDeep(v) {
  if (v.kind === "unknown") return false;
  if (v.kind === "list") return v.items.every(isKnownDeep);
  if (v.kind === "object") return v.entries.every((e) => isKnownDeep(e.value));
  return true;
}
function fromPlain(x, origin) {
  if (x === null || x === void 0) return { kind: "null", origin };
  if (typeof x === "string") return str(x, origin);
  if (typeof x === "number") return { kind: "number", value: x, origin };
  if (typeof x === "boolean") return { kind: "bool", value: x, origin };
  if (Array.isArray(x)) return { kind: "list", items: x.map((i) => fromPlain(i, origin)), origin };
  return {
    kind: "object",
    entries: Object.entries(x).map(([key, v]) => ({ key, value: fromPlain(v, origin) })),
    origin
  };
}

export {
  unknown,
  getEntry,
  toPlain,
  isKnownDeep,
  fromPlain
};
