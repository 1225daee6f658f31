import type { Range } from './source.js';

/**
 * A value as policylint knows it: a plain JSON-like value with the file range it came from,
 * or Unknown — the third answer, for what cannot be resolved statically.
 */
export type PolicySource = 'jsonencode' | 'heredoc' | 'string' | 'policy-document' | 'json-file' | 'file-function' | 'plan' | 'expression';

export type Value = StringValue | NumberValue | BoolValue | NullValue | ListValue | ObjectValue | UnknownValue;

/** Stand-ins for `data.aws_caller_identity` / `data.aws_partition` / `data.aws_region` values in
 * strings: rules see a literal account (pinned, not a wildcard); messages show what was written. */
export const STAND_INS = { 'this-account': '000000000001', 'this-partition': 'aws', 'this-region': 'us-east-1' } as const;

export interface Origin {
  file: string;
  range: Range;
}

interface Base {
  origin?: Origin;
  /** Where the value was written when it reached its use through a variable or local. */
  via?: Origin[];
  /** Set by `jsonencode`: the Terraform value is this structure's JSON text. */
  encoded?: 'json';
  /** For a string written as a template: parses its text as JSON with positions in the file. */
  embeddedJson?: () => JsonParse;
  /** How a policy-shaped value was written, for `--print-policies` and Access Analyzer. */
  source?: PolicySource;
  /** The provider sends `aws_iam_policy_document`'s `json` indented by two spaces (its
   * `minified_json` is not): quotas that count white space see the indentation. */
  indented?: boolean;
}

export interface StringValue extends Base {
  kind: 'string';
  value: string;
  /** Set when `value` holds stand-ins for this account / partition / region: the text as written. */
  symbolic?: string;
}
export interface NumberValue extends Base {
  kind: 'number';
  value: number;
}
export interface BoolValue extends Base {
  kind: 'bool';
  value: boolean;
}
export interface NullValue extends Base {
  kind: 'null';
}
export interface ListValue extends Base {
  kind: 'list';
  items: Value[];
}
export interface ObjectEntry {
  key: string;
  keyOrigin?: Origin;
  /** The key holds an interpolation policylint could not resolve (a template's `"${site}:aud"`):
   * `key` shows it as written, `${...}` and all. */
  keyUnknown?: true;
  value: Value;
}
export interface ObjectValue extends Base {
  kind: 'object';
  entries: ObjectEntry[];
}
/** `text` is the expression as written, e.g. `${var.ids}`; `symbol` names well-known values
 * such as this account's id, which rules may understand without knowing the digits. */
export interface UnknownValue extends Base {
  kind: 'unknown';
  text: string;
  symbol?: 'this-account' | 'this-partition' | 'this-region';
  /** For references to resources, e.g. `aws_iam_policy.ecr_manager`. */
  ref?: string;
  /** The module `ref` is relative to (`["module.app"]`; empty for a root): a reference can reach
   * another module through an output or a variable, and the IAM graph needs its full address. */
  refModule?: string[];
  /** Terraform would stop with an error here (a missing attribute or index of a known value):
   * what `try` skips and `can` answers false for. Any other Unknown may yet be a value. */
  error?: true;
  /** An element rendered from `dynamic` blocks whose `for_each` is Unknown: it may hold values, or
   * not exist at all (an empty collection renders no block). */
  maybeAbsent?: true;
  /** A policy-document `condition` whose `variable` alone is Unknown: the operator and values are
   * known and the key as written (`${...}:sub`) keeps its known text. The condition stays opaque to
   * every rule; a rule that can decide for every key the Unknown could name reads it (§8.2). */
  condition?: { operator: string; key: string; values: Value };
}

/** A reference's full address (`module.policies.aws_iam_policy.mfa`): its resource address
 * under the module it was found in. */
export function refAddress(ref: string, refModule: readonly string[]): string {
  return (refModule.length ? `${refModule.join('.')}.` : '') + ref;
}

export const str = (value: string, origin?: Origin): StringValue => ({ kind: 'string', value, origin });
export const unknown = (text: string, origin?: Origin, extra: Partial<UnknownValue> = {}): UnknownValue => ({
  kind: 'unknown',
  text,
  origin,
  ...extra,
});

export function getEntry(obj: ObjectValue, key: string): ObjectEntry | undefined {
  for (let i = obj.entries.length - 1; i >= 0; i--) if (obj.entries[i].key === key) return obj.entries[i];
  return undefined;
}

/** The plain JSON form; Unknown becomes its expression text. `asWritten` shows symbolic strings
 * (this account, this partition) as written rather than with their stand-ins, for people. */
export function toPlain(v: Value, asWritten = false): unknown {
  switch (v.kind) {
    case 'string':
      return asWritten && v.symbolic ? v.symbolic : v.value;
    case 'number':
    case 'bool':
      return v.value;
    case 'null':
      return null;
    case 'list':
      return v.items.map((i) => toPlain(i, asWritten));
    case 'object': {
      const out: Record<string, unknown> = {};
      // defineProperty: a key named "__proto__" is a key like any other in a policy (found by fast-check).
      for (const e of v.entries)
        Object.defineProperty(out, e.key, { value: toPlain(e.value, asWritten), enumerable: true, writable: true, configurable: true });
      return out;
    }
    case 'unknown':
      return v.text;
  }
}

export function isKnownDeep(v: Value): boolean {
  if (v.kind === 'unknown') return false;
  if (v.kind === 'list') return v.items.every(isKnownDeep);
  if (v.kind === 'object') return v.entries.every((e) => isKnownDeep(e.value));
  return true;
}

/** A value from plain JSON, all of it attributed to one origin. */
export function fromPlain(x: unknown, origin?: Origin): Value {
  if (x === null || x === undefined) return { kind: 'null', origin };
  if (typeof x === 'string') return str(x, origin);
  if (typeof x === 'number') return { kind: 'number', value: x, origin };
  if (typeof x === 'boolean') return { kind: 'bool', value: x, origin };
  if (Array.isArray(x)) return { kind: 'list', items: x.map((i) => fromPlain(i, origin)), origin };
  return {
    kind: 'object',
    entries: Object.entries(x as Record<string, unknown>).map(([key, v]) => ({ key, value: fromPlain(v, origin) })),
    origin,
  };
}

/** A JSON text parsed with positions: what `parse/json.ts` returns. */
export interface JsonProblem {
  message: string;
  range: Range;
}

export interface JsonParse {
  value?: Value;
  errors: JsonProblem[];
  /** IAM forbids duplicate keys, and JSON parsers keep the last one silently (iam-semantics §7, PA20). */
  duplicates: JsonProblem[];
}
