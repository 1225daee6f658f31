import { exprText, type Expr } from '../parse/hcl-ast.js';
import { fromPlain, isKnownDeep, toPlain, unknown, type ObjectEntry, type Origin, type Value } from '../model/value.js';
import { atUse } from './clone.js';
import { callFunction } from './functions.js';
import type { Module, ModuleFile } from './module.js';
import { templateAsJson } from './template-json.js';
import { renderPolicyDocument } from './policy-document.js';
import { moduleOutput } from './module-graph.js';
import { unescapeQuoted as unescapeLiteral } from '../parse/hcl-escapes.js';

export interface Scope {
  module: Module;
  file: ModuleFile;
  bindings: Map<string, Value>;
  /** Names being resolved, to stop reference cycles (`local.a = local.b`, `local.b = local.a`). */
  resolving: Set<string>;
}

export function moduleScope(module: Module, file: ModuleFile): Scope {
  return { module, file, bindings: new Map(), resolving: new Set() };
}

const MAX_ITEMS = 10_000;

/** Stand-ins for `data.aws_caller_identity` / `data.aws_partition` / `data.aws_region` values in
 * strings: rules see a literal account (pinned, not a wildcard); messages show what was written. */
export const STAND_INS = { 'this-account': '000000000001', 'this-partition': 'aws', 'this-region': 'us-east-1' } as const;

export function evaluate(e: Expr, scope: Scope): Value {
  const origin: Origin = { file: scope.file.src.path, range: e.range };
  const text = () => exprText(scope.file.src.text, e);
  switch (e.t) {
    case 'literal':
      if (e.value === null) return { kind: 'null', origin };
      return fromPlain(e.value, origin);
    case 'template':
      return evaluateTemplate(e, scope, origin);
    case 'tuple':
      return { kind: 'list', items: e.items.map((i) => evaluate(i, scope)), origin };
    case 'object': {
      const entries: ObjectEntry[] = [];
      for (const el of e.elems) {
        const key = objectKey(el.key, scope);
        if (key === undefined) return unknown(text(), origin);
        entries.push({ key, keyOrigin: { file: origin.file, range: el.key.range }, value: evaluate(el.value, scope) });
      }
      return { kind: 'object', entries, origin };
    }
    case 'variable': {
      const bound = scope.bindings.get(e.name);
      if (bound) return bound;
      return unknown(text(), origin);
    }
    case 'getattr':
    case 'index':
    case 'splat':
      return evaluateTraversal(e, scope, origin);
    case 'call': {
      const args = e.args.map((a) => evaluate(a, scope));
      return callFunction(e.name, args, { origin, text: text(), scope });
    }
    case 'for':
      return evaluateFor(e, scope, origin, text());
    case 'conditional': {
      const c = evaluate(e.cond, scope);
      if (c.kind === 'bool') return evaluate(c.value ? e.then : e.else, scope);
      return unknown(text(), origin);
    }
    case 'unary': {
      const v = evaluate(e.operand, scope);
      if (e.op === '!' && v.kind === 'bool') return { kind: 'bool', value: !v.value, origin };
      if (e.op === '-' && v.kind === 'number') return { kind: 'number', value: -v.value, origin };
      return unknown(text(), origin);
    }
    case 'binary':
      return evaluateBinary(e, scope, origin, text());
    case 'invalid':
      return unknown(text(), origin);
  }
}

function objectKey(k: Expr, scope: Scope): string | undefined {
  // In an object constructor a bare name is the key itself, not a variable (HCL spec).
  if (k.t === 'variable') return k.name;
  const v = evaluate(k, scope);
  return v.kind === 'string' ? v.value : v.kind === 'number' || v.kind === 'bool' ? String(v.value) : undefined;
}

