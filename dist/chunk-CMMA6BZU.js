// src/parse/parser.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

// src/parse/wasm-cursor.ts
var FastCursor = class {
  constructor(b, transfer, tree, types) {
    this.b = b;
    this.tree = tree;
    this.types = types;
    this.at = transfer >> 2;
    b._ts_tree_root_node_wasm(tree);
    b._ts_tree_cursor_new_wasm(tree);
  }
  b;
  tree;
  types;
  at;
  gotoFirstChild() {
    return this.b._ts_tree_cursor_goto_first_child_wasm(this.tree) === 1;
  }
  gotoNextSibling() {
    return this.b._ts_tree_cursor_goto_next_sibling_wasm(this.tree) === 1;
  }
  gotoParent() {
    return this.b._ts_tree_cursor_goto_parent_wasm(this.tree) === 1;
  }
  get nodeType() {
    return this.types[this.b._ts_tree_cursor_current_node_type_id_wasm(this.tree)] || "ERROR";
  }
  get nodeIsNamed() {
    return this.b._ts_tree_cursor_current_node_is_named_wasm(this.tree) === 1;
  }
  get startIndex() {
    return this.b._ts_tree_cursor_start_index_wasm(this.tree);
  }
  get endIndex() {
    return this.b._ts_tree_cursor_end_index_wasm(this.tree);
  }
  hasError() {
    const heap = this.b.HEAP32;
    const saved = heap.slice(this.at, this.at + 4);
    this.b._ts_tree_cursor_current_node_wasm(this.tree);
    const result = this.b._ts_node_has_error_wasm(this.tree) === 1;
    this.b.HEAP32.set(saved, this.at);
    return result;
  }
  delete() {
    this.b._ts_tree_cursor_delete_wasm(this.tree);
  }
};
var LibraryCursor = class {
  constructor(c) {
    this.c = c;
  }
  c;
  gotoFirstChild = () => this.c.gotoFirstChild();
  gotoNextSibling = () => this.c.gotoNextSibling();
  gotoParent = () => this.c.gotoParent();
  get nodeType() {
    return this.c.nodeType;
  }
  get nodeIsNamed() {
    return this.c.nodeIsNamed;
  }
  get startIndex() {
    return this.c.startIndex;
  }
  get endIndex() {
    return this.c.endIndex;
  }
  hasError = () => this.c.currentNode.hasError;
  delete = () => this.c.delete();
};
function address(tree) {
  const a = tree[0];
  return typeof a === "number" && a > 0 ? a : void 0;
}
var CursorFactory = class {
  constructor(binding, language, sample) {
    this.binding = binding;
    this.types = language.types;
    try {
      if (!sample || !isBinding(binding)) return;
      this.transfer = binding._ts_init();
      this.fast = true;
      const fast = this.walk(sample);
      const seenFast = trace(fast);
      fast.delete();
      const slow = new LibraryCursor(sample.walk());
      const seenSlow = trace(slow);
      slow.delete();
      this.fast = seenFast === seenSlow;
    } catch {
      this.fast = false;
    }
  }
  binding;
  fast = false;
  transfer = 0;
  types;
  /** Whether cursors call the binding directly (tested, so that an upgrade cannot quietly lose it). */
  get direct() {
    return this.fast;
  }
  /** `library`: the library's cursor whatever the binding (tests compare the two). */
  walk(tree, library = false) {
    const at = this.fast && !library ? address(tree) : void 0;
    return at !== void 0 ? new FastCursor(this.binding, this.transfer, at, this.types) : new LibraryCursor(tree.walk());
  }
};
function isBinding(b) {
  const needed = [
    "_ts_init",
    "_ts_tree_root_node_wasm",
    "_ts_tree_cursor_new_wasm",
    "_ts_tree_cursor_delete_wasm",
    "_ts_tree_cursor_goto_first_child_wasm",
    "_ts_tree_cursor_goto_next_sibling_wasm",
    "_ts_tree_cursor_goto_parent_wasm",
    "_ts_tree_cursor_current_node_type_id_wasm",
    "_ts_tree_cursor_current_node_is_named_wasm",
    "_ts_tree_cursor_start_index_wasm",
    "_ts_tree_cursor_end_index_wasm",
    "_ts_tree_cursor_current_node_wasm",
    "_ts_node_has_error_wasm"
  ];
  return b.HEAP32 instanceof Int32Array && needed.every((k) => typeof b[k] === "function");
}
function trace(c) {
  const out = [];
  const visit = () => {
    out.push(`${c.nodeType}:${c.nodeIsNamed}:${c.startIndex}-${c.endIndex}:${c.hasError()}`);
    if (c.gotoFirstChild()) {
      do
        visit();
      while (c.gotoNextSibling());
      c.gotoParent();
    }
  };
  visit();
  return out.join("\n");
}

// src/parse/parser.ts
var parserPromise;
var loaded;
var factory;
var SAMPLE = `resource "aws_iam_policy" "p" {
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["s3:*", "\${var.a}"] }] })
  n      = var.x != null ? [for k, v in local.m : v.arn if k > 1][0] : -2.5
  t      = <<EOT
%{ if true }x\${a.b[*].c}%{ endif }
EOT
}
oops = {
`;
var liftoff = false;
function liftoffOnly() {
  if (liftoff) return;
  liftoff = true;
  process.getBuiltinModule("node:v8").setFlagsFromString("--liftoff-only");
}
function loadParser(fewFiles) {
  parserPromise ??= (async () => {
    if (fewFiles) liftoffOnly();
    const { Parser, Language } = await import("web-tree-sitter");
    const binding = {};
    await Parser.init(binding);
    const language = await Language.load(grammarFile());
    const parser = new Parser();
    parser.setLanguage(language);
    const sample = fewFiles ? null : parser.parse(SAMPLE);
    factory = new CursorFactory(binding, language, sample);
    sample?.delete();
    loaded = parser;
    return parser;
  })();
  return parserPromise;
}
function grammarFile() {
  const bundled = fileURLToPath(new URL("./tree-sitter-terraform.wasm", import.meta.url));
  if (existsSync(bundled)) return bundled;
  const dir = dirname(createRequire(import.meta.url).resolve("@tree-sitter-grammars/tree-sitter-hcl/grammar.js"));
  return join(dir, "tree-sitter-terraform.wasm");
}
function loadedParser() {
  return loaded;
}
function cursors() {
  return factory;
}

export {
  liftoffOnly,
  loadParser,
  loadedParser,
  cursors
};
