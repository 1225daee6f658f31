import { attr, blocksOf, type Attribute, type Block, type Body } from '../parse/hcl-ast.js';
import { getEntry, unknown, type ObjectEntry, type Origin, type Value } from '../model/value.js';
import { evaluate, type Scope } from './evaluate.js';
import { parseJson } from '../parse/json.js';
import { certainlyEmpty } from './instances.js';

/**
 * Renders `data "aws_iam_policy_document"` as the AWS provider renders its `json` (TF-PD,
 * iam-semantics §1.5): one-element lists become strings, `principals { type = "*" }` becomes
 * `"Principal": "*"`, repeated `condition` blocks are ANDed under their operator, default
 * version 2012-10-17 and effect Allow; statements merge with source and override documents by Sid.
 */
export function renderPolicyDocument(block: Block, scope: Scope): Value {
  const origin = at(scope, block.range);
  const body = block.body;
  const entries: ObjectEntry[] = [];
  const version = attr(body, 'version');
  entries.push({ key: 'Version', value: version ? evaluate(version.expr, scope) : { kind: 'string', value: '2012-10-17', origin } });
  const id = attr(body, 'policy_id');
  if (id) entries.push({ key: 'Id', keyOrigin: at(scope, id.nameRange), value: evaluate(id.expr, scope) });

  const own = statementsOf(body, scope);
  const sources = attr(body, 'source_policy_documents');
  // The provider's order: the sources (their Sids must be unique, so none replaces another), this
  // document's statements, then each override in its turn.
  let statements = sources ? documentStatements(documents(sources, scope), 'source_policy_documents').flat() : [];
  statements = overrideBySid(statements, own);
  const overrides = attr(body, 'override_policy_documents');
  for (const doc of overrides ? documentStatements(documents(overrides, scope), 'override_policy_documents') : []) statements = overrideBySid(statements, doc);
  entries.push({ key: 'Statement', value: { kind: 'list', items: statements, origin } });
  return { kind: 'object', entries, origin };
}

function at(scope: Scope, range: { start: number; end: number }): Origin {
  return { file: scope.file.src.path, range };
}

/**
 * The list of documents an attribute names. `compact([...])` around it, as modules write it to
 * drop the documents a caller did not give, is read as its list: the provider skips null and ""
 * elements itself (documentStatements), and Terraform's compact of a list holding an Unknown has
 * an Unknown length, which would hide every known document beside it (a module's own permissions
 * next to `join("", var.custom_policy)`).
 */
function documents(a: Attribute, scope: Scope): Value {
  const e = a.expr;
  return evaluate(e.t === 'call' && e.name === 'compact' && e.args.length === 1 && !e.expand ? e.args[0] : e, scope);
}

/** The statements of each document of `source_policy_documents` / `override_policy_documents`,
 * as the provider reads them: each element is JSON text (a rendered document, `jsonencode`, or a
 * string), null and "" elements add nothing, and a document without statements (`"{}"`) adds none.
 * An Unknown document is one Unknown statement (overrideBySid). */
function documentStatements(v: Value, name: string): Value[][] {
  // null, as a module's variable defaults to when its caller gives none: the attribute is unset.
  if (v.kind === 'null') return [];
  if (v.kind !== 'list') return [[unknown(name, v.origin)]];
  return v.items.map((item) => {
    if (item.kind === 'null' || (item.kind === 'string' && !item.value.trim())) return [];
    const doc = item.kind === 'string' ? parsedDocument(item) : item;
    if (doc?.kind !== 'object') return [unknown(`a document of ${name}`, item.origin)];
    const st = getEntry(doc, 'Statement')?.value;
    if (!st) return [];
    return st.kind === 'list' ? st.items : [st];
  });
}

function parsedDocument(s: Extract<Value, { kind: 'string' }>): Value | undefined {
  const parsed = s.embeddedJson ? s.embeddedJson() : parseJson({ file: s.origin?.file ?? '', text: s.value });
  return parsed.errors.length ? undefined : parsed.value;
}

function sidOf(st: Value): string | undefined {
  if (st.kind !== 'object') return undefined;
  const sid = getEntry(st, 'Sid')?.value;
  return sid?.kind === 'string' && sid.value ? sid.value : undefined;
}

/** The provider's merge of one document into what came before: a statement with a Sid replaces
 * the one with the same Sid, one without is added (a document's own Sids are unique). A statement
 * policylint cannot read (an Unknown document, a `dynamic` block over an Unknown collection) or
 * whose Sid is Unknown may have any Sid: every earlier statement with a Sid may be replaced, so it
 * is no longer known (a finding on it could be on a statement the policy no longer has);
 * statements without a Sid stay. */
