import type { Expr } from '../parse/hcl-ast.js';
import type { Value } from '../model/value.js';

/**
 * A value as Terraform hands it to a module: converted to the variable's declared `type`, so an
 * attribute an `object({...})` type declares with `optional(...)` and the caller leaves out is
 * there, null or the optional's default. terraform-aws-modules' policy statements are typed so
 * (`map(object({ effect = optional(string), ... }))`): without this, `statement.value.effect` was
 * a missing attribute (an error, Unknown) where Terraform reads null and the provider writes
 * "Allow". Only what the type says is added; nothing the caller wrote is dropped or changed, and
 * a type expression policylint does not read leaves the value as it is.
 */
export function conformToType(v: Value, type: Expr, valueOf: (e: Expr) => Value, depth = 0): Value {
  // Types nest a few levels; a deeper one (or a hostile one) is left alone.
  if (depth > 16 || type.t !== 'call') return v;
  const [inner] = type.args;
  switch (type.name) {
    case 'map':
      if (!inner || v.kind !== 'object') return v;
      return { ...v, entries: v.entries.map((e) => ({ ...e, value: conformToType(e.value, inner, valueOf, depth + 1) })) };
    case 'list':
    case 'set':
      if (!inner || v.kind !== 'list') return v;
      return { ...v, items: v.items.map((i) => conformToType(i, inner, valueOf, depth + 1)) };
    case 'object':
      return inner?.t === 'object' && v.kind === 'object' ? conformObject(v, inner.elems, valueOf, depth) : v;
    default:
      return v;
  }
}

/** `valueOf` evaluates an expression of the declaration: an optional's default, a quoted attribute name. */
function conformObject(v: Extract<Value, { kind: 'object' }>, elems: Array<{ key: Expr; value: Expr }>, valueOf: (e: Expr) => Value, depth: number): Value {
  const entries = [...v.entries];
  for (const elem of elems) {
    const name = attributeName(elem.key, valueOf);
    if (name === undefined) continue;
    const at = entries.findIndex((e) => e.key === name);
    const optional = elem.value.t === 'call' && elem.value.name === 'optional' ? elem.value : undefined;
    const attrType = optional ? optional.args[0] : elem.value;
    if (at >= 0) {
      // A null the caller gives an optional with a default becomes that default, as in Terraform.
      const given = entries[at].value;
      const value = given.kind === 'null' && optional?.args[1] ? valueOf(optional.args[1]) : given;
      entries[at] = { ...entries[at], value: attrType ? conformToType(value, attrType, valueOf, depth + 1) : value };
    } else if (optional) {
      const value: Value = optional.args[1] ? valueOf(optional.args[1]) : { kind: 'null', origin: v.origin };
      entries.push({ key: name, value: attrType ? conformToType(value, attrType, valueOf, depth + 1) : value });
    }
  }
  return { ...v, entries };
}

/** As an object constructor reads a key: a bare name is itself, anything else its string value. */
function attributeName(key: Expr, valueOf: (e: Expr) => Value): string | undefined {
  if (key.t === 'variable') return key.name;
  const v = valueOf(key);
  return v.kind === 'string' ? v.value : undefined;
}
