import {
  HOMEPAGE,
  VERSION,
  docsBase,
  ruleDocsUrl
} from "./chunk-QR5U3DXG.js";
import {
  CONFIG_NAMES,
  isLintable
} from "./chunk-L5UHJ52A.js";
import {
  parseHcl
} from "./chunk-EAAWNLU4.js";
import {
  makeSource,
  positionAt
} from "./chunk-Y7NYNGOL.js";
import {
  toPlain
} from "./chunk-KMQPKPIB.js";
import {
  loadParser
} from "./chunk-CMMA6BZU.js";

// src/lsp/server.ts
import { dirname } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/lsp/protocol.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
function loadProtocol() {
  const require2 = createRequire(import.meta.url);
  const bundled = fileURLToPath(new URL("./lsp-protocol.cjs", import.meta.url));
  if (existsSync(bundled)) return require2(bundled);
  return {
    ...require2("vscode-languageserver/node"),
    TextDocumentModel: require2("vscode-languageserver-textdocument").TextDocument
  };
}

// src/lsp/served.ts
var VAR_FILE = /\.tfvars(\.json)?$/;
function isServed(path) {
  return isLintable(path) || VAR_FILE.test(path);
}

// src/lsp/diagnostics.ts
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
var SEVERITY = { error: 1, warning: 2, note: 3 };
var DOCS_BASE = docsBase(HOMEPAGE, VERSION);
function rangeOf(f) {
  return { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } };
}
function fileUri(root, file) {
  return pathToFileURL(isAbsolute(file) ? file : resolve(root, file)).href;
}
function toDiagnostic(f, root) {
  const range = rangeOf(f);
  const related = (f.relatedLocations ?? []).map((r) => ({
    location: { uri: fileUri(root, r.file), range: rangeOf(r) },
    message: r.message
  }));
  if (f.witness) related.unshift({ location: { uri: fileUri(root, f.absFile ?? f.file), range }, message: `witness: ${f.witness}` });
  const data = { ruleId: f.ruleId, ...f.checkId ? { checkId: f.checkId } : {}, fingerprint: f.fingerprint };
  return {
    range,
    severity: SEVERITY[f.severity],
    source: "policylint",
    code: f.checkId ? `${f.ruleId}/${f.checkId}` : f.ruleId,
    codeDescription: { href: f.helpUri ?? ruleDocsUrl(DOCS_BASE, f.ruleId) },
    message: f.message,
    ...related.length ? { relatedInformation: related } : {},
    data
  };
}

