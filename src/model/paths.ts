/** JSON paths as users read them: `Statement[0].Condition.ArnLike["aws:PrincipalArn"]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const seg = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (!parent) return seg.startsWith('[') ? seg : seg;
  return seg.startsWith('[') ? `${parent}${seg}` : `${parent}.${seg}`;
}

/** The path one level up, for the engine's nearest-mapped-ancestor fallback. */
export function parentPath(path: string): string | undefined {
  const m = /^(.*?)(\.[A-Za-z_][A-Za-z0-9_]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/.exec(path);
  return m ? m[1] : undefined;
}
