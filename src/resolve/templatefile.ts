import { makeSource, type SourceFile } from '../model/source.js';
import { parseHclLoaded } from '../parse/hcl.js';
import type { JsonParse } from '../parse/json.js';
import { unknown, type Origin, type Value } from '../model/value.js';
import { LIMITS, note } from './limits.js';
import type { Scope } from './evaluate.js';
import { evaluate } from './evaluate.js';
import { templateAsJson } from './template-json.js';

const END = 'POLICYLINT_TEMPLATE_END';

/**
 * `templatefile(path, vars)`: the file is read as the body of a heredoc, so the same template
 * evaluation and JSON-with-positions reading apply; positions are shifted back into the file.
 */
export function templateFile(src: SourceFile, vars: Value | undefined, scope: Scope, text: string, at?: Origin): Value {
  if (src.text.includes(END)) return unknown(text);
  // A template that renders itself (directly or through another) would recurse without end.
  const key = `templatefile:${src.path}`;
  if (scope.resolving.has(key) || [...scope.resolving].filter((k) => k.startsWith('templatefile:')).length >= LIMITS.templateDepth) {
    note(scope.module.budget, at, `templatefile("${src.path.split(/[\\/]/).pop()}") renders itself, which Terraform rejects; the value is unresolved`);
    return unknown(text, at);
  }
  scope.resolving.add(key);
  try {
    return render(src, vars, scope, text);
  } finally {
    scope.resolving.delete(key);
  }
}

const HEADER = `t = <<${END}\n`;

/** A template file as the body of a heredoc, parsed once per file read (a module instantiated
 * many times, or called from many roots, renders the same template with each one's variables). */
function wrappedTemplate(src: SourceFile): { wrapped: SourceFile; hcl: ReturnType<typeof parseHclLoaded> } {
  let hit = wrappedTemplates.get(src);
  if (!hit) {
    const wrapped = makeSource(src.path, `${HEADER}${src.text}\n${END}\n`);
    hit = { wrapped, hcl: parseHclLoaded(wrapped) };
    wrappedTemplates.set(src, hit);
  }
  return hit;
}

const wrappedTemplates = new WeakMap<SourceFile, ReturnType<typeof wrappedTemplate>>();

function render(src: SourceFile, vars: Value | undefined, scope: Scope, text: string): Value {
  const header = HEADER;
  const { wrapped, hcl } = wrappedTemplate(src);
  const expr = hcl?.body.attributes[0]?.expr;
  if (!hcl || hcl.errors.length || expr?.t !== 'template') return unknown(text);
  const bindings = new Map<string, Value>();
  if (vars?.kind === 'object') for (const e of vars.entries) bindings.set(e.key, e.value);
  const value = evaluate(expr, { ...scope, file: { src: wrapped, hcl }, bindings });
  const inner = value.embeddedJson;
  const shift = -header.length;
  return { ...value, source: 'file-function', embeddedJson: inner && (() => shiftParse(inner(), shift)) };
}

/**
 * A template file that no `templatefile()` call of this run renders: judged as written, every
 * interpolation and directive Unknown (issue 20: a template is never broken JSON).
 */
export function standaloneTemplate(src: SourceFile): JsonParse | undefined {
  if (src.text.includes(END)) return undefined;
  const header = HEADER;
  const { wrapped, hcl } = wrappedTemplate(src);
  const expr = hcl?.body.attributes[0]?.expr;
  if (!hcl || hcl.errors.length || expr?.t !== 'template') return undefined;
  const parsed = templateAsJson(wrapped, expr, (e) => unknown(wrapped.text.slice(e.range.start, e.range.end)));
  return shiftParse(parsed, -header.length);
}

function shiftParse(p: JsonParse, delta: number): JsonParse {
  const move = <T extends { start: number; end: number }>(r: T): T => ({ ...r, start: r.start + delta, end: r.end + delta });
  const walk = (v: Value): Value => {
    const origin = v.origin && { ...v.origin, range: move(v.origin.range) };
    if (v.kind === 'list') return { ...v, origin, items: v.items.map(walk) };
    if (v.kind === 'object')
      return {
        ...v,
        origin,
        entries: v.entries.map((e) => ({ ...e, keyOrigin: e.keyOrigin && { ...e.keyOrigin, range: move(e.keyOrigin.range) }, value: walk(e.value) })),
      };
    return { ...v, origin };
  };
  return {
    value: p.value && walk(p.value),
    errors: p.errors.map((e) => ({ ...e, range: move(e.range) })),
    duplicates: p.duplicates.map((e) => ({ ...e, range: move(e.range) })),
  };
}