function evaluateTemplate(e: Extract<Expr, { t: 'template' }>, scope: Scope, origin: Origin): Value {
  const src = scope.file.src;
  // "${expr}" alone is expr itself, not its string form (HCL templates; the common JSON-syntax form).
  const only = e.parts.length === 1 ? e.parts[0] : undefined;
  if (!e.heredoc && only?.t === 'interpolation' && only.range.start === e.content.start && only.range.end === e.content.end) return evaluate(only.expr, scope);
  let out = '';
  let known = true;
  let symbolic = false;
  let pos = e.content.start;
  const sub = (from: number, to: number) => {
    const raw = src.text.slice(from, to);
    out += e.heredoc ? raw.replace(/([$%])\1\{/g, '$1{') : unescapeLiteral(raw);
  };
  for (const p of e.parts) {
    if (p.t === 'literal') continue;
    sub(pos, Math.max(pos, p.range.start));
    pos = Math.max(pos, p.range.end);
    if (p.t === 'directive') {
      known = false;
      continue;
    }
    const v = evaluate(p.expr, scope);
    if (v.kind === 'string' || v.kind === 'number' || v.kind === 'bool') out += String(v.value);
    else if (v.kind === 'unknown' && v.symbol) {
      // This account, partition or region: one literal value, unknown only in its digits.
      out += STAND_INS[v.symbol];
      symbolic = true;
    } else known = false;
  }
  sub(pos, e.content.end);
  if (e.heredoc && isStripHeredoc(src.text, e.range.start)) out = stripIndent(out);
  const embeddedJson = () => templateAsJson(src, e, (x) => evaluate(x, scope));
  const source = e.heredoc ? 'heredoc' : 'string';
  const shown = e.heredoc ? src.text.slice(e.range.start, e.range.end) : src.text.slice(e.content.start, e.content.end);
  if (known) return { kind: 'string', value: out, origin, embeddedJson, source, ...(symbolic ? { symbolic: shown } : {}) };
  return { ...unknown(shown, origin), embeddedJson, source };
}

function isStripHeredoc(text: string, start: number): boolean {
  return text.startsWith('<<-', start);
}

function stripIndent(s: string): string {
  const lines = s.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const n = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(n, /^[ \t]*/.exec(l)![0].length))).join('\n');
}

function evaluateTraversal(e: Expr, scope: Scope, origin: Origin): Value {
  const path: Array<{ t: 'attr'; name: string } | { t: 'index'; key: Expr }> = [];
  let root: Expr = e;
  while (root.t === 'getattr' || root.t === 'index') {
    path.unshift(root.t === 'getattr' ? { t: 'attr', name: root.name } : { t: 'index', key: root.key });
    root = root.object;
  }
  const text = exprText(scope.file.src.text, e);
  if (root.t === 'splat') {
    const base = evaluate(root.object, scope);
    if (base.kind !== 'list') return unknown(text, origin);
    const items = base.items.map((it) => applyPath(it, [...root.each, ...path] as typeof path, scope, origin, text));
    return { kind: 'list', items, origin };
  }
  if (root.t !== 'variable') return applyPath(evaluate(root, scope), path, scope, origin, text);
  const name = root.name;
  if (scope.bindings.has(name)) return applyPath(scope.bindings.get(name)!, path, scope, origin, text);
  const first = path[0]?.t === 'attr' ? path[0].name : undefined;
  const second = path[1]?.t === 'attr' ? path[1].name : undefined;
  if (name === 'var' && first) return applyPath(atUse(variableValue(first, scope), origin), path.slice(1), scope, origin, text);
  if (name === 'local' && first) return applyPath(atUse(localValue(first, scope), origin), path.slice(1), scope, origin, text);
  if (name === 'path' && first === 'module') return { kind: 'string', value: '.', origin };
  if (name === 'data' && first && second) return dataReference(first, second, path.slice(2), scope, origin, text);
  if (name === 'module' && first && second) {
    // An output keeps the positions inside the module, where its policy is written (issue 4).
    const out = guarded(`module.${first}.${second}`, scope, () => moduleOutput(scope.module, first, second) ?? unknown(text, origin));
    return applyPath(out, path.slice(2), scope, origin, text);
  }
  if (first && !['count', 'each', 'self', 'module', 'terraform'].includes(name)) {
    const address = `${name}.${first}`;
    if (scope.module.blocks.has(address)) return unknown(text, origin, { ref: address });
  }
  return unknown(text, origin);
}

function applyPath(v: Value, path: Array<{ t: 'attr'; name: string } | { t: 'index'; key: Expr }>, scope: Scope, origin: Origin, text: string): Value {
  let cur = v;
  for (const step of path) {
    if (cur.kind === 'unknown') return unknown(text, origin, cur.ref ? { ref: cur.ref } : {});
    let key: string | number | undefined;
    if (step.t === 'attr') key = step.name;
    else {
      const k = evaluate(step.key, scope);
      key = k.kind === 'string' || k.kind === 'number' ? k.value : undefined;
    }
    if (key === undefined) return unknown(text, origin);
    if (cur.kind === 'object') {
      const entry = cur.entries.findLast((en) => en.key === String(key));
      if (!entry) return unknown(text, origin);
      cur = entry.value;
    } else if (cur.kind === 'list' && typeof key === 'number') {
      if (key < 0 || key >= cur.items.length) return unknown(text, origin);
      cur = cur.items[key];
    } else return unknown(text, origin);
  }
  return cur;
}

function variableValue(name: string, scope: Scope): Value {
  const set = scope.module.varValues.get(name);
  if (set) return set;
  const decl = scope.module.variables.get(name);
  const def = decl?.item.body.attributes.find((a) => a.name === 'default');
  if (!decl || !def) return unknown(`var.${name}`);
  return guarded(`var.${name}`, scope, () => evaluate(def.expr, { ...scope, file: decl.file, bindings: new Map() }));
}

