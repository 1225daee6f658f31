import {
  isLiteralString,
  outline,
  parseHcl,
  parseHclLoaded
} from "./chunk-EAAWNLU4.js";
import {
  parseJson
} from "./chunk-XRNNRSWR.js";
import {
  confine,
  fileBytes,
  makeSource,
  siblings
} from "./chunk-Y7NYNGOL.js";
import {
  unknown
} from "./chunk-KMQPKPIB.js";
import {
  loadParser
} from "./chunk-CMMA6BZU.js";

// src/engine/module-roots.ts
import { isUtf8 } from "node:buffer";

// src/parse/module-calls.ts
function moduleCallSources(bytes) {
  const view = bytes.toString("latin1");
  const blocks = outline(view);
  if (!blocks) return void 0;
  const sources = [];
  for (const block of blocks) {
    if (block.type !== "module") continue;
    for (const item of block.items) {
      if (item.block || item.name !== "source") continue;
      const quoted = view.slice(item.valueStart, item.end).trim();
      if (!isLiteralString(quoted)) continue;
      const start = item.end - quoted.length + 1;
      sources.push(bytes.toString("utf8", start, item.end - 1));
    }
  }
  return sources;
}

// src/parse/tf-json.ts
var BLOCK_KEYS = /* @__PURE__ */ new Set(["statement", "principals", "not_principals", "condition", "inline_policy", "content"]);
async function parseTerraformJson(src) {
  await loadParser(false);
  const parsed = parseJson({ file: src.path, text: src.text });
  const errors = [...parsed.errors, ...parsed.duplicates].slice(0, 1).map((e) => ({ message: e.message, range: e.range }));
  const root = parsed.value;
  const body = { attributes: [], blocks: [] };
  if (!root || root.kind !== "object" || errors.length) return { body, comments: [], errors };
  const conv = new JsonConverter(src);
  for (const top of root.entries) {
    const v = top.value;
    if (v.kind !== "object") continue;
    const range = v.origin.range;
    if (top.key === "resource" || top.key === "data") {
      for (const type of v.entries) {
        if (type.value.kind !== "object") continue;
        for (const named of type.value.entries) {
          for (const b of objects(named.value))
            body.blocks.push({ type: top.key, labels: [type.key, named.key], body: conv.body(b), range: b.origin.range, hasError: false });
        }
      }
    } else if (top.key === "variable" || top.key === "module" || top.key === "output") {
      for (const named of v.entries)
        for (const b of objects(named.value))
          body.blocks.push({ type: top.key, labels: [named.key], body: conv.body(b), range: b.origin.range, hasError: false });
    } else if (top.key === "locals") {
      for (const b of objects(v)) body.blocks.push({ type: "locals", labels: [], body: conv.body(b), range, hasError: false });
    }
  }
  return { body, comments: [], errors };
}
function objects(v) {
  if (v.kind === "object") return [v];
  if (v.kind === "list") return v.items.filter((i) => i.kind === "object");
  return [];
}
var JsonConverter = class {
  constructor(src) {
    this.src = src;
  }
  src;
  body(obj) {
    const body = { attributes: [], blocks: [] };
    if (obj.kind !== "object") return body;
    for (const e of obj.entries) {
      if (e.key === "dynamic" && e.value.kind === "object") {
        for (const d of e.value.entries)
          for (const b of objects(d.value)) body.blocks.push({ type: "dynamic", labels: [d.key], body: this.body(b), range: b.origin.range, hasError: false });
      } else if (BLOCK_KEYS.has(e.key) && objects(e.value).length) {
        for (const b of objects(e.value)) body.blocks.push({ type: e.key, labels: [], body: this.body(b), range: b.origin.range, hasError: false });
      } else {
        const nameRange = e.keyOrigin?.range ?? e.value.origin.range;
        body.attributes.push({ name: e.key, expr: this.expr(e.value), range: { start: nameRange.start, end: e.value.origin.range.end }, nameRange });
      }
    }
    return body;
  }
  expr(v) {
    const range = v.origin.range;
    switch (v.kind) {
      case "string":
        return this.template(range);
      case "number":
      case "bool":
        return { t: "literal", value: v.value, range };
      case "null":
        return { t: "literal", value: null, range };
      case "list":
        return { t: "tuple", items: v.items.map((i) => this.expr(i)), range };
      case "object":
        return {
          t: "object",
          elems: v.entries.map((e) => ({ key: { t: "literal", value: e.key, range: e.keyOrigin?.range ?? range }, value: this.expr(e.value), range })),
          range
        };
      default:
        return { t: "invalid", range };
    }
  }
  /** A JSON string as an HCL template: literal runs, and `${...}` parsed where it stands. */
  template(range) {
    const text = this.src.text;
    const content = { start: range.start + 1, end: range.end - 1 };
    const parts = [];
    let i = content.start;
    let lit = i;
    while (i < content.end) {
      if (text[i] === "\\") {
        i += 2;
        continue;
      }
      const directive = text[i] === "%" && text[i + 1] === "{";
      if ((text[i] === "$" || directive) && text[i + 1] === "{" && text[i - 1] !== text[i]) {
        const end = closingBrace(text, i + 2, content.end);
        if (end < 0) break;
        if (i > lit) parts.push({ t: "literal", range: { start: lit, end: i } });
        const part = { start: i, end: end + 1 };
        parts.push(directive ? { t: "directive", range: part } : { t: "interpolation", expr: this.embedded(i + 2, end), range: part });
        i = lit = end + 1;
        continue;
      }
      i++;
    }
    if (content.end > lit) parts.push({ t: "literal", range: { start: lit, end: content.end } });
    return { t: "template", parts, range, content, heredoc: false };
  }
  /** Parses the expression text between offsets as HCL, then moves its ranges to those offsets.
   * (Padding the text with `start` spaces instead re-parsed the whole prefix for every `${}`:
   * over 300 s for a 440 KB CDKTF file, issue 12.) */
  embedded(start, end) {
    const prefix = "x=";
    const synthetic = makeSource(this.src.path, prefix + unescapeQuotes(this.src.text.slice(start, end)));
    const hcl = parseHclLoaded(synthetic);
    const expr = hcl?.body.attributes[0]?.expr;
    if (!hcl || hcl.errors.length || !expr || start < prefix.length) return { t: "invalid", range: { start, end } };
    shiftRanges(expr, start - prefix.length);
    return expr;
  }
};
function shiftRanges(root, delta) {
  const stack = [root];
  const seen = /* @__PURE__ */ new Set();
  while (stack.length) {
    const x = stack.pop();
    if (!x || typeof x !== "object" || seen.has(x)) continue;
    seen.add(x);
    if (Array.isArray(x)) {
      stack.push(...x);
      continue;
    }
    const o = x;
    if (typeof o.start === "number" && typeof o.end === "number") {
      o.start += delta;
      o.end = o.end + delta;
    }
    for (const v of Object.values(o)) if (v && typeof v === "object") stack.push(v);
  }
}
function closingBrace(text, from, limit) {
  let depth = 1;
  for (let i = from; i < limit; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
function unescapeQuotes(text) {
  if (!text.includes('\\"') || /\\[^"]/.test(text)) return text;
  let open = false;
  return text.replace(/\\"/g, () => (open = !open) ? ' "' : '" ');
}

// src/resolve/module.ts
import { resolve } from "node:path";

// src/resolve/limits.ts
var LIMITS = {
  /** Expression evaluations per root module. Each can leave a value alive, so this bounds memory
   * too: at 1,000,000 a nested `for` over 5,000 × 5,000 peaked at 440 MB, at 300,000 under 200 MB;
   * the real-world evaluation gives the same results with either (issue 12: under 300 MB). */
  steps: 3e5,
  /** Characters in one computed string (`replace`, `join`, `format`, templates). */
  stringLength: 1048576,
  /** Values (strings, numbers, list items, object entries) in one local or variable default: a
   * policy holds a few thousand at most (10,240 characters), a lookup table of accounts a few tens of thousands. */
  valueNodes: 1e5,
  /** Module instances reached from one root. */
  instances: 256,
  /** Nested templatefile() / file-function depth. */
  templateDepth: 8
};
function newBudget() {
  return { steps: 0, instances: 0, notes: [], exhausted: false };
}
function note(budget, origin, message) {
  if (!origin) return;
  if (budget.notes.length >= 1e3) return;
  if (budget.notes.some((n) => n.origin.file === origin.file && n.origin.range.start === origin.range.start && n.message === message)) return;
  budget.notes.push({ origin, message });
}
function tooLong(budget, origin, shown) {
  note(
    budget,
    origin,
    `a string over ${LIMITS.stringLength.toLocaleString("en-US")} characters is built here, more than policylint evaluates; it is unresolved`
  );
  return unknown(shown, origin);
}

// src/resolve/module.ts
function buildModule(dir, files, readFile, path = [], budget = newBudget()) {
  const m = {
    dir,
    files,
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    blocks: /* @__PURE__ */ new Map(),
    calls: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map(),
    varValues: /* @__PURE__ */ new Map(),
    readFile,
    path,
    child: () => void 0,
    duplicates: [],
    budget,
    memo: { values: /* @__PURE__ */ new Map(), documents: /* @__PURE__ */ new Map(), calls: /* @__PURE__ */ new Map() }
  };
  const add = (map, key, address, at) => {
    const first = map.get(key);
    if (first) m.duplicates.push({ address, first, again: at });
    else map.set(key, at);
  };
  for (const file of files) {
    for (const b of file.hcl.body.blocks) {
      if (b.hasError) continue;
      const [a, n] = b.labels;
      if (b.type === "variable" && a) m.variables.set(a, { file, item: b });
      else if (b.type === "locals") {
        for (const at of b.body.attributes) m.locals.set(at.name, { file, item: at });
      } else if (b.type === "resource" && n) add(m.blocks, `${a}.${n}`, `${a}.${n}`, { file, item: b });
      else if (b.type === "data" && n) add(m.blocks, `data.${a}.${n}`, `data.${a}.${n}`, { file, item: b });
      else if (b.type === "module" && a) add(m.calls, a, `module.${a}`, { file, item: b });
      else if (b.type === "output" && a) m.outputs.set(a, { file, item: b });
    }
  }
  return m;
}
function localSource(module, call) {
  const source = call.body.attributes.find((a) => a.name === "source");
  if (!source || source.expr.t !== "template" || source.expr.parts.some((p) => p.t !== "literal")) return void 0;
  const file = module.calls.get(call.labels[0])?.file;
  return localTarget(module.dir, file?.src.text.slice(source.expr.content.start, source.expr.content.end) ?? "");
}
function localTarget(dir, source) {
  return /^\.\.?\//.test(source) ? resolve(dir, source) : void 0;
}

// src/engine/module-roots.ts
async function calledFolders(dirs, roots, calls = /* @__PURE__ */ new Map(), discovered = /* @__PURE__ */ new Set(), listings = /* @__PURE__ */ new Map(), keep) {
  let kept = 0;
  const all = new Set(dirs);
  for (const dir of all) {
    const out = /* @__PURE__ */ new Set();
    for (const file of siblings(dir, listings.get(dir))) {
      if (!discovered.has(file) && !confine(file, roots).ok) continue;
      const bytes = fileBytes(file);
      if (!bytes) continue;
      if (keep && kept + bytes.length <= KEEP_BYTES) {
        keep.set(file, bytes);
        kept += bytes.length;
      }
      for (const target of await callTargets(bytes, file, dir)) if (target !== dir && all.has(target)) out.add(target);
    }
    calls.set(dir, out);
  }
  const calledByAnother = new Set([...calls.values()].flatMap((s) => [...s]));
  const reached = /* @__PURE__ */ new Set();
  const pending = [...all].filter((d) => !calledByAnother.has(d));
  for (const root of pending) reached.add(root);
  const through = /* @__PURE__ */ new Set();
  while (pending.length) {
    for (const next of calls.get(pending.pop()) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      through.add(next);
      pending.push(next);
    }
  }
  return through;
}
function readsPerFolder(units, calls) {
  const reads = /* @__PURE__ */ new Map();
  for (const u of units) if (u.kind === "module" && u.dir) for (const d of reachedFolders(u.dir, calls)) reads.set(d, (reads.get(d) ?? 0) + 1);
  return reads;
}
function reachedFolders(dir, calls) {
  const seen = /* @__PURE__ */ new Set([dir]);
  const pending = [...calls.get(dir) ?? []];
  while (pending.length) {
    const d = pending.pop();
    if (seen.has(d)) continue;
    seen.add(d);
    pending.push(...calls.get(d) ?? []);
  }
  seen.delete(dir);
  return seen;
}
async function callTargets(bytes, file, dir) {
  if (!bytes.includes("module") || bytes.subarray(0, 8192).indexOf(0) >= 0 || !isUtf8(bytes)) return [];
  const sources = file.endsWith(".json") ? void 0 : moduleCallSources(bytes);
  if (sources) return sources.flatMap((s) => localTarget(dir, s) ?? []);
  const src = makeSource(file, bytes.toString("utf8"));
  let hcl;
  try {
    hcl = file.endsWith(".json") ? await parseTerraformJson(src) : await parseHcl(src);
  } catch {
    return [];
  }
  const module = buildModule(dir, [{ src, hcl }], () => void 0);
  return [...module.calls.values()].flatMap((call) => localSource(module, call.item) ?? []);
}
var KEEP_BYTES = 10 * 1024 * 1024;

export {
  parseTerraformJson,
  LIMITS,
  note,
  tooLong,
  buildModule,
  localSource,
  calledFolders,
  readsPerFolder,
  reachedFolders
};