// src/lsp/code-actions.ts
var REWRITES = {
  // StringEquals compares "*" literally (iam-semantics §2.4): the pattern was meant as one.
  "principal-arn-pattern/PA07": [
    { from: "StringEquals", to: "ArnLike" },
    { from: "StringNotEquals", to: "ArnNotLike" },
    { from: "StringEquals", to: "StringLike" },
    { from: "StringNotEquals", to: "StringNotLike" }
  ],
  // ArnEquals already treats wildcards as ArnLike does (iam-semantics §2.3): the name says so.
  "principal-arn-pattern/PA09": [
    { from: "ArnEquals", to: "ArnLike" },
    { from: "ArnNotEquals", to: "ArnNotLike" }
  ]
};
var RANK = { error: 3, warning: 2, note: 1 };
var overlaps = (a, b) => !(a.end.line < b.start.line || a.end.line === b.start.line && a.end.character < b.start.character) && !(b.end.line < a.start.line || b.end.line === a.start.line && b.end.character < a.start.character);
async function codeActions(input) {
  const here = input.findings.filter((f) => !f.suppressed && overlaps(rangeOf(f), input.range));
  const out = [];
  for (const f of here) {
    const diagnostic = toDiagnostic(f, input.root);
    for (const fix of await quickFixes(input, f, diagnostic)) out.push(fix);
  }
  const seen = /* @__PURE__ */ new Set();
  for (const f of here) {
    if (seen.has(f.ruleId) || f.ruleId === "parse-error") continue;
    seen.add(f.ruleId);
    const action = await suppressAction(input, f);
    if (action) out.push(action);
  }
  return out;
}
async function suppressAction(input, f) {
  if (!/\.(tf|tofu)$/.test(input.path) || f.offset === void 0 || f.absFile !== input.path) return void 0;
  const src = makeSource(input.path, input.text);
  const hcl = await parseHcl(src);
  const block = hcl.body.blocks.find((b) => b.range.start <= f.offset && f.offset < b.range.end);
  const line = positionAt(src, block ? block.range.start : f.offset).line - 1;
  const lineText = input.text.slice(src.lineStarts[line], src.lineStarts[line + 1] ?? input.text.length);
  const indent = /^[ \t]*/.exec(lineText)[0];
  const edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# policylint:ignore ${f.ruleId} -- 
` };
  return {
    title: `Suppress ${f.ruleId} here with a reason`,
    kind: "quickfix",
    diagnostics: [toDiagnostic(f, input.root)],
    edit: { changes: { [input.uri]: [edit] } }
  };
}
async function quickFixes(input, f, diagnostic) {
  if (f.ruleId === "principal-arn-pattern" && f.checkId === "PA01") return accountFix(input, f, diagnostic);
  const rewrites = REWRITES[`${f.ruleId}/${f.checkId ?? ""}`];
  if (!rewrites || f.absFile !== input.path || f.offset === void 0 || !f.jsonPath) return [];
  const m = /\.Condition(?:\.([A-Za-z]+)|\["([^"]+)"\])/.exec(f.jsonPath);
  const written = m?.[1] ?? m?.[2];
  if (!written) return [];
  const out = [];
  const done = /* @__PURE__ */ new Set();
  for (const { from, to } of rewrites) {
    const base = /^(?:For(?:Any|All)Values?:)?(.*?)(?:IfExists)?$/.exec(written)[1];
    if (base !== from || done.has(to)) continue;
    const at = operatorAt(input.text, written, f.offset);
    if (at === void 0) continue;
    const start = at + written.indexOf(from);
    const text = input.text.slice(0, start) + to + input.text.slice(start + from.length);
    if (!await safe(input, f, text)) continue;
    done.add(to);
    const src = makeSource(input.path, input.text);
    const a = positionAt(src, start);
    const b = positionAt(src, start + from.length);
    out.push({
      title: `Write ${written.replace(from, to)} instead of ${written}`,
      kind: "quickfix",
      isPreferred: out.length === 0,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [input.uri]: [{ range: { start: { line: a.line - 1, character: a.column - 1 }, end: { line: b.line - 1, character: b.column - 1 } }, newText: to }]
        }
      }
    });
  }
  return out;
}
function operatorAt(text, operator, offset) {
  const pattern = new RegExp(`(?<![A-Za-z:])${operator.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z])`, "g");
  let best;
  for (const m of text.matchAll(pattern)) {
    if (m.index > offset) break;
    best = m.index;
  }
  return best;
}
async function safe(input, f, text) {
  const key = (x) => `${x.ruleId}/${x.checkId ?? ""}@${x.line}:${x.message}`;
  const before = new Set(input.findings.map(key));
  const after = (await input.relint(text)).filter((x) => !x.suppressed);
  if (after.some((x) => x.ruleId === f.ruleId && x.checkId === f.checkId && x.line === f.line)) return false;
  return !after.some((x) => !before.has(key(x)) && RANK[x.severity] > RANK.note);
}
async function accountFix(input, f, diagnostic) {
  if (f.absFile !== input.path || f.offset === void 0) return [];
  const at = /arn:[a-z-]*:iam::\*:/.exec(input.text.slice(f.offset, f.offset + 200));
  if (!at) return [];
  const star = f.offset + at.index + at[0].length - 2;
  const accounts = new Set([...input.text.matchAll(/(?<![0-9A-Za-z])\d{12}(?![0-9A-Za-z])/g)].map((m) => m[0]));
  if (accounts.size !== 1) return [];
  const [account] = accounts;
  const text = input.text.slice(0, star) + account + input.text.slice(star + 1);
  if (!await safe(input, f, text)) return [];
  const src = makeSource(input.path, input.text);
  const a = positionAt(src, star);
  return [
    {
      title: `Pin the pattern to account ${account}, the one this file names`,
      kind: "quickfix",
      isPreferred: true,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [input.uri]: [{ range: { start: { line: a.line - 1, character: a.column - 1 }, end: { line: a.line - 1, character: a.column } }, newText: account }]
        }
      }
    }
  ];
}

// src/lsp/hover.ts
function attributeOf(p, path, hcl) {
  const m = /^([^.[]+)\.([^.[]+)/.exec(p.address);
  if (!hcl || !m || !p.attribute || p.modulePath?.length) return void 0;
  const block = hcl.body.blocks.find((b) => b.type === "resource" && b.labels[0] === m[1] && b.labels[1] === m[2]);
  const attribute = block?.body.attributes.find((a) => a.name === p.attribute);
  return attribute && { file: path, range: attribute.range };
}
function policyHover(policies, path, offset, hcl) {
  let best;
  for (const p2 of policies) {
    for (const o of [p2.origin, p2.usedAt, attributeOf(p2, path, hcl)].filter((x) => !!x)) {
      if (o.file !== path || offset < o.range.start || offset > o.range.end) continue;
      const size = o.range.end - o.range.start;
      if (!best || size < best.size) best = { p: p2, size };
    }
  }
  if (!best) return void 0;
  const p = best.p;
  const unknowns = /* @__PURE__ */ new Set();
  collectUnknowns(p.document, unknowns);
  const title = `${p.address}${p.attribute ? `.${p.attribute}` : ""}`;
  const lines = [
    `**${title}** \u2014 ${p.kind} policy (${p.source})${p.modulePath?.length ? `, in ${p.modulePath.join(" > ")}` : ""}`,
    "",
    "What policylint resolves this to (`--print-policies`):",
    "",
    "```json",
    JSON.stringify(toPlain(p.document, true), null, 2),
    "```"
  ];
  if (unknowns.size)
    lines.push(
      "",
      `Unknown until Terraform plans (policylint cannot resolve them; the rules stay silent where they could change the verdict): ${[...unknowns].map((u) => `\`${u}\``).join(", ")}`
    );
  return { contents: { kind: "markdown", value: lines.join("\n") } };
}
function collectUnknowns(v, out) {
  if (v.kind === "unknown") out.add(v.text);
  else if (v.kind === "list") for (const i of v.items) collectUnknowns(i, out);
  else if (v.kind === "object") for (const e of v.entries) collectUnknowns(e.value, out);
}

// src/lsp/server.ts
var DEFAULT_DEBOUNCE_MS = 20;
function serve() {
  const lib = loadProtocol();
  new Server(lib, lib.createConnection(process.stdin, process.stdout)).listen();
}
var Server = class {
  constructor(lib, connection) {
    this.lib = lib;
    this.connection = connection;
    this.documents = new lib.TextDocuments(lib.TextDocumentModel);
  }
  lib;
  connection;
  documents;
  /** The engine, rules and configuration load after `initialize` is answered: an editor waits
   * for that answer before it shows the file. */
  workspacePromise;
  debounceMs = DEFAULT_DEBOUNCE_MS;
  /** Per directory: a pending lint, and the generation of the latest one asked for. */
  pending = /* @__PURE__ */ new Map();
  generation = /* @__PURE__ */ new Map();
  /** Per directory: diagnostics by file path from its latest lint. */
  results = /* @__PURE__ */ new Map();
  published = /* @__PURE__ */ new Map();
  queue = Promise.resolve();
  workspace() {
    this.workspacePromise ??= import("./workspace-3PAUFMPR.js").then(({ Workspace }) => {
      const w = new Workspace((m) => {
        this.connection.console.warn(m);
        void this.connection.window.showWarningMessage(m);
      });
      w.setFolders(this.folders);
      return w;
    });
    return this.workspacePromise;
  }
  listen() {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.initialized());
    documents.onDidOpen((e) => this.changed(e.document.uri, 0, false));
    documents.onDidChangeContent((e) => this.changed(e.document.uri, this.debounceMs, false));
    documents.onDidSave((e) => {
      if (this.isConfig(e.document.uri)) return this.lintAll();
      this.changed(e.document.uri, 0, true);
    });
    documents.onDidClose((e) => {
      const path = pathOf(e.document.uri);
      if (!path) return;
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      this.published.delete(e.document.uri);
      this.changed(e.document.uri, 0, false);
    });
    connection.onDidChangeWatchedFiles((e) => {
      void this.workspace().then((w) => {
        for (const c of e.changes) {
          const path = pathOf(c.uri);
          if (path) w.forget(path);
        }
        this.lintAll();
      });
    });
    connection.onCodeAction(async (params) => {
      const doc = documents.get(params.textDocument.uri);
      const path = pathOf(params.textDocument.uri);
      if (!doc || !path || !isServed(path)) return [];
      const text = doc.getText();
      const now = await this.lintDir(dirname(path));
      if (!now) return [];
      return codeActions({
        uri: doc.uri,
        path,
        text,
        range: params.range,
        findings: now.result.findings.filter((f) => f.absFile === path),
        root: now.root,
        relint: async (changed) => (await this.lintDir(dirname(path), /* @__PURE__ */ new Map([[path, changed]])))?.result.findings.filter((f) => f.absFile === path) ?? []
      });
    });
    connection.onHover(async (params) => {
      const doc = documents.get(params.textDocument.uri);
      const path = pathOf(params.textDocument.uri);
      if (!doc || !path || !isServed(path)) return null;
      const now = await this.lintDir(dirname(path));
      const hcl = /\.(tf|tofu)$/.test(path) ? await parseHcl(makeSource(path, doc.getText())) : void 0;
      return (now && policyHover(now.result.policies, path, doc.offsetAt(params.position), hcl)) ?? null;
    });
    connection.onShutdown(() => {
      for (const p of this.pending.values()) clearTimeout(p.timer);
      this.pending.clear();
    });
    documents.listen(connection);
    connection.listen();
  }
  initialize(params) {
    const folders = params.workspaceFolders?.map((f) => pathOf(f.uri)).filter((p) => !!p) ?? [];
    const rootUri = params.rootUri ? pathOf(params.rootUri) : void 0;
    this.folders = folders.length ? folders : rootUri ? [rootUri] : params.rootPath ? [params.rootPath] : [];
    const options = params.initializationOptions;
    if (typeof options?.debounceMs === "number" && options.debounceMs >= 0) this.debounceMs = options.debounceMs;
    this.watchable = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.foldersChange = !!params.capabilities.workspace?.workspaceFolders;
    return {
      serverInfo: { name: "policylint", version: VERSION },
      capabilities: {
        textDocumentSync: { openClose: true, change: this.lib.TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ["quickfix"] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } }
      }
    };
  }
  watchable = false;
  foldersChange = false;
  initialized() {
    loadParser(false).catch(() => {
    });
    void this.workspace();
    if (this.watchable)
      void this.connection.client.register(this.lib.DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/{.policylintrc,.policylintrc.json,.policylintrc.yaml,.policylintrc.yml,*.tf,*.tofu,*.tfvars,*.json}" }]
      });
    if (this.foldersChange)
      this.connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const now = new Set(this.folders);
        for (const f of e.removed) now.delete(pathOf(f.uri) ?? "");
        for (const f of e.added) now.add(pathOf(f.uri) ?? "");
        now.delete("");
        this.folders = [...now];
        void this.workspace().then((w) => {
          w.setFolders(this.folders);
          this.lintAll();
        });
      });
  }
  folders = [];
  isConfig(uri) {
    const path = pathOf(uri);
    return !!path && CONFIG_NAMES.some((n) => path.endsWith(`/${n}`));
  }
  /** A file changed (or opened, saved, closed): its directory is linted again, and so are the other
   * open directories, whose modules may call it or read it with `file()`. */
  changed(uri, delay, analyzer) {
    const path = pathOf(uri);
    if (!path || !isServed(path)) return;
    const dir = dirname(path);
    for (const d of /* @__PURE__ */ new Set([dir, ...this.openDirs()])) this.schedule(d, d === dir ? delay : Math.max(delay, this.debounceMs), analyzer && d === dir);
  }
  lintAll() {
    for (const d of this.openDirs()) this.schedule(d, 0, false);
  }
  openDirs() {
    return [...new Set(this.openPaths().map((p) => dirname(p)))];
  }
  openPaths() {
    return this.documents.all().map((d) => pathOf(d.uri)).filter((p) => !!p && isServed(p));
  }
  schedule(dir, delay, analyzer) {
    const known = this.pending.get(dir);
    if (known?.urgent) {
      known.analyzer ||= analyzer;
      return;
    }
    if (known) clearTimeout(known.timer);
    const entry = {
      urgent: delay === 0,
      analyzer: analyzer || !!known?.analyzer,
      timer: setTimeout(() => {
        this.pending.delete(dir);
        const gen = (this.generation.get(dir) ?? 0) + 1;
        this.generation.set(dir, gen);
        this.queue = this.queue.then(() => this.publishDir(dir, gen, entry.analyzer)).catch((e) => this.connection.console.error(e.stack ?? e.message));
      }, delay)
    };
    this.pending.set(dir, entry);
  }
  /** Lints a directory's open files as they are in the editor now; `replace` swaps in other text
   * for a file (a fix being tried). Undefined when none of its files is open. */
  async lintDir(dir, replace, analyzer = false) {
    const overlays = /* @__PURE__ */ new Map();
    for (const d of this.documents.all()) {
      const p = pathOf(d.uri);
      if (p && isServed(p)) overlays.set(p, d.getText());
    }
    for (const [p, t] of replace ?? []) overlays.set(p, t);
    const paths = this.openPaths().filter((p) => dirname(p) === dir);
    if (!paths.length) return void 0;
    const workspace = await this.workspace();
    const folder = workspace.folderOf(paths[0]);
    const extra = analyzer && await workspace.wantsAnalyzer(folder) ? { analyzer: await workspace.analyzerFor(folder) } : {};
    return workspace.lintFiles(paths, overlays, extra);
  }
  async publishDir(dir, gen, analyzer) {
    if (this.generation.get(dir) !== gen) return;
    let run;
    try {
      run = await this.lintDir(dir, void 0, analyzer);
    } catch (e) {
      this.connection.console.error(`policylint: ${e.stack ?? e.message}`);
      return;
    }
    if (this.generation.get(dir) !== gen) return;
    if (!run) this.results.delete(dir);
    else {
      for (const e of run.result.internalErrors) this.connection.console.error(`policylint: internal error: ${e}`);
      this.results.set(dir, byFile(run.result.findings, run.root));
    }
    this.publishOpen(dir);
  }
  /** Every open file's diagnostics, from every directory's latest lint: always for the files of the
   * directory just linted (the client learns they are current for this version), for the others
   * when they changed. */
  publishOpen(linted) {
    for (const doc of this.documents.all()) {
      const path = pathOf(doc.uri);
      if (!path || !isServed(path) || !this.results.has(dirname(path))) continue;
      const seen = /* @__PURE__ */ new Set();
      const diagnostics = [];
      for (const r of this.results.values())
        for (const d of r.get(path) ?? []) {
          const k = JSON.stringify([d.range, d.code, d.message]);
          if (!seen.has(k)) diagnostics.push(d);
          seen.add(k);
        }
      const text = JSON.stringify(diagnostics);
      if (this.published.get(doc.uri) === text && dirname(path) !== linted) continue;
      this.published.set(doc.uri, text);
      void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    }
  }
};
function byFile(findings, root) {
  const out = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.suppressed || !f.absFile) continue;
    const list = out.get(f.absFile) ?? [];
    list.push(toDiagnostic(f, root));
    out.set(f.absFile, list);
  }
  return out;
}
function pathOf(uri) {
  if (!uri.startsWith("file:")) return void 0;
  try {
    return fileURLToPath2(uri);
  } catch {
    return void 0;
  }
}
export {
  Server,
  serve
};
