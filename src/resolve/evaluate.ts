import { exprText, type Expr } from '../parse/hcl-ast.js';
import { STAND_INS, fromPlain, toPlain, unknown, type ObjectEntry, type Origin, type Value } from '../model/value.js';
import { atUse } from './clone.js';
import { conformToType } from './type-conversion.js';
import { LIMITS, note, tooLong } from './limits.js';
import { callFunction } from './functions.js';
import type { Module, ModuleFile } from './module.js';
import { templateAsJson } from './template-json.js';
import { moduleOutput } from './module-graph.js';
import { documentValue, moduleValue, symbolValue } from './block-values.js';
import { unescapeQuoted as unescapeLiteral } from '../parse/hcl-escapes.js';

export interface Scope {
  module: Module;
  file: ModuleFile;
  bindings: Map<string, Value>;
  /** Names being resolved, to stop reference cycles (`local.a = local.b`, `local.b = local.a`). */
  resolving: Set<string>;
  /** False when asking whether something holds whatever the caller sets: a root module's
   * variable defaults (which -var, TF_VAR_ or another caller override) are then Unknown. */
  defaults?: boolean;
}

export function moduleScope(module: Module, file: ModuleFile): Scope {
  return { module, file, bindings: new Map(), resolving: new Set() };
}

const MAX_ITEMS = 10_000;

export function evaluate(e: Expr, scope: Scope): Value {
  const origin: Origin = { file: scope.file.src.path, range: e.range };
  const text = () => exprText(scope.file.src.text, e);
  // A bound on the whole unit's work: nested `for` over thousands, or any other multiplication a
  // hostile repository writes, ends as Unknown with one note instead of a hang (issue 12).
  const budget = scope.module.budget;
  if (++budget.steps > LIMITS.steps) {
    if (!budget.exhausted) {
      budget.exhausted = true;
      note(
        budget,
        origin,
        `evaluation stopped here: this root module needs over ${LIMITS.steps.toLocaleString('en-US')} evaluation steps; the rest of its values are unresolved`,
      );
    }
    return unknown(text(), origin);
  }
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
    case 'conditional':
      return evaluateConditional(e, scope, origin, text());
    case 'unary': {
      const v = evaluate(e.operand, scope);
      const b = asBool(v);
      const n = toNumber(v);
      if (e.op === '!' && b !== undefined) return { kind: 'bool', value: !b, origin };
      if (e.op === '-' && n !== undefined) return { kind: 'number', value: -n, origin };
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
  // Text written in the file is bounded by the file size limit; only computed text is capped.
  if (out.length > LIMITS.stringLength && e.parts.some((p) => p.t !== 'literal'))
    return tooLong(scope.module.budget, origin, src.text.slice(e.range.start, Math.min(e.range.end, e.range.start + 40)));
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
  // A loop, not Math.min(...indents): 200,000 lines would overflow the stack (issue 12).
  let n = Infinity;
  for (const l of lines) if (l.trim()) n = Math.min(n, /^[ \t]*/.exec(l)![0].length);
  if (n === Infinity) n = 0;
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
    if (base.kind === 'unknown') return unknown(text, origin, base.ref ? { ref: base.ref, refModule: base.refModule } : {});
    // A splat on one value that is not a list makes a list of it; on null, an empty list (HCL spec).
    const items = base.kind === 'list' ? base.items : base.kind === 'null' ? [] : [base];
    return { kind: 'list', items: items.map((it) => applyPath(it, [...root.each, ...path] as typeof path, scope, origin, text)), origin };
  }
  if (root.t !== 'variable') return applyPath(evaluate(root, scope), path, scope, origin, text);
  const name = root.name;
  if (scope.bindings.has(name)) return applyPath(scope.bindings.get(name)!, path, scope, origin, text);
  const first = path[0]?.t === 'attr' ? path[0].name : undefined;
  const second = path[1]?.t === 'attr' ? path[1].name : undefined;
  // The index is applied before the value is copied to its use: `local.map["k"]` copies one
  // entry, not the whole map (M policies reading an M-entry map were quadratic, issue 16).
  const atThisUse = (v: Value) => atUse(v, origin);
  if (name === 'var' && first) return applyPath(variableValue(first, scope), path.slice(1), scope, origin, text, atThisUse);
  if (name === 'local' && first) return applyPath(localValue(first, scope), path.slice(1), scope, origin, text, atThisUse);
  if (name === 'path' && first === 'module') return { kind: 'string', value: '.', origin };
  if (name === 'data' && first && second) return dataReference(first, second, path.slice(2), scope, origin, text);
  if (name === 'module' && first && second) {
    // An output keeps the positions inside the module, where its policy is written (issue 4).
    const out = guarded(`module.${first}.${second}`, scope, () => moduleOutput(scope.module, first, second) ?? unknown(text, origin));
    return applyPath(out, path.slice(2), scope, origin, text);
  }
  const output = path[2]?.t === 'attr' ? path[2].name : undefined;
  if (name === 'module' && first && output && path[1]?.t === 'index' && scope.module.child(first)?.outputs.has(output)) {
    // `module.x[0].out`: the instances share one child, so the output alone, once the index is
    // known to name an instance (a count = 0 module has none: an error, as in Terraform).
    const exists = applyPath(moduleValue(scope.module, first, false) ?? unknown(text, origin), path.slice(1, 2), scope, origin, text);
    if (exists.kind === 'unknown') return exists;
    const out = guarded(`module.${first}.${output}`, scope, () => moduleOutput(scope.module, first, output) ?? unknown(text, origin));
    return applyPath(out, path.slice(3), scope, origin, text);
  }
  if (name === 'module' && first) {
    // `module.x[*].out`: a module with count / for_each is a list / map of instances.
    const all = guarded(`module.${first}`, scope, () => moduleValue(scope.module, first) ?? unknown(text, origin));
    return applyPath(all, path.slice(1), scope, origin, text);
  }
  if (first && !['count', 'each', 'self', 'module', 'terraform'].includes(name)) {
    const address = `${name}.${first}`;
    if (scope.module.blocks.has(address)) return unknown(text, origin, { ref: address, refModule: scope.module.path });
  }
  return unknown(text, origin);
}

