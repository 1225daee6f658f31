import { getEntry, type Origin, type UnknownValue, type Value } from '../model/value.js';
import type { Condition, Elem, NormalizedPolicy, Policy, Principals, Statement } from '../model/policy.js';
import { childPath } from '../model/paths.js';

const NEGATED = new Set([
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'ArnNotEquals',
  'ArnNotLike',
  'NumericNotEquals',
  'DateNotEquals',
  'NotIpAddress',
]);

export function parseOperator(operator: string): Pick<Condition, 'base' | 'ifExists' | 'set' | 'negated'> {
  let rest = operator;
  let set: Condition['set'];
  const m = /^(ForAllValues|ForAnyValue):(.*)$/i.exec(rest);
  if (m) {
    set = m[1].toLowerCase() === 'forallvalues' ? 'ForAllValues' : 'ForAnyValue';
    rest = m[2];
  }
  const ifExists = /IfExists$/.test(rest) && rest !== 'Null';
  const base = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  return { base, ifExists, set, negated: NEGATED.has(base) };
}

/**
 * A normalized policy. Where each value was written is read only to place a finding
 * (model/locate.ts), and most policies have none: the maps are built on first use (issue 16: every
 * value's path string). A class, not an object literal with getters: V8 stores such a literal's
 * getters in accessor pairs it allocates in the old generation, and from there the getters'
 * closures kept the policy and its whole document alive through every young-generation collection
 * until the next full one (`%DebugPrint` shows the pairs apart from the young object). Measured on
 * the bench corpus, one thread: 228 MB promoted out of the young generation before, 132 MB after.
 */
class Normalized implements NormalizedPolicy {
  version?: string;
  statements: Statement[] = [];
  unknown = false;
  private maps?: { sourceMap: Map<string, Origin>; viaMap: Map<string, Origin[]> };
  constructor(readonly policy: Policy) {}

  get sourceMap(): Map<string, Origin> {
    return this.built().sourceMap;
  }

  get viaMap(): Map<string, Origin[]> {
    return this.built().viaMap;
  }

  private built() {
    if (!this.maps) {
      this.maps = { sourceMap: new Map(), viaMap: new Map() };
      mapSources(this.policy.document, '', this.maps.sourceMap, this.maps.viaMap);
    }
    return this.maps;
  }
}

export function normalize(policy: Policy): NormalizedPolicy {
  const out = new Normalized(policy);
  const doc = policy.document;
  if (doc.kind !== 'object') {
    out.unknown = true;
    return out;
  }
  const version = getEntry(doc, 'Version')?.value;
  if (version?.kind === 'string') out.version = version.value;
  const st = getEntry(doc, 'Statement')?.value;
  if (!st || st.kind === 'unknown') out.unknown = true;
  else if (st.kind === 'list') st.items.forEach((s, i) => out.statements.push(statement(s, childPath('Statement', i))));
  else out.statements.push(statement(st, 'Statement'));
  return out;
}

function mapSources(v: Value, path: string, map: Map<string, Origin>, viaMap: Map<string, Origin[]>) {
  const stack: Array<[Value, string]> = [[v, path]];
  while (stack.length) {
    const [cur, p] = stack.pop()!;
    if (cur.origin) map.set(p, cur.origin);
    if (cur.via?.length) viaMap.set(p, cur.via);
    if (cur.kind === 'list') cur.items.forEach((it, i) => stack.push([it, childPath(p, i)]));
    else if (cur.kind === 'object') {
      for (const e of cur.entries) {
        const cp = childPath(p, e.key);
        if (e.keyOrigin) map.set(`${cp}#key`, e.keyOrigin);
        stack.push([e.value, cp]);
      }
    }
  }
}

/**
 * A placeholder a template or an example leaves for whoever uses it to fill in: `<my-account-id>`,
 * `<OIDC_provider_name_1>:sub`. The value it stands for is not written yet: Unknown, as a
 * Terraform variable without a value is, not a broken value to report (an account that is not 12
 * digits, a key no service defines).
 */
const PLACEHOLDER = /<[A-Za-z][\w.-]*>/;

function elems(v: Value, path: string): Elem[] {
  if (v.kind === 'list') return v.items.flatMap((it, i) => elems(it, childPath(path, i)));
  if (v.kind === 'string' && PLACEHOLDER.test(v.value)) return [{ path, value: { kind: 'unknown', text: v.value, origin: v.origin }, node: v, shown: v.value }];
  if (v.kind === 'string') return [{ path, value: v.value, node: v, shown: v.symbolic ?? v.value }];
  if (v.kind === 'unknown') return [{ path, value: v, node: v, shown: v.text }];
  if (v.kind === 'number' || v.kind === 'bool') return [{ path, value: String(v.value), node: v, shown: String(v.value) }];
  return [];
}

