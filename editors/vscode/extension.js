// policylint for VS Code: starts `policylint --lsp` (the language server in policylint itself) and
// lets vscode-languageclient speak the protocol. Plain JavaScript: nothing to build.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { workspace, window } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** The configured executable, else the workspace's own install (the version its CI runs), else PATH. */
function serverCommand() {
  const configured = workspace.getConfiguration('policylint').get('path');
  if (configured) return configured;
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'policylint.cmd' : 'policylint');
    if (existsSync(local)) return local;
  }
  return 'policylint';
}

async function activate(context) {
  const command = serverCommand();
  const run = { command, args: ['--lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  client = new LanguageClient(
    'policylint',
    'policylint',
    { run, debug: run },
    {
      documentSelector: [
        { scheme: 'file', pattern: '**/*.{tf,tofu,tfvars}' },
        { scheme: 'file', pattern: '**/*.{json,tpl,tftpl}' },
      ],
      initializationOptions: { debounceMs: workspace.getConfiguration('policylint').get('debounceMs') },
      synchronize: { fileEvents: workspace.createFileSystemWatcher('**/{.policylintrc,.policylintrc.json,.policylintrc.yaml,.policylintrc.yml}') },
    },
  );
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policylint')) void window.showInformationMessage('policylint: reload the window to use the new settings.');
    }),
  );
  try {
    await client.start();
  } catch (e) {
    void window.showErrorMessage(
      `policylint: could not start "${command} --lsp" (${e instanceof Error ? e.message : String(e)}). Install policylint (npm i -D policylint) or set policylint.path.`,
    );
  }
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