/** `reached` applies to the value the path reaches, not to an Unknown made along the way. */
function applyPath(
  v: Value,
  path: Array<{ t: 'attr'; name: string } | { t: 'index'; key: Expr }>,
  scope: Scope,
  origin: Origin,
  text: string,
  reached: (v: Value) => Value = (x) => x,
): Value {
  let cur = v;
  for (const step of path) {
    if (cur.kind === 'unknown')
      return unknown(text, origin, { ...(cur.ref ? { ref: cur.ref, refModule: cur.refModule } : {}), ...(cur.error ? { error: true } : {}) });
    let key: string | number | undefined;
    if (step.t === 'attr') key = step.name;
    else {
      const k = evaluate(step.key, scope);
      key = k.kind === 'string' || k.kind === 'number' ? k.value : undefined;
      if (k.kind === 'string' && cur.kind === 'list' && /^\d+$/.test(k.value)) key = Number(k.value);
    }
    if (key === undefined) return unknown(text, origin);
    // A missing key or index of a known value, or any step into null, is an error in Terraform:
    // `try` moves on to its next argument, `can` is false.
    if (cur.kind === 'object') {
      const entry = cur.entries.findLast((en) => en.key === String(key));
      if (!entry) return unknown(text, origin, { error: true });
      cur = entry.value;
    } else if (cur.kind === 'list' && typeof key === 'number') {
      if (key < 0 || key >= cur.items.length) return unknown(text, origin, { error: true });
      cur = cur.items[key];
    } else return unknown(text, origin, cur.kind === 'null' ? { error: true } : {});
  }
  return reached(cur);
}

function variableValue(name: string, scope: Scope): Value {
  const given = () => scope.module.varValues.get(name) ?? scope.module.input?.(name);
  const set = scope.defaults === false ? (scope.module.inputWithoutDefaults?.(name) ?? given()) : given();
  if (set) return typed(name, set, scope);
  if (scope.defaults === false && !scope.module.path.length) return unknown(`var.${name}`);
  const decl = scope.module.variables.get(name);
  const def = decl?.item.body.attributes.find((a) => a.name === 'default');
  if (!decl || !def) return unknown(`var.${name}`);
  return memoised(scope, `var.${name}`, { file: decl.file.src.path, range: def.expr.range }, () =>
    guarded(`var.${name}`, scope, () => typed(name, evaluate(def.expr, { ...scope, file: decl.file, bindings: new Map() }), scope)),
  );
}

