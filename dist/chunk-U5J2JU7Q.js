// src/model/paths.ts
function childPath(parent, key) {
  if (typeof key === "number") return `${parent}[${key}]`;
  const seg = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (!parent) return seg.startsWith("[") ? seg : seg;
  return seg.startsWith("[") ? `${parent}${seg}` : `${parent}.${seg}`;
}
function parentPath(path) {
  const m = /^(.*?)(\.[A-Za-z_][A-Za-z0-9_]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/.exec(path);
  return m ? m[1] : void 0;
}

export {
  childPath,
  parentPath
};
