import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ShutdownRequest,
  ExitNotification,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { repo } from '../helpers/cli.js';

export const uriOf = (path: string) => pathToFileURL(path).href;

/** `node bin/policylint.js --lsp`, driven through vscode-languageserver's client-side JSON-RPC. */
export class LspClient {
  readonly proc: ChildProcess;
  readonly connection: ProtocolConnection;
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private waiters: Array<() => void> = [];
  private versions = new Map<string, number>();
  stderr = '';

  constructor(extraArgs: string[] = [], env: NodeJS.ProcessEnv = process.env) {
    this.proc = spawn(process.execPath, [join(repo, 'bin/policylint.js'), '--lsp', ...extraArgs], { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.listen();
  }

  async initialize(folder: string, initializationOptions?: unknown): Promise<InitializeResult> {
    const r = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(folder),
      workspaceFolders: [{ uri: uriOf(folder), name: 'test' }],
      capabilities: {},
      initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return r;
  }

  async open(path: string, text = readFileSync(path, 'utf8')) {
    const languageId = path.endsWith('.json') ? 'json' : 'terraform';
    this.versions.set(path, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(path), languageId, version: 1, text } });
  }

  async change(path: string, text: string) {
    const version = (this.versions.get(path) ?? 1) + 1;
    this.versions.set(path, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uriOf(path), version }, contentChanges: [{ text }] });
  }

  async changeRange(path: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string) {
    const version = (this.versions.get(path) ?? 1) + 1;
    this.versions.set(path, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uriOf(path), version },
      contentChanges: [{ range, text }],
    });
  }

  async save(path: string) {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: uriOf(path) } });
  }

  async close(path: string) {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf(path) } });
  }

  /** The diagnostics published for `path` once `accept` holds for them (the latest publication). */
  async diagnostics(path: string, accept: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20000): Promise<Diagnostic[]> {
    const uri = uriOf(path);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const latest = this.published.filter((p) => p.uri === uri).at(-1);
      if (latest && accept(latest.diagnostics, latest)) return latest.diagnostics;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${path} within ${timeoutMs} ms; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits for the next publication for `path` after this call. */
  async nextDiagnostics(path: string, timeoutMs = 20000): Promise<Diagnostic[]> {
    const uri = uriOf(path);
    const count = this.published.filter((p) => p.uri === uri).length;
    return this.diagnostics(path, () => this.published.filter((p) => p.uri === uri).length > count, timeoutMs);
  }

  async stop() {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      /* already gone */
    }
    this.connection.dispose();
    this.proc.kill();
  }
}