/** The value converted to the variable's declared type, once per value (type-conversion.ts). */
function typed(name: string, v: Value, scope: Scope): Value {
  if (v.kind !== 'object' && v.kind !== 'list') return v;
  const decl = scope.module.variables.get(name);
  const type = decl?.item.body.attributes.find((a) => a.name === 'type')?.expr;
  if (!type) return v;
  // Per type as well as per value: one value may reach two variables of different types.
  let byValue = conformed.get(type);
  if (!byValue) conformed.set(type, (byValue = new WeakMap()));
  let out = byValue.get(v);
  if (!out) byValue.set(v, (out = conformToType(v, type, (e) => evaluate(e, { ...scope, file: decl.file, bindings: new Map() }))));
  return out;
}

const conformed = new WeakMap<Expr, WeakMap<Value, Value>>();

function localValue(name: string, scope: Scope): Value {
  const decl = scope.module.locals.get(name);
  if (!decl) return unknown(`local.${name}`);
  // Memoised: `l2 = [l1, l1]` … `l40` re-evaluated every reference (2^40 evaluations); a local's
  // value does not depend on where it is used.
  return memoised(scope, `local.${name}`, { file: decl.file.src.path, range: decl.item.expr.range }, () =>
    guarded(`local.${name}`, scope, () => evaluate(decl.item.expr, { ...scope, file: decl.file, bindings: new Map() })),
  );
}

/** A module's local (or variable default), evaluated once, and Unknown when it is larger than a
 * policy could use (a doubling chain would otherwise copy 2^n values at every use). */
function memoised(scope: Scope, key: string, at: Origin, f: () => Value): Value {
  const memo = scope.module.memo.values;
  // With the root's defaults Unknown (a gate that a caller could override), the same local has
  // another value: the two are kept apart.
  const slot = scope.defaults === false ? `${key}\u0000without-defaults` : key;
  const hit = memo.get(slot);
  if (hit) return hit;
  // Inside a reference cycle the value depends on the way in: not memoised.
  if (scope.resolving.has(key)) return f();
  let v = f();
  if (valueSize(v, LIMITS.valueNodes) > LIMITS.valueNodes) {
    note(scope.module.budget, at, `${key} holds over ${LIMITS.valueNodes.toLocaleString('en-US')} values, more than policylint evaluates; it is unresolved`);
    v = unknown(key, at);
  }
  memo.set(slot, v);
  return v;
}

