import {
  resourceInfo
} from "./chunk-KMQPKPIB.js";
import {
  cursors,
  loadParser,
  loadedParser
} from "./chunk-CMMA6BZU.js";

// src/parse/hcl-escapes.ts
function unescapeQuoted(s) {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (m, esc) => {
    if (m === "$${") return "${";
    if (m === "%%{") return "%{";
    switch (esc[0]) {
      case "n":
        return "\n";
      case "t":
        return "	";
      case "r":
        return "\r";
      case "u":
      case "U":
        return codePoint(esc.slice(1));
      default:
        return esc;
    }
  });
}
function codePoint(hex) {
  const n = parseInt(hex, 16);
  return n > 1114111 ? "\uFFFD" : String.fromCodePoint(n);
}
function invalidEscape(text) {
  if (!text.includes("\\U")) return void 0;
  let seen = 0;
  for (const m of text.matchAll(/\\U([0-9a-fA-F]{8})/g)) {
    if (parseInt(m[1], 16) <= 1114111) continue;
    if (++seen > 100) break;
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    if (/#|\/\/|\/\*/.test(text.slice(lineStart, m.index))) continue;
    return { message: `invalid Unicode escape ${m[0]}: beyond U+10FFFF, which Terraform rejects`, range: { start: m.index, end: m.index + m[0].length } };
  }
  return void 0;
}

// src/parse/relevant-blocks.ts
function isRelevantBlock(type, labels) {
  if (type !== "resource") return true;
  return resourceInfo(labels[0] ?? "") !== void 0;
}
var MODULE_META_ARGUMENTS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var READ_DATA_SOURCES = /* @__PURE__ */ new Set(["aws_iam_policy_document", "aws_caller_identity", "aws_partition", "aws_region"]);
var NOTHING = /* @__PURE__ */ new Set();
var VARIABLE = /* @__PURE__ */ new Set(["default", "type"]);
var GATES = /* @__PURE__ */ new Set(["count", "for_each"]);
function readAttributes(type, labels) {
  switch (type) {
    case "variable":
      return VARIABLE;
    case "data":
      return READ_DATA_SOURCES.has(labels[0] ?? "") ? void 0 : GATES;
    case "provider":
    case "terraform":
    case "moved":
    case "import":
    case "removed":
    case "check":
      return NOTHING;
    default:
      return void 0;
  }
}
function mayHoldPolicy(text) {
  return /Statement|policy|file\(/i.test(text);
}

// src/parse/deferred-attribute.ts
var DeferredAttribute = class {
  name;
  range;
  nameRange;
  #expr;
  #parse;
  constructor(item, parse) {
    this.name = item.name;
    this.range = { start: item.start, end: item.end };
    this.nameRange = { start: item.start, end: item.start + item.name.length };
    this.#parse = parse;
  }
  get expr() {
    return this.#expr ??= this.#parse(this.range);
  }
  /** What a parsed attribute serialises to (tests compare the two readings of a file this way). */
  toJSON() {
    return { name: this.name, expr: this.expr, range: this.range, nameRange: this.nameRange };
  }
};

// src/parse/hcl-convert.ts
var MAX_EXPR_DEPTH = 200;
var CursorConverter = class {
  /** `whole`: convert every attribute of the blocks kept (a file with suppression comments,
   * whose scopes are the blocks and attributes that follow them). */
  constructor(c, text, whole = false, treeHasError = true, deferred) {
    this.c = c;
    this.text = text;
    this.whole = whole;
    this.treeHasError = treeHasError;
    this.deferred = deferred;
  }
  c;
  text;
  whole;
  treeHasError;
  deferred;
  errors = [];
  depth = 0;
  /** The next deferred attribute not yet placed in its block. */
  nextDeferred = 0;
  range() {
    return { start: this.c.startIndex, end: this.c.endIndex };
  }
  /** Calls `visit` with the cursor on each child in turn, then returns to the parent. */
  each(visit) {
    if (!this.c.gotoFirstChild()) return;
    do
      visit(this.c.nodeType);
    while (this.c.gotoNextSibling());
    this.c.gotoParent();
  }
  childText(type) {
    let out;
    this.each((t) => {
      if (out === void 0 && t === type) out = this.text.slice(this.c.startIndex, this.c.endIndex);
    });
    return out;
  }
  body(topLevel = false) {
    const body = { attributes: [], blocks: [] };
    this.each((t) => {
      if (t === "attribute") {
        const a = this.attribute();
        if (a) body.attributes.push(a);
      } else if (t === "block") body.blocks.push(this.block(topLevel));
    });
    return body;
  }
  /** `read`: only an attribute of one of these names, or one that may hold a policy; any other is
   * left unconverted (its name is read in the same walk as the rest). */
  attribute(read) {
    const range = this.range();
    let name;
    let expr;
    let skipped = false;
    this.each((t) => {
      if (skipped) return;
      if (t === "identifier" && !name) {
        const r = this.range();
        name = { text: this.text.slice(r.start, r.end), range: r };
        skipped = !!read && !read.has(name.text) && !mayHoldPolicy(this.text.slice(range.start, range.end));
      } else if (t === "expression") expr = this.expr(t);
    });
    return !skipped && name && expr ? { name: name.text, expr, range, nameRange: name.range } : void 0;
  }
  /** Top-level blocks no policy can come from keep only their header: converting every
   * attribute of every resource costs more than parsing (measured in BENCHMARKS.md). */
  block(topLevel) {
    const range = this.range();
    const hasError = this.treeHasError && this.c.hasError();
    let type = "";
    const labels = [];
    let body = { attributes: [], blocks: [] };
    this.each((t) => {
      if (t === "identifier" && !type) type = this.text.slice(this.c.startIndex, this.c.endIndex);
      else if (t === "identifier") labels.push(this.text.slice(this.c.startIndex, this.c.endIndex));
      else if (t === "string_lit") labels.push(unescapeQuoted(this.childText("template_literal") ?? ""));
      else if (t === "body" && (!topLevel || isRelevantBlock(type, labels) || this.mayHoldPolicy())) {
        if (this.depth >= MAX_EXPR_DEPTH) {
          if (!this.errors.length) this.errors.push({ message: `blocks nested deeper than ${MAX_EXPR_DEPTH} levels`, range: this.range() });
          return;
        }
        this.depth++;
        const read = topLevel && !this.whole ? readAttributes(type, labels) : void 0;
        body = read ? this.partialBody(read) : this.body();
        this.depth--;
      }
    });
    if (topLevel && this.deferred) this.placeDeferred(body, range);
    return { type, labels, body, range, hasError };
  }
  /** Adds the deferred attributes that lie inside this top-level block, where the whole parse has
   * them: attributes in the order of the file. */
  placeDeferred(body, range) {
    const items = this.deferred.items;
    let added = false;
    for (; this.nextDeferred < items.length && items[this.nextDeferred].start < range.end; this.nextDeferred++) {
      const item = items[this.nextDeferred];
      if (item.start < range.start) continue;
      body.attributes.push(new DeferredAttribute(item, this.deferred.parse));
      added = true;
    }
    if (added) body.attributes.sort((a, b) => a.range.start - b.range.start);
  }
  /** The attributes named in `read`, and any other attribute or nested block that may hold a
   * policy; the rest is never read, so never converted (issue 16). */
  partialBody(read) {
    const body = { attributes: [], blocks: [] };
    this.each((t) => {
      if (t === "attribute") {
        const a = this.attribute(read);
        if (a) body.attributes.push(a);
      } else if (t === "block" && this.mayHoldPolicy()) body.blocks.push(this.block(false));
    });
    return body;
  }
  /** A block of a type the catalogue does not list still matters when it can hold a policy
   * document (issue 20: judged wherever it appears); others keep only their header. */
  mayHoldPolicy() {
    return mayHoldPolicy(this.text.slice(this.c.startIndex, this.c.endIndex));
  }
  /** `type`: the node's type when the caller has read it already (each read is a call into wasm). */
  expr(type) {
    if (this.depth >= MAX_EXPR_DEPTH) {
      if (!this.errors.length) this.errors.push({ message: `expression nested deeper than ${MAX_EXPR_DEPTH} levels`, range: this.range() });
      return this.invalid();
    }
    this.depth++;
    try {
      return this.exprAt(type ?? this.c.nodeType);
    } finally {
      this.depth--;
    }
  }
  invalid() {
    return { t: "invalid", range: this.range() };
  }
  /** The first named child, converted. */
  inner() {
    let out;
    this.each((t) => {
      if (!out && t !== "comment" && this.c.nodeIsNamed) out = this.expr(t);
    });
    return out ?? this.invalid();
  }
  expressions() {
    const out = [];
    this.each((t) => t === "expression" && out.push(this.expr(t)));
    return out;
  }
  /** Each case takes its node's range when it needs it: every cursor read is a call into wasm,
   * and most expression nodes are wrappers (`expression`, `literal_value`) whose range is unused. */
  exprAt(type) {
    switch (type) {
      case "expression":
        return this.chain();
      case "literal_value":
        return this.literal();
      case "collection_value":
      case "template_expr":
      case "for_expr":
      case "operation":
        return this.inner();
      case "tuple":
        return { t: "tuple", items: this.expressions(), range: this.range() };
      case "object": {
        const elems = [];
        this.each((t) => {
          if (t !== "object_elem") return;
          const elRange = this.range();
          const [key, value] = this.expressions();
          elems.push({ key: key ?? this.invalid(), value: value ?? this.invalid(), range: elRange });
        });
        return { t: "object", elems, range: this.range() };
      }
      case "quoted_template":
      case "heredoc_template":
        return this.template(type === "heredoc_template");
      case "variable_expr":
        return { t: "variable", name: this.childText("identifier") ?? "", range: this.range() };
      case "function_call":
        return this.call();
      case "for_tuple_expr":
      case "for_object_expr":
        return this.forExpr(type === "for_object_expr");
      case "conditional": {
        const [cond, a, b] = this.expressions();
        return cond && a && b ? { t: "conditional", cond, then: a, else: b, range: this.range() } : this.invalid();
      }
      case "unary_operation": {
        let op = "";
        const operands = this.operands((t) => op ||= t);
        return operands.length === 1 ? { t: "unary", op, operand: operands[0], range: this.range() } : this.invalid();
      }
      case "binary_operation": {
        let op = "?";
        const operands = this.operands((t) => op = t);
        return operands.length === 2 ? { t: "binary", op, left: operands[0], right: operands[1], range: this.range() } : this.invalid();
      }
      default:
        return this.invalid();
    }
  }
  /** `expression`: a term followed by get_attr / index / splat postfixes, or a parenthesised group. */
  chain() {
    const start = this.c.startIndex;
    let cur;
    this.each((t) => {
      if (t === "comment" || t === "(" || t === ")") return;
      if (!cur) {
        cur = this.expr(t);
        return;
      }
      cur = this.postfix(cur, t, start);
    });
    return cur ?? this.invalid();
  }
  /** The cursor's get_attr / index / splat applied to `cur`, the term it follows. */
  postfix(cur, t, start) {
    const range = { start, end: this.c.endIndex };
    if (t === "get_attr") return { t: "getattr", object: cur, name: this.childText("identifier") ?? "", range };
    if (t === "index") return { t: "index", object: cur, key: this.indexKey(), range };
    if (t === "splat") return { t: "splat", object: cur, each: this.splatRest(), range };
    return cur;
  }
  /** An operation's operands: the grammar inlines a term's postfixes (`var.a` is variable_expr,
   * get_attr) as siblings of the operator, so each postfix joins the term before it. */
  operands(operator) {
    const out = [];
    const starts = [];
    this.each((t) => {
      if (t === "comment") return;
      if (!this.c.nodeIsNamed) operator(t);
      else if ((t === "get_attr" || t === "index" || t === "splat") && out.length)
        out[out.length - 1] = this.postfix(out[out.length - 1], t, starts[out.length - 1]);
      else {
        starts.push(this.c.startIndex);
        out.push(this.expr(t));
      }
    });
    return out;
  }
  indexKey() {
    let key;
    this.each((t) => {
      if (t === "legacy_index") {
        const range = this.range();
        const n = this.childText("numeric_lit") ?? this.childText("identifier") ?? "0";
        key = { t: "literal", value: Number(n), range };
      } else if (t === "new_index") {
        this.each((u) => {
          if (u === "expression") key = this.expr(u);
        });
      }
    });
    return key ?? this.invalid();
  }
  splatRest() {
    const out = [];
    this.each(() => {
      this.each((t) => {
        if (t === "get_attr") out.push({ t: "attr", name: this.childText("identifier") ?? "" });
        else if (t === "index") out.push({ t: "index", key: this.indexKey() });
      });
    });
    return out;
  }
  literal() {
    const range = this.range();
    let out;
    this.each((t) => {
      if (t === "numeric_lit") out = { t: "literal", value: Number(this.text.slice(this.c.startIndex, this.c.endIndex)), range };
      else if (t === "bool_lit") out = { t: "literal", value: this.text.slice(this.c.startIndex, this.c.endIndex) === "true", range };
      else if (t === "null_lit") out = { t: "literal", value: null, range };
      else if (t === "string_lit") {
        let content;
        if (!this.treeHasError) content = range.end - 1 > range.start + 1 ? { start: range.start + 1, end: range.end - 1 } : void 0;
        else
          this.each((u) => {
            if (u === "template_literal") content = this.range();
          });
        const c = content ?? { start: this.c.startIndex + 1, end: this.c.startIndex + 1 };
        out = { t: "template", parts: content ? [{ t: "literal", range: c }] : [], range, content: c, heredoc: false };
      }
    });
    return out ?? { t: "invalid", range };
  }
  template(heredoc) {
    const range = this.range();
    const parts = [];
    const ids = [];
    this.each((t) => {
      if (t === "template_literal") parts.push({ t: "literal", range: this.range() });
      else if (t === "template_interpolation") {
        const r = this.range();
        let expr;
        this.each((u) => {
          if (u === "expression") expr = this.expr(u);
        });
        parts.push({ t: "interpolation", expr: expr ?? { t: "invalid", range: r }, range: r });
      } else if (t === "template_directive") parts.push({ t: "directive", range: this.range() });
      else if (t === "heredoc_identifier") ids.push(this.range());
    });
    if (heredoc) {
      const openEnd = ids[0]?.end ?? range.start;
      const nl = this.text.indexOf("\n", openEnd);
      const start = nl < 0 ? openEnd : nl + 1;
      const closing = ids.length > 1 ? ids[ids.length - 1].start : range.end;
      const end = Math.max(start, this.text.lastIndexOf("\n", closing - 1) + 1);
      return { t: "template", parts, range, content: { start, end }, heredoc: true };
    }
    return { t: "template", parts, range, content: { start: range.start + 1, end: Math.max(range.start + 1, range.end - 1) }, heredoc: false };
  }
  call() {
    const range = this.range();
    let name = "";
    let args = [];
    let expand = false;
    this.each((t) => {
      if (t === "identifier" && !name) name = this.text.slice(this.c.startIndex, this.c.endIndex);
      else if (t === "function_arguments") {
        args = this.expressions();
        this.each((u) => {
          if (u === "expanded_argument" || u === "...") expand = true;
        });
      }
    });
    return { t: "call", name, args, expand, range };
  }
  forExpr(object) {
    const range = this.range();
    const ids = [];
    let collection;
    const exprs = [];
    let cond;
    let grouping = false;
    this.each((t) => {
      if (t === "for_intro") {
        this.each((u) => {
          if (u === "identifier") ids.push(this.text.slice(this.c.startIndex, this.c.endIndex));
          else if (u === "expression") collection = this.expr(u);
        });
      } else if (t === "expression") exprs.push(this.expr(t));
      else if (t === "for_cond") {
        this.each((u) => {
          if (u === "expression") cond = this.expr(u);
        });
      } else if (t === "ellipsis" || t === "...") grouping = true;
    });
    const value = object ? exprs[1] ?? exprs[0] : exprs[0];
    if (!collection || !value) return this.invalid();
    return {
      t: "for",
      form: object ? "object" : "tuple",
      keyVar: ids.length > 1 ? ids[0] : void 0,
      valueVar: ids[ids.length - 1] ?? "_",
      collection,
      key: object ? exprs[0] : void 0,
      value,
      cond,
      grouping,
      range
    };
  }
};

// src/parse/hcl-scan.ts
function outline(text) {
  try {
    return new Scanner(text).file();
  } catch (e) {
    if (e === NOT_PLAIN || e instanceof RangeError) return void 0;
    throw e;
  }
}
function isLiteralString(quoted) {
  if (quoted.length < 2 || quoted.charCodeAt(0) !== QUOTE || quoted.charCodeAt(quoted.length - 1) !== QUOTE) return false;
  for (let i = 1; i < quoted.length - 1; i++) {
    const c = quoted.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if ((c === DOLLAR || c === PERCENT) && quoted.charCodeAt(i + 1) === LBRACE) return false;
    else if ((c === DOLLAR || c === PERCENT) && quoted.charCodeAt(i + 1) === c && quoted.charCodeAt(i + 2) === LBRACE) i += 2;
  }
  return true;
}
var NOT_PLAIN = new Error("not a plain outline");
var MAX_BLOCK_DEPTH = 64;
var NL = 10;
var CR = 13;
var SPACE = 32;
var TAB = 9;
var QUOTE = 34;
var HASH = 35;
var DOLLAR = 36;
var PERCENT = 37;
var LPAREN = 40;
var RPAREN = 41;
var STAR = 42;
var MINUS = 45;
var SLASH = 47;
var LT = 60;
var EQ = 61;
var LBRACKET = 91;
var BACKSLASH = 92;
var RBRACKET = 93;
var LBRACE = 123;
var RBRACE = 125;
var isIdStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c >= 128;
var isIdPart = (c) => isIdStart(c) || c >= 48 && c <= 57 || c === MINUS;
var isBlank = (c) => c === SPACE || c === TAB || c === CR;
var Scanner = class {
  constructor(t) {
    this.t = t;
    this.n = t.length;
  }
  t;
  i = 0;
  n;
  /** Templates inside strings inside templates: as deep as this, and no deeper. */
  templates = 0;
  at(k = 0) {
    return this.t.charCodeAt(this.i + k);
  }
  file() {
    const blocks = [];
    for (; ; ) {
      this.trivia();
      if (this.i >= this.n) return blocks;
      const start = this.i;
      const type = this.identifier();
      this.blanks();
      if (this.at() === EQ && this.at(1) !== EQ) {
        this.i++;
        this.value();
        continue;
      }
      const labels = this.labels();
      if (this.at() !== LBRACE) throw NOT_PLAIN;
      const open = this.i++;
      const items = this.body();
      blocks.push({ type, labels, start, open, close: this.i - 1, items });
    }
  }
  /** Blanks, line breaks and comments. */
  trivia() {
    while (this.i < this.n) {
      const c = this.at();
      if (isBlank(c) || c === NL) this.i++;
      else if (c === HASH || c === SLASH && this.at(1) === SLASH) this.line();
      else if (c === SLASH && this.at(1) === STAR) this.blockComment();
      else return;
    }
  }
  blanks() {
    while (isBlank(this.at())) this.i++;
  }
  identifier() {
    const start = this.i;
    if (!isIdStart(this.at())) throw NOT_PLAIN;
    while (this.i < this.n && isIdPart(this.at())) this.i++;
    return this.t.slice(start, this.i);
  }
  labels() {
    const labels = [];
    for (; ; ) {
      if (this.at() === QUOTE) {
        const start = this.i;
        if (!this.string()) throw NOT_PLAIN;
        labels.push(this.t.slice(start + 1, this.i - 1));
      } else if (isIdStart(this.at())) labels.push(this.identifier());
      else return labels;
      this.blanks();
    }
  }
  /** From after a `{` to after its `}`: the attributes and blocks directly inside. Blocks nested
   * deeper than real configurations do (a hostile file of 100,000) are not plain: no stack overflow. */
  body(depth = 1) {
    if (depth > MAX_BLOCK_DEPTH) throw NOT_PLAIN;
    const items = [];
    for (; ; ) {
      this.trivia();
      if (this.i >= this.n) throw NOT_PLAIN;
      if (this.at() === RBRACE) {
        this.i++;
        return items;
      }
      const start = this.i;
      const name = this.identifier();
      this.blanks();
      if (this.at() === EQ && this.at(1) !== EQ) {
        this.i++;
        const valueStart = this.i;
        const end = this.value();
        items.push({ name, block: false, start, end, valueStart });
        continue;
      }
      this.labels();
      if (this.at() !== LBRACE) throw NOT_PLAIN;
      this.i++;
      this.body(depth + 1);
      items.push({ name, block: true, start, end: this.i, valueStart: -1 });
    }
  }
  /** An attribute's value: to the end of its line outside brackets, or to the brace that closes a
   * one-line block (left for the caller). Returns where it ends, before blanks and a comment. */
  value() {
    let depth = 0;
    let end = this.i;
    while (this.i < this.n) {
      const c = this.at();
      if (c === NL && depth === 0) return end;
      if (c === HASH || c === SLASH && this.at(1) === SLASH) {
        this.line();
        continue;
      }
      if (c === SLASH && this.at(1) === STAR) {
        this.blockComment();
        continue;
      }
      if (isBlank(c) || c === NL) {
        this.i++;
        continue;
      }
      if (c === QUOTE) {
        if (!this.string()) throw NOT_PLAIN;
      } else if (c === LT && this.at(1) === LT && this.heredoc()) {
      } else if (c === LBRACE || c === LBRACKET || c === LPAREN) {
        depth++;
        this.i++;
      } else if (c === RBRACE || c === RBRACKET || c === RPAREN) {
        if (depth === 0) {
          if (c !== RBRACE) throw NOT_PLAIN;
          return end;
        }
        depth--;
        this.i++;
      } else this.i++;
      end = this.i;
    }
    if (depth) throw NOT_PLAIN;
    return end;
  }
  line() {
    while (this.i < this.n && this.at() !== NL) this.i++;
  }
  blockComment() {
    const close = this.t.indexOf("*/", this.i + 2);
    if (close < 0) throw NOT_PLAIN;
    this.i = close + 2;
  }
  /** A quoted string from its opening quote to after its closing one; false (and the scan stops
   * at the line's end) when the line ends first. */
  string() {
    this.i++;
    while (this.i < this.n) {
      const c = this.at();
      if (c === QUOTE) {
        this.i++;
        return true;
      }
      if (c === NL) return false;
      if (c === BACKSLASH) this.i += 2;
      else if ((c === DOLLAR || c === PERCENT) && this.at(1) === c && this.at(2) === LBRACE) this.i += 3;
      else if ((c === DOLLAR || c === PERCENT) && this.at(1) === LBRACE) this.template();
      else this.i++;
    }
    return false;
  }
  /** `${ ... }` or `%{ ... }` from its `$`: past the brace that closes it, strings inside included. */
  template() {
    if (++this.templates > MAX_BLOCK_DEPTH) throw NOT_PLAIN;
    this.i += 2;
    let depth = 1;
    while (this.i < this.n) {
      const c = this.at();
      if (c === QUOTE) {
        if (!this.string()) throw NOT_PLAIN;
        continue;
      }
      if (c === LBRACE) depth++;
      else if (c === RBRACE && --depth === 0) {
        this.i++;
        this.templates--;
        return;
      }
      this.i++;
    }
    throw NOT_PLAIN;
  }
  /** `<<EOT` or `<<-EOT` and a line break: past the closing marker (alone on its line, indent
   * allowed). False, with nothing moved, for a `<<` that starts none. */
  heredoc() {
    const t = this.t;
    let j = this.i + 2;
    if (t.charCodeAt(j) === MINUS) j++;
    const start = j;
    if (!isIdStart(t.charCodeAt(j))) return false;
    while (j < this.n && isIdPart(t.charCodeAt(j))) j++;
    const marker = t.slice(start, j);
    while (isBlank(t.charCodeAt(j))) j++;
    if (t.charCodeAt(j) !== NL) return false;
    for (let line = j + 1; line < this.n; ) {
      let k = line;
      while (t.charCodeAt(k) === SPACE || t.charCodeAt(k) === TAB) k++;
      if (t.startsWith(marker, k)) {
        let end = k + marker.length;
        while (isBlank(t.charCodeAt(end))) end++;
        if (end >= this.n || t.charCodeAt(end) === NL) {
          this.i = k + marker.length;
          return true;
        }
      }
      const next = t.indexOf("\n", line);
      if (next < 0) break;
      line = next + 1;
    }
    throw NOT_PLAIN;
  }
};

// src/parse/skipped-ranges.ts
var NONE = /* @__PURE__ */ new Set();
var DEFERRED_BLOCKS = /* @__PURE__ */ new Map([
  ["variable", NONE],
  ["output", NONE],
  ["locals", NONE],
  ["module", MODULE_META_ARGUMENTS]
]);
function skipPlan(text) {
  const plan = { skipped: [], deferred: [] };
  if (text.includes("policylint:")) return plan;
  const blocks = outline(text);
  if (!blocks) return plan;
  for (const b of blocks) {
    if (!isRelevantBlock(b.type, b.labels)) {
      if (b.close > b.open + 1 && !mayHoldPolicy(text.slice(b.open + 1, b.close))) plan.skipped.push([b.open + 1, b.close]);
      continue;
    }
    const read = readAttributes(b.type, b.labels);
    const eager = DEFERRED_BLOCKS.get(b.type);
    if (!read && !eager) continue;
    for (const item of b.items) {
      const kept = !read || !item.block && read.has(item.name) || mayHoldPolicy(text.slice(item.start, item.end));
      if (!kept) plan.skipped.push([item.start, item.end]);
      else if (eager && !item.block && !eager.has(item.name)) {
        plan.skipped.push([item.start, item.end]);
        plan.deferred.push(item);
      }
    }
  }
  return plan;
}

// src/parse/hcl.ts
async function parseHcl(src) {
  return parseWith(await loadParser(false), src, false, true);
}
function parseHclLoaded(src) {
  const parser = loadedParser();
  return parser && parseWith(parser, src);
}
function parseWith(parser, src, libraryCursor = false, skip = false) {
  const deferredErrors = [];
  const { tree, deferred } = skip ? parseSkipping(parser, src.text, libraryCursor, deferredErrors) : { tree: parser.parse(src.text), deferred: void 0 };
  if (!tree) return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: "could not parse", range: { start: 0, end: 0 } }] };
  try {
    const root = tree.rootNode;
    const hasError = root.hasError;
    const cursor = cursors().walk(tree, libraryCursor);
    const conv = new CursorConverter(cursor, src.text, src.text.includes("policylint:"), hasError, deferred);
    const body = rootBody(cursor, conv) ?? { attributes: [], blocks: [] };
    cursor.delete();
    const escape = invalidEscape(src.text);
    const errors = [...collectErrors(root, src.text), ...conv.errors, ...escape ? [escape] : []].slice(0, 1);
    const comments = src.text.includes("policylint:") ? root.descendantsOfType("comment").flatMap((c) => c ? [{ text: c.text, range: rangeOf(c) }] : []) : [];
    return deferred ? { body, comments, errors, deferredErrors } : { body, comments, errors };
  } finally {
    tree.delete();
  }
}
function parseSkipping(parser, text, libraryCursor, deferredErrors) {
  const plan = skipPlan(text);
  if (!plan.skipped.length) return { tree: parser.parse(text) };
  const ranges = includedRanges(text, plan.skipped);
  const tree = parser.parse(rangedInput(text, ranges), null, { includedRanges: ranges });
  if (!tree?.rootNode.hasError) {
    const deferred = plan.deferred.length ? { items: plan.deferred, parse: (range) => parseAttribute(parser, text, range, libraryCursor, deferredErrors) } : void 0;
    return { tree, deferred };
  }
  tree.delete();
  return { tree: parser.parse(text) };
}
function parseAttribute(parser, text, range, libraryCursor, errors) {
  const invalid = { t: "invalid", range };
  const newline = text.indexOf("\n", range.end);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  const rest = text.slice(range.end, lineEnd).trim();
  const end = rest === "" || rest.startsWith("#") || rest.startsWith("//") ? lineEnd : range.end;
  const [only] = includedRanges(text.slice(0, end), [[0, range.start]]);
  const tree = parser.parse(rangedInput(text, [only]), null, { includedRanges: [only] });
  if (!tree) return invalid;
  try {
    if (tree.rootNode.hasError) {
      errors.push(...collectErrors(tree.rootNode, text));
      return invalid;
    }
    const cursor = cursors().walk(tree, libraryCursor);
    const conv = new CursorConverter(cursor, text, false, false);
    const body = rootBody(cursor, conv);
    cursor.delete();
    errors.push(...conv.errors);
    return body?.attributes[0]?.expr ?? invalid;
  } finally {
    tree.delete();
  }
}
function rootBody(cursor, conv) {
  if (!cursor.gotoFirstChild()) return void 0;
  do
    if (cursor.nodeType === "body") return conv.body(true);
  while (cursor.gotoNextSibling());
  return void 0;
}
function includedRanges(text, skipped) {
  let row = 0;
  let lineStart = 0;
  const point = (index) => {
    for (let nl = text.indexOf("\n", lineStart); nl >= 0 && nl < index; nl = text.indexOf("\n", nl + 1)) {
      row++;
      lineStart = nl + 1;
    }
    return { row, column: index - lineStart };
  };
  const ranges = [];
  let at = 0;
  for (const [start, end] of skipped) {
    if (start > at) ranges.push({ startIndex: at, endIndex: start, startPosition: point(at), endPosition: point(start) });
    at = end;
  }
  ranges.push({ startIndex: at, endIndex: text.length, startPosition: point(at), endPosition: point(text.length) });
  return ranges;
}
function rangedInput(text, ranges) {
  return (index) => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (ranges[mid].endIndex <= index) lo = mid + 1;
      else hi = mid;
    }
    const limit = index + READ_CHARS;
    let end = lo < ranges.length ? ranges[lo].endIndex : text.length;
    while (++lo < ranges.length && end < limit && ranges[lo].startIndex - end <= GAP) end = ranges[lo].endIndex;
    return text.slice(index, Math.min(end, limit));
  };
}
var READ_CHARS = 5119;
var GAP = 256;
var rangeOf = (n) => ({ start: n.startIndex, end: n.endIndex });
function collectErrors(root, text) {
  const errors = [];
  if (!root.hasError) return errors;
  const stack = [root];
  while (stack.length && errors.length < 1) {
    const n = stack.pop();
    if (n.isMissing) {
      errors.push(unclosed(n) ?? { message: `HCL syntax error: missing "${n.type}"`, range: rangeOf(n) });
      continue;
    }
    if (n.type === "ERROR") {
      const near = text.slice(n.startIndex, Math.min(n.endIndex, n.startIndex + 30)).split(/\r?\n/)[0];
      errors.push({ message: `HCL syntax error near "${near}"`, range: rangeOf(n) });
      continue;
    }
    if (!n.hasError) continue;
    const kids = n.children.filter((c) => !!c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return errors;
}
var OPENERS = { "}": "{", "]": "[", ")": "(" };
function unclosed(missing) {
  const open = OPENERS[missing.type];
  if (!open) return void 0;
  for (let owner = missing.parent; owner; owner = owner.parent) {
    const opener = owner.children.find((c) => c !== null && c.text === open && c.endIndex <= missing.startIndex);
    if (opener)
      return {
        message: `HCL syntax error: this "${open}" is never closed; add the missing "${missing.type}" where the ${owner.type.replace(/_/g, " ")} ends`,
        range: rangeOf(opener)
      };
    if (owner.type === "body" || owner.type === "config_file") return void 0;
  }
  return void 0;
}

export {
  unescapeQuoted,
  codePoint,
  MODULE_META_ARGUMENTS,
  mayHoldPolicy,
  outline,
  isLiteralString,
  parseHcl,
  parseHclLoaded
};