function localValue(name: string, scope: Scope): Value {
  const decl = scope.module.locals.get(name);
  if (!decl) return unknown(`local.${name}`);
  return guarded(`local.${name}`, scope, () => evaluate(decl.item.expr, { ...scope, file: decl.file, bindings: new Map() }));
}

function guarded(key: string, scope: Scope, f: () => Value): Value {
  if (scope.resolving.has(key)) return unknown(key);
  scope.resolving.add(key);
  try {
    return f();
  } finally {
    scope.resolving.delete(key);
  }
}

const SYMBOLS: Record<string, Record<string, 'this-account' | 'this-partition' | 'this-region'>> = {
  aws_caller_identity: { account_id: 'this-account' },
  aws_partition: { partition: 'this-partition' },
  aws_region: { name: 'this-region', region: 'this-region' },
};

function dataReference(
  type: string,
  name: string,
  rest: Array<{ t: 'attr'; name: string } | { t: 'index'; key: Expr }>,
  scope: Scope,
  origin: Origin,
  text: string,
): Value {
  const attrName = rest.find((s): s is { t: 'attr'; name: string } => s.t === 'attr')?.name;
  const symbol = attrName ? SYMBOLS[type]?.[attrName] : undefined;
  if (symbol) return unknown(text, origin, { symbol });
  const address = `data.${type}.${name}`;
  const block = scope.module.blocks.get(address);
  if (type === 'aws_iam_policy_document' && block && (attrName === 'json' || attrName === 'minified_json')) {
    const doc = guarded(address, scope, () => renderPolicyDocument(block.item, { ...scope, file: block.file, bindings: new Map() }));
    return { ...doc, encoded: 'json', source: 'policy-document', ...(attrName === 'json' ? { indented: true } : {}) };
  }
  return unknown(text, origin, block ? { ref: address } : {});
}

function evaluateFor(e: Extract<Expr, { t: 'for' }>, scope: Scope, origin: Origin, text: string): Value {
  const coll = evaluate(e.collection, scope);
  let pairs: Array<[Value, Value]>;
  if (coll.kind === 'list') pairs = coll.items.map((v, i) => [{ kind: 'number', value: i }, v]);
  else if (coll.kind === 'object') pairs = coll.entries.map((en) => [{ kind: 'string', value: en.key }, en.value]);
  else return unknown(text, origin);
  if (pairs.length > MAX_ITEMS) return unknown(text, origin);
  const items: Value[] = [];
  const entries: ObjectEntry[] = [];
  for (const [k, v] of pairs) {
    const bindings = new Map(scope.bindings);
    if (e.keyVar) bindings.set(e.keyVar, k);
    bindings.set(e.valueVar, v);
    const inner = { ...scope, bindings };
    if (e.cond) {
      const c = evaluate(e.cond, inner);
      if (c.kind !== 'bool') return unknown(text, origin);
      if (!c.value) continue;
    }
    const value = evaluate(e.value, inner);
    if (e.form === 'tuple') items.push(value);
    else {
      const key = evaluate(e.key!, inner);
      if (key.kind !== 'string') return unknown(text, origin);
      entries.push({ key: key.value, value });
    }
  }
  return e.form === 'tuple' ? { kind: 'list', items, origin } : { kind: 'object', entries, origin };
}

function evaluateBinary(e: Extract<Expr, { t: 'binary' }>, scope: Scope, origin: Origin, text: string): Value {
  const l = evaluate(e.left, scope);
  const r = evaluate(e.right, scope);
  if (!isKnownDeep(l) || !isKnownDeep(r)) {
    if (e.op === '&&' && l.kind === 'bool' && !l.value) return { kind: 'bool', value: false, origin };
    if (e.op === '||' && l.kind === 'bool' && l.value) return { kind: 'bool', value: true, origin };
    return unknown(text, origin);
  }
  const a = toPlain(l);
  const b = toPlain(r);
  const num = (x: number): Value => ({ kind: 'number', value: x, origin });
  const bool = (x: boolean): Value => ({ kind: 'bool', value: x, origin });
  switch (e.op) {
    case '==':
      return bool(JSON.stringify(a) === JSON.stringify(b));
    case '!=':
      return bool(JSON.stringify(a) !== JSON.stringify(b));
    case '&&':
      return bool(a === true && b === true);
    case '||':
      return bool(a === true || b === true);
  }
  if (typeof a !== 'number' || typeof b !== 'number') return unknown(text, origin);
  switch (e.op) {
    case '+':
      return num(a + b);
    case '-':
      return num(a - b);
    case '*':
      return num(a * b);
    case '/':
      return num(a / b);
    case '%':
      return num(a % b);
    case '<':
      return bool(a < b);
    case '>':
      return bool(a > b);
    case '<=':
      return bool(a <= b);
    case '>=':
      return bool(a >= b);
  }
  return unknown(text, origin);
}