/** Counts values up to `limit` (then stops): lists and objects count their items. */
function valueSize(v: Value, limit: number): number {
  let n = 0;
  const stack: Value[] = [v];
  while (stack.length && n <= limit) {
    const x = stack.pop()!;
    n++;
    if (x.kind === 'list') for (const i of x.items) stack.push(i);
    else if (x.kind === 'object') for (const e of x.entries) stack.push(e.value);
  }
  return n;
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
  const symbol = attrName && Object.hasOwn(SYMBOLS, type) && Object.hasOwn(SYMBOLS[type], attrName) ? SYMBOLS[type][attrName] : undefined;
  if (symbol) return unknown(text, origin, { symbol });
  const address = `data.${type}.${name}`;
  const block = scope.module.blocks.get(address);
  // `data.aws_partition.current[*].partition` of a counted data source: its instances' symbols.
  if (SYMBOLS[type] && block && !rest.length) return symbolValue(address, block, scope.module, SYMBOLS[type]);
  if (type === 'aws_iam_policy_document' && block) {
    // Its instances (count / for_each) are indexed like any value: `x[0].json`, `x[*].json`.
    const all = guarded(address, scope, () => documentValue(address, block, scope.module, scope.resolving));
    return applyPath(all, rest, scope, origin, text);
  }
  return unknown(text, origin, block ? { ref: address, refModule: scope.module.path } : {});
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
    // Once the unit's step bound is hit every element would be Unknown anyway: stop here rather
    // than build millions of them (issue 12: nested `for` over 5,000 kept 440 MB of Unknowns).
    if (scope.module.budget.exhausted) return unknown(text, origin);
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

/** A condition's value: a bool, or the strings "true"/"false", which Terraform converts. */
function asBool(v: Value): boolean | undefined {
  if (v.kind === 'bool') return v.value;
  if (v.kind === 'string' && !v.symbolic && (v.value === 'true' || v.value === 'false')) return v.value === 'true';
  return undefined;
}

/** A value whose every part is known: symbolic strings (this account's id as a stand-in) are not,
 * since comparing or computing with the stand-in would give an answer the real value may not. */
function isExact(v: Value): boolean {
  if (v.kind === 'string') return !v.symbolic;
  if (v.kind === 'list') return v.items.every(isExact);
  if (v.kind === 'object') return v.entries.every((e) => isExact(e.value));
  return v.kind !== 'unknown';
}

/** Terraform's equality: objects equal whatever the order their keys were written in. */
const canonical = (x: unknown): string =>
  Array.isArray(x)
    ? `[${x.map(canonical).join(',')}]`
    : x && typeof x === 'object'
      ? `{${Object.keys(x)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((x as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(x);
const sameValue = (a: Value, b: Value) => canonical(toPlain(a)) === canonical(toPlain(b));

/** An Unknown condition leaves the result Unknown unless both branches are the same known value,
 * which every value of the condition gives. */
function evaluateConditional(e: Extract<Expr, { t: 'conditional' }>, scope: Scope, origin: Origin, text: string): Value {
  const c = asBool(evaluate(e.cond, scope));
  if (c !== undefined) return evaluate(c ? e.then : e.else, scope);
  const a = evaluate(e.then, scope);
  const b = evaluate(e.else, scope);
  return isExact(a) && isExact(b) && sameValue(a, b) ? a : unknown(text, origin);
}

/**
 * HCL evaluates both operands (no short-circuit) and cty's And/Or answer from one known operand
 * when it decides: `x && false` is false and `x || true` is true whatever x is. `==` against null
 * is known as soon as the other side is known to be null or not, even if its contents are not
 * (cty Value.Equals). Anything else with an Unknown operand is Unknown.
 */
function evaluateBinary(e: Extract<Expr, { t: 'binary' }>, scope: Scope, origin: Origin, text: string): Value {
  const l = evaluate(e.left, scope);
  const r = evaluate(e.right, scope);
  const num = (x: number): Value => ({ kind: 'number', value: x, origin });
  const bool = (x: boolean): Value => ({ kind: 'bool', value: x, origin });
  if (e.op === '&&' || e.op === '||') {
    const a = asBool(l);
    const b = asBool(r);
    const decider = e.op === '||';
    if (a === decider || b === decider) return bool(decider);
    return a !== undefined && b !== undefined ? bool(decider ? a || b : a && b) : unknown(text, origin);
  }
  if ((e.op === '==' || e.op === '!=') && (l.kind === 'null' || r.kind === 'null') && l.kind !== 'unknown' && r.kind !== 'unknown')
    return bool((l.kind === r.kind) === (e.op === '=='));
  if (!isExact(l) || !isExact(r)) return unknown(text, origin);
  if (e.op === '==') return bool(sameValue(l, r));
  if (e.op === '!=') return bool(!sameValue(l, r));
  // Arithmetic and comparison convert numeric strings to numbers, as Terraform does.
  const a = toNumber(l);
  const b = toNumber(r);
  if (a === undefined || b === undefined) return unknown(text, origin);
  switch (e.op) {
    case '+':
      return num(a + b);
    case '-':
      return num(a - b);
    case '*':
      return num(a * b);
    case '/':
      return b === 0 ? unknown(text, origin, { error: true }) : num(a / b);
    case '%':
      return b === 0 ? unknown(text, origin, { error: true }) : num(a % b);
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

function toNumber(v: Value): number | undefined {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'string' && v.value.trim() !== '' && Number.isFinite(Number(v.value))) return Number(v.value);
  return undefined;
}