function overrideBySid(base: Value[], doc: Value[]): Value[] {
  const out = [...base];
  // Where each Sid is: one lookup per statement, not a scan (a document can hold thousands).
  const bySid = new Map<string, number>();
  out.forEach((o, i) => {
    const sid = sidOf(o);
    if (sid !== undefined && !bySid.has(sid)) bySid.set(sid, i);
  });
  let earlierKnown = true;
  for (const st of doc) {
    if (st.kind === 'unknown' || (st.kind === 'object' && getEntry(st, 'Sid')?.value.kind === 'unknown')) {
      // Once per document: after it, no earlier statement with a Sid is known any more.
      if (earlierKnown) {
        const text = st.kind === 'unknown' ? st.text : 'a statement whose Sid is unknown';
        base.forEach((b, i) => {
          const sid = out[i] === b ? sidOf(b) : undefined;
          if (sid !== undefined) out[i] = unknown(`statement "${sid}", which ${text} may replace`, b.origin);
        });
        earlierKnown = false;
      }
      out.push(st);
      continue;
    }
    const sid = sidOf(st);
    const i = sid === undefined ? undefined : bySid.get(sid);
    if (i !== undefined) out[i] = st;
    else {
      out.push(st);
      if (sid !== undefined) bySid.set(sid, out.length - 1);
    }
  }
  return out;
}

function statementsOf(body: Body, scope: Scope): Value[] {
  const out: Value[] = [];
  for (const b of body.blocks) {
    if (b.type === 'statement') out.push(renderStatement(b.body, b.range, scope));
    else if (b.type === 'dynamic' && b.labels[0] === 'statement')
      out.push(...expandDynamic(b, scope, (content, inner) => renderStatement(content.body, b.range, inner)));
  }
  return out;
}

/** `dynamic` blocks expand when their `for_each` is known; otherwise one Unknown stands for them. */
function expandDynamic(b: Block, scope: Scope, render: (content: Block, scope: Scope) => Value): Value[] {
  const content = blocksOf(b.body, 'content')[0];
  const forEach = attr(b.body, 'for_each');
  if (!content || !forEach) return [];
  const coll = evaluate(forEach.expr, scope);
  const iterator = attr(b.body, 'iterator');
  const name = iterator?.expr.t === 'variable' ? iterator.expr.name : b.labels[0];
  let pairs: Array<[Value, Value]>;
  if (coll.kind === 'list') pairs = coll.items.map((v) => [v, v]);
  else if (coll.kind === 'object') pairs = coll.entries.map((e) => [{ kind: 'string', value: e.key }, e.value]);
  // Named with its for_each, so --strict says which value stopped it.
  else return [unknown(`dynamic "${b.labels[0]}" (for_each = ${coll.kind === 'unknown' ? coll.text : coll.kind})`, at(scope, b.range))];
  // Empty only through a root variable's default, which a caller may override: Unknown (gates).
  if (!pairs.length && !certainlyEmpty(forEach, scope)) return [unknown(`dynamic "${b.labels[0]}" (for_each = ${source(forEach, scope)})`, at(scope, b.range))];
  return pairs.map(([key, value]) => {
    const bindings = new Map(scope.bindings);
    bindings.set(name, {
      kind: 'object',
      entries: [
        { key: 'key', value: key },
        { key: 'value', value },
      ],
    });
    return render(content, { ...scope, bindings });
  });
}

const LIST_ATTRIBUTES: Array<[string, string]> = [
  ['actions', 'Action'],
  ['not_actions', 'NotAction'],
  ['resources', 'Resource'],
  ['not_resources', 'NotResource'],
];

function renderStatement(body: Body, range: { start: number; end: number }, scope: Scope): Value {
  const origin = at(scope, range);
  const entries: ObjectEntry[] = [];
  // An argument set to null is unset in Terraform (`effect = var.x.effect` with the optional
  // attribute left out): the provider's default, or nothing.
  const given = (name: string) => {
    const a = attr(body, name);
    const value = a && evaluate(a.expr, scope);
    return a && value && value.kind !== 'null' ? { a, value } : undefined;
  };
  const sid = given('sid');
  if (sid) entries.push({ key: 'Sid', keyOrigin: at(scope, sid.a.nameRange), value: sid.value });
  const effect = given('effect');
  entries.push({
    key: 'Effect',
    keyOrigin: effect && at(scope, effect.a.nameRange),
    value: effect ? effect.value : { kind: 'string', value: 'Allow', origin },
  });
  for (const [hcl, json] of LIST_ATTRIBUTES) {
    const a = given(hcl);
    if (a) entries.push({ key: json, keyOrigin: at(scope, a.a.nameRange), value: singleOrList(asSet(a.value)) });
  }
  for (const [hcl, json] of [
    ['principals', 'Principal'],
    ['not_principals', 'NotPrincipal'],
  ] as const) {
    const principal = renderPrincipals(body, hcl, scope);
    if (principal) entries.push({ key: json, keyOrigin: principal.origin, value: principal });
  }
  const condition = renderConditions(body, scope);
  if (condition) entries.push({ key: 'Condition', keyOrigin: condition.origin, value: condition });
  return { kind: 'object', entries, origin };
}

