import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, Diagnostic, InitializeParams, InitializeResult, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadProtocol } from './protocol.js';
import { parseHcl } from '../parse/hcl.js';
import { loadParser } from '../parse/parser.js';
import { makeSource } from '../model/source.js';
import { CONFIG_NAMES } from '../cli/config/load.js';
import { VERSION } from '../cli/version.js';
import { isServed } from './served.js';
import type { Workspace, GroupRun } from './workspace.js';
import { toDiagnostic } from './diagnostics.js';
import { codeActions } from './code-actions.js';
import { policyHover } from './hover.js';
import type { Finding } from '../model/finding.js';

/** How long typing pauses before a change is linted (initializationOptions.debounceMs). Short:
 * edits that arrive while a lint runs are coalesced anyway (only the latest text is linted next),
 * and the budget from keystroke to diagnostics is 100 ms (issue 14). */
const DEFAULT_DEBOUNCE_MS = 20;

/** `policylint --lsp`: the Language Server Protocol over standard input and output. */
export function serve(): void {
  const lib = loadProtocol();
  new Server(lib, lib.createConnection(process.stdin, process.stdout)).listen();
}

export class Server {
  private readonly documents: TextDocuments<TextDocument>;
  /** The engine, rules and configuration load after `initialize` is answered: an editor waits
   * for that answer before it shows the file. */
  private workspacePromise?: Promise<Workspace>;
  private debounceMs = DEFAULT_DEBOUNCE_MS;
  /** Per directory: a pending lint, and the generation of the latest one asked for. */
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; urgent: boolean; analyzer: boolean }>();
  private readonly generation = new Map<string, number>();
  /** Per directory: diagnostics by file path from its latest lint. */
  private readonly results = new Map<string, Map<string, Diagnostic[]>>();
  private readonly published = new Map<string, string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly lib: ReturnType<typeof loadProtocol>,
    private readonly connection: Connection,
  ) {
    this.documents = new lib.TextDocuments(lib.TextDocumentModel);
  }

  private workspace(): Promise<Workspace> {
    this.workspacePromise ??= import('./workspace.js').then(({ Workspace }) => {
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
        relint: async (changed) => (await this.lintDir(dirname(path), new Map([[path, changed]])))?.result.findings.filter((f) => f.absFile === path) ?? [],
      });
    });
    connection.onHover(async (params) => {
      const doc = documents.get(params.textDocument.uri);
      const path = pathOf(params.textDocument.uri);
      if (!doc || !path || !isServed(path)) return null;
      const now = await this.lintDir(dirname(path));
      const hcl = /\.(tf|tofu)$/.test(path) ? await parseHcl(makeSource(path, doc.getText())) : undefined;
      return (now && policyHover(now.result.policies, path, doc.offsetAt(params.position), hcl)) ?? null;
    });
    connection.onShutdown(() => {
      for (const p of this.pending.values()) clearTimeout(p.timer);
      this.pending.clear();
    });
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folders = params.workspaceFolders?.map((f) => pathOf(f.uri)).filter((p): p is string => !!p) ?? [];
    const rootUri = params.rootUri ? pathOf(params.rootUri) : undefined;
    this.folders = folders.length ? folders : rootUri ? [rootUri] : params.rootPath ? [params.rootPath] : [];
    const options = params.initializationOptions as { debounceMs?: unknown } | undefined;
    if (typeof options?.debounceMs === 'number' && options.debounceMs >= 0) this.debounceMs = options.debounceMs;
    this.watchable = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.foldersChange = !!params.capabilities.workspace?.workspaceFolders;
    return {
      serverInfo: { name: 'policylint', version: VERSION },
      capabilities: {
        textDocumentSync: { openClose: true, change: this.lib.TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
    };
  }

  private watchable = false;
  private foldersChange = false;

  private initialized() {
    // The grammar compiles and the engine loads while the client opens its first file; the
    // optimized tier suits a process that lints for hours (design §4).
    loadParser(false).catch(() => {});
    void this.workspace();
    // Files changed outside the editor (git checkout, .policylintrc) are linted again.
    if (this.watchable)
      void this.connection.client.register(this.lib.DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/{.policylintrc,.policylintrc.json,.policylintrc.yaml,.policylintrc.yml,*.tf,*.tofu,*.tfvars,*.json}' }],
      });
    if (this.foldersChange)
      this.connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const now = new Set(this.folders);
        for (const f of e.removed) now.delete(pathOf(f.uri) ?? '');
        for (const f of e.added) now.add(pathOf(f.uri) ?? '');
        now.delete('');
        this.folders = [...now];
        void this.workspace().then((w) => {
          w.setFolders(this.folders);
          this.lintAll();
        });
      });
  }

  private folders: string[] = [];

  private isConfig(uri: string): boolean {
    const path = pathOf(uri);
    return !!path && CONFIG_NAMES.some((n) => path.endsWith(`/${n}`));
  }

  /** A file changed (or opened, saved, closed): its directory is linted again, and so are the other
   * open directories, whose modules may call it or read it with `file()`. */
  private changed(uri: string, delay: number, analyzer: boolean) {
    const path = pathOf(uri);
    if (!path || !isServed(path)) return;
    const dir = dirname(path);
    for (const d of new Set([dir, ...this.openDirs()])) this.schedule(d, d === dir ? delay : Math.max(delay, this.debounceMs), analyzer && d === dir);
  }

  private lintAll() {
    for (const d of this.openDirs()) this.schedule(d, 0, false);
  }

  private openDirs(): string[] {
    return [...new Set(this.openPaths().map((p) => dirname(p)))];
  }

  private openPaths(): string[] {
    return this.documents
      .all()
      .map((d) => pathOf(d.uri))
      .filter((p): p is string => !!p && isServed(p));
  }

  private schedule(dir: string, delay: number, analyzer: boolean) {
    const known = this.pending.get(dir);
    // An open or a save is linted at once; typing after it does not push it back.
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
        this.queue = this.queue.then(() => this.publishDir(dir, gen, entry.analyzer)).catch((e: Error) => this.connection.console.error(e.stack ?? e.message));
      }, delay),
    };
    this.pending.set(dir, entry);
  }

  /** Lints a directory's open files as they are in the editor now; `replace` swaps in other text
   * for a file (a fix being tried). Undefined when none of its files is open. */
  private async lintDir(dir: string, replace?: Map<string, string>, analyzer = false): Promise<GroupRun | undefined> {
    const overlays = new Map<string, string>();
    for (const d of this.documents.all()) {
      const p = pathOf(d.uri);
      if (p && isServed(p)) overlays.set(p, d.getText());
    }
    for (const [p, t] of replace ?? []) overlays.set(p, t);
    const paths = this.openPaths().filter((p) => dirname(p) === dir);
    if (!paths.length) return undefined;
    const workspace = await this.workspace();
    const folder = workspace.folderOf(paths[0]);
    const extra = analyzer && (await workspace.wantsAnalyzer(folder)) ? { analyzer: await workspace.analyzerFor(folder) } : {};
    return workspace.lintFiles(paths, overlays, extra);
  }

  private async publishDir(dir: string, gen: number, analyzer: boolean) {
    if (this.generation.get(dir) !== gen) return;
    let run: GroupRun | undefined;
    try {
      run = await this.lintDir(dir, undefined, analyzer);
    } catch (e) {
      this.connection.console.error(`policylint: ${(e as Error).stack ?? (e as Error).message}`);
      return;
    }
    // A newer edit is already waiting: this result is stale.
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
  private publishOpen(linted: string) {
    for (const doc of this.documents.all()) {
      const path = pathOf(doc.uri);
      // Not linted yet: an empty list now would say "no findings" before anyone looked.
      if (!path || !isServed(path) || !this.results.has(dirname(path))) continue;
      const seen = new Set<string>();
      const diagnostics: Diagnostic[] = [];
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
}

function byFile(findings: Finding[], root: string): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const f of findings) {
    if (f.suppressed || !f.absFile) continue;
    const list = out.get(f.absFile) ?? [];
    list.push(toDiagnostic(f, root));
    out.set(f.absFile, list);
  }
  return out;
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
