import type { Language, Tree, TreeCursor } from 'web-tree-sitter';

/** What the converter asks of a cursor over the syntax tree (hcl-convert.ts). */
export interface WalkCursor {
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  readonly nodeType: string;
  readonly nodeIsNamed: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  /** Whether the current node holds a syntax error. */
  hasError(): boolean;
  delete(): void;
}

/**
 * The functions of web-tree-sitter's compiled binding this file calls. `Parser.init(options)`
 * builds the binding on the object it is given (Emscripten's module object), so the object
 * policylint passes holds them once the parser is loaded.
 */
export interface Binding {
  HEAP32: Int32Array;
  _ts_init(): number;
  _ts_tree_root_node_wasm(tree: number): void;
  _ts_tree_cursor_new_wasm(tree: number): void;
  _ts_tree_cursor_delete_wasm(tree: number): void;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_named_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_wasm(tree: number): void;
  _ts_node_has_error_wasm(tree: number): number;
}

/**
 * A tree cursor that calls the binding directly (issue 16). web-tree-sitter's TreeCursor copies
 * its four words of state into the binding's transfer buffer before every call and back after
 * every move, each word through a `setValue` / `getValue` that switches on a type name: that glue
 * cost more than a third of converting a tree. The binding's cursor functions read the state from
 * the transfer buffer and write it back there after a move, so while this cursor is the only user
 * of the buffer (the conversion is synchronous and makes no other call into the binding) the
 * state simply stays there. The one call that needs the buffer for something else, whether the
 * current node has an error, saves and restores the state around it.
 */
class FastCursor implements WalkCursor {
  private readonly at: number;

  constructor(
    private readonly b: Binding,
    transfer: number,
    private readonly tree: number,
    private readonly types: readonly string[],
  ) {
    this.at = transfer >> 2;
    b._ts_tree_root_node_wasm(tree);
    b._ts_tree_cursor_new_wasm(tree);
  }

  gotoFirstChild(): boolean {
    return this.b._ts_tree_cursor_goto_first_child_wasm(this.tree) === 1;
  }

  gotoNextSibling(): boolean {
    return this.b._ts_tree_cursor_goto_next_sibling_wasm(this.tree) === 1;
  }

  gotoParent(): boolean {
    return this.b._ts_tree_cursor_goto_parent_wasm(this.tree) === 1;
  }

  get nodeType(): string {
    return this.types[this.b._ts_tree_cursor_current_node_type_id_wasm(this.tree)] || 'ERROR';
  }

  get nodeIsNamed(): boolean {
    return this.b._ts_tree_cursor_current_node_is_named_wasm(this.tree) === 1;
  }

  get startIndex(): number {
    return this.b._ts_tree_cursor_start_index_wasm(this.tree);
  }

  get endIndex(): number {
    return this.b._ts_tree_cursor_end_index_wasm(this.tree);
  }

  hasError(): boolean {
    // The heap may have grown since the last look (a deep walk grows the cursor's stack).
    const heap = this.b.HEAP32;
    const saved = heap.slice(this.at, this.at + 4);
    this.b._ts_tree_cursor_current_node_wasm(this.tree);
    const result = this.b._ts_node_has_error_wasm(this.tree) === 1;
    this.b.HEAP32.set(saved, this.at);
    return result;
  }

  delete(): void {
    this.b._ts_tree_cursor_delete_wasm(this.tree);
  }
}

/** web-tree-sitter's own cursor, for when the binding is not what this file expects. */
class LibraryCursor implements WalkCursor {
  constructor(private readonly c: TreeCursor) {}
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
}

/** A tree's address in the binding's memory: web-tree-sitter keeps it at index 0 of the Tree. */
function address(tree: Tree): number | undefined {
  const a = (tree as unknown as Record<number, unknown>)[0];
  return typeof a === 'number' && a > 0 ? a : undefined;
}

/**
 * Makes cursors for one loaded parser: fast ones when the binding has every function above and a
 * walk of a sample tree with both cursors agrees node for node (so a web-tree-sitter release that
 * changes its binding falls back to the library's cursor rather than misreading trees). No sample:
 * the library's cursor.
 */
export class CursorFactory {
  private fast = false;
  private transfer = 0;

  constructor(
    private readonly binding: Partial<Binding>,
    language: Language,
    sample: Tree | null,
  ) {
    this.types = language.types;
    try {
      if (!sample || !isBinding(binding)) return;
      this.transfer = binding._ts_init();
      this.fast = true;
      // One cursor at a time: the fast one keeps its state in the buffer the library's one uses.
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

  private readonly types: readonly string[];

  /** Whether cursors call the binding directly (tested, so that an upgrade cannot quietly lose it). */
  get direct(): boolean {
    return this.fast;
  }

  /** `library`: the library's cursor whatever the binding (tests compare the two). */
  walk(tree: Tree, library = false): WalkCursor {
    const at = this.fast && !library ? address(tree) : undefined;
    return at !== undefined ? new FastCursor(this.binding as Binding, this.transfer, at, this.types) : new LibraryCursor(tree.walk());
  }
}

function isBinding(b: Partial<Binding>): b is Binding {
  const needed: Array<keyof Binding> = [
    '_ts_init',
    '_ts_tree_root_node_wasm',
    '_ts_tree_cursor_new_wasm',
    '_ts_tree_cursor_delete_wasm',
    '_ts_tree_cursor_goto_first_child_wasm',
    '_ts_tree_cursor_goto_next_sibling_wasm',
    '_ts_tree_cursor_goto_parent_wasm',
    '_ts_tree_cursor_current_node_type_id_wasm',
    '_ts_tree_cursor_current_node_is_named_wasm',
    '_ts_tree_cursor_start_index_wasm',
    '_ts_tree_cursor_end_index_wasm',
    '_ts_tree_cursor_current_node_wasm',
    '_ts_node_has_error_wasm',
  ];
  return b.HEAP32 instanceof Int32Array && needed.every((k) => typeof b[k] === 'function');
}

/** Every node of a walk in document order: type, named, range, error. */
function trace(c: WalkCursor): string {
  const out: string[] = [];
  const visit = () => {
    out.push(`${c.nodeType}:${c.nodeIsNamed}:${c.startIndex}-${c.endIndex}:${c.hasError()}`);
    if (c.gotoFirstChild()) {
      do visit();
      while (c.gotoNextSibling());
      c.gotoParent();
    }
  };
  visit();
  return out.join('\n');
}