/** `actions`, `resources` and principal `identifiers` are sets in the provider's schema: a value
 * written twice is sent once (issue 20: sizes are measured on what AWS receives). */
function asSet<V extends Value>(v: V): V {
  if (v.kind !== 'list') return v;
  const seen = new Set<string>();
  const items = v.items.filter((i) => i.kind !== 'string' || (!seen.has(i.value) && !!seen.add(i.value)));
  return items.length === v.items.length ? v : { ...v, items };
}

function singleOrList(v: Value): Value {
  return v.kind === 'list' && v.items.length === 1 ? v.items[0] : v;
}

type Nested = { body: Body; range: { start: number; end: number }; scope: Scope; placeholder?: true };

function nestedBlocks(body: Body, name: string, scope: Scope): Nested[] {
  const out: Nested[] = [];
  for (const b of body.blocks) {
    if (b.type === name) out.push({ body: b.body, range: b.range, scope });
    else if (b.type === 'dynamic' && b.labels[0] === name) {
      expandDynamic(b, scope, (content, inner) => {
        out.push({ body: content.body, range: b.range, scope: inner });
        return { kind: 'null' };
      }).forEach((v) => v.kind === 'unknown' && out.push({ body: { attributes: [], blocks: [] }, range: b.range, scope, placeholder: true }));
    }
  }
  return out;
}

function renderPrincipals(body: Body, name: string, scope: Scope): Value | undefined {
  const blocks = nestedBlocks(body, name, scope);
  if (!blocks.length) return undefined;
  const origin = at(scope, blocks[0].range);
  // Only `dynamic` blocks over an Unknown collection: there may be no principal at all.
  if (blocks.every((b) => b.placeholder)) return { ...unknown(`dynamic "${name}"`, origin), maybeAbsent: true };
  const byType = new Map<string, { keyOrigin: Origin; items: Value[] }>();
  for (const b of blocks) {
    const typeAttr = attr(b.body, 'type');
    const ids = attr(b.body, 'identifiers');
    const type = typeAttr ? evaluate(typeAttr.expr, b.scope) : undefined;
    if (!typeAttr || !ids || type?.kind !== 'string') return unknown(name, origin);
    const idValue = evaluate(ids.expr, b.scope);
    if (type.value === '*') return { kind: 'string', value: '*', origin: at(b.scope, b.range) };
    const slot = byType.get(type.value) ?? { keyOrigin: at(b.scope, typeAttr.expr.range), items: [] };
    if (idValue.kind === 'list') slot.items.push(...idValue.items);
    else slot.items.push(idValue);
    slot.items = asSet({ kind: 'list', items: slot.items }).items;
    byType.set(type.value, slot);
  }
  const entries: ObjectEntry[] = [...byType].map(([type, slot]) => ({
    key: type,
    keyOrigin: slot.keyOrigin,
    value: singleOrList({ kind: 'list', items: slot.items, origin: slot.items[0]?.origin ?? slot.keyOrigin }),
  }));
  return { kind: 'object', entries, origin };
}

function renderConditions(body: Body, scope: Scope): Value | undefined {
  const blocks = nestedBlocks(body, 'condition', scope);
  if (!blocks.length) return undefined;
  const origin = at(scope, blocks[0].range);
  const ops: ObjectEntry[] = [];
  for (const b of blocks) {
    const test = attr(b.body, 'test');
    const variable = attr(b.body, 'variable');
    const values = attr(b.body, 'values');
    const t = test && evaluate(test.expr, b.scope);
    const k = variable && evaluate(variable.expr, b.scope);
    if (t?.kind !== 'string' || k?.kind !== 'string' || !values) {
      // An Unknown key with a known operator and values: still opaque, but the key's known text
      // (`${...}:sub`) is kept for the rules that can decide whatever the Unknown names (§8.2).
      const opaque = unknown(k?.kind === 'unknown' ? k.text : 'condition', at(b.scope, b.range));
      if (t?.kind === 'string' && k?.kind === 'unknown' && values)
        opaque.condition = { operator: t.value, key: k.text, values: singleOrList(evaluate(values.expr, b.scope)) };
      ops.push({ key: '?', value: opaque });
      continue;
    }
    let op = ops.find((o) => o.key === t.value);
    if (!op) {
      op = { key: t.value, keyOrigin: at(b.scope, test!.expr.range), value: { kind: 'object', entries: [], origin: at(b.scope, b.range) } };
      ops.push(op);
    }
    const v = evaluate(values.expr, b.scope);
    (op.value as Extract<Value, { kind: 'object' }>).entries.push({ key: k.value, keyOrigin: at(b.scope, variable!.expr.range), value: singleOrList(v) });
  }
  return { kind: 'object', entries: ops, origin };
}

/** An expression as written, for messages. */
function source(a: Attribute, scope: Scope): string {
  return scope.file.src.text.slice(a.expr.range.start, a.expr.range.end);
}