function statement(v: Value, path: string): Statement {
  const s: Statement = { path, node: v, effect: undefined, conditions: [], unknownParts: [], opaqueConditions: [] };
  if (v.kind !== 'object') {
    s.unknownParts.push(path);
    return s;
  }
  for (const e of v.entries) {
    const p = childPath(path, e.key);
    const val = e.value;
    switch (e.key) {
      case 'Sid':
        if (val.kind === 'string') s.sid = val.value;
        break;
      case 'Effect':
        if (val.kind === 'string' && (val.value === 'Allow' || val.value === 'Deny')) s.effect = val.value;
        else if (val.kind === 'unknown') s.unknownParts.push(p);
        break;
      case 'Action':
      case 'NotAction':
      case 'Resource':
      case 'NotResource': {
        const list = elems(val, p);
        const key = ({ Action: 'actions', NotAction: 'notActions', Resource: 'resources', NotResource: 'notResources' } as const)[e.key];
        s[key] = list;
        if (list.some((x) => typeof x.value !== 'string')) s.unknownParts.push(p);
        break;
      }
      case 'Principal':
      case 'NotPrincipal': {
        const pr = principals(val, p);
        if (e.key === 'Principal') s.principal = pr;
        else s.notPrincipal = pr;
        if (pr.unknown) s.unknownParts.push(p);
        break;
      }
      case 'Condition':
        conditions(val, p, s);
        break;
    }
  }
  return s;
}

function principals(v: Value, path: string): Principals {
  const out: Principals = { path, star: false, entries: [], unknown: false, ...(v.kind === 'unknown' && v.maybeAbsent ? { maybeAbsent: true } : {}) };
  if (v.kind === 'string') {
    if (v.value === '*') out.star = true;
    else out.entries.push({ type: '?', elem: { path, value: v.value, node: v, shown: v.value } });
  } else if (v.kind === 'object') {
    // A type a template leaves Unknown (`"${type}": ...`) may be any, "AWS" with "*" among them.
    for (const e of v.entries) if (!e.keyUnknown) for (const el of elems(e.value, childPath(path, e.key))) out.entries.push({ type: e.key, elem: el });
    out.unknown = out.entries.some((x) => typeof x.elem.value !== 'string') || v.entries.some((e) => e.value.kind === 'unknown' || e.keyUnknown);
  } else if (v.kind === 'list') {
    out.list = true;
    v.items.forEach((it, i) => {
      for (const el of elems(it, childPath(path, i))) out.entries.push({ type: '?', elem: el });
    });
  } else out.unknown = true;
  return out;
}

/** A condition whose key is Unknown but written with known text around it (`${...}:sub`): kept
 * beside the opaque path, its key as the widest pattern it can take (see `widestPattern`). */
function keyUnknownCondition(c: NonNullable<UnknownValue['condition']>, path: string, s: Statement) {
  // A bare reference (`var.key`) is no template: nothing of the key is known.
  if (!/[$%]\{/.test(c.key)) return;
  const key = c.key.replace(/[$%]\{[^}]*\}/g, '*');
  if (key.includes('{') || key.includes('}') || !key.replace(/\*/g, '')) return;
  const values = elems(c.values, path);
  (s.keyUnknownConditions ??= []).push({
    operator: c.operator,
    ...parseOperator(c.operator),
    key: c.key,
    keyLower: key.toLowerCase(),
    values,
    path,
    operatorPath: path,
  });
}

function conditions(v: Value, path: string, s: Statement) {
  // `Condition = null` (a Terraform conditional that chose no condition) is no condition.
  if (v.kind === 'null') return;
  if (v.kind !== 'object') {
    s.unknownParts.push(path);
    s.opaqueConditions.push(path);
    return;
  }
  for (const op of v.entries) {
    const opPath = childPath(path, op.key);
    if (op.value.kind !== 'object') {
      s.unknownParts.push(opPath);
      s.opaqueConditions.push(opPath);
      if (op.value.kind === 'unknown' && op.value.condition) keyUnknownCondition(op.value.condition, opPath, s);
      continue;
    }
    const parsed = parseOperator(op.key);
    for (const k of op.value.entries) {
      const p = childPath(opPath, k.key);
      if (PLACEHOLDER.test(k.key)) {
        // The key is yet to be written: any key, so the condition is opaque.
        s.unknownParts.push(p);
        s.opaqueConditions.push(p);
        continue;
      }
      if (k.keyUnknown) {
        // A template's `"${site}:aud"`: opaque, as a policy document's Unknown `variable` is, and
        // read with the widest key it can take by the rules that decide whatever it names.
        s.unknownParts.push(p);
        s.opaqueConditions.push(p);
        keyUnknownCondition({ operator: op.key, key: k.key, values: k.value }, p, s);
        continue;
      }
      const values = elems(k.value, p);
      if (k.value.kind === 'unknown' || values.some((x) => typeof x.value !== 'string')) s.unknownParts.push(p);
      s.conditions.push({ operator: op.key, ...parsed, key: k.key, keyLower: k.key.toLowerCase(), values, path: p, operatorPath: opPath });
    }
  }
}
