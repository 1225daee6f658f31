import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

type Protocol = typeof import('vscode-languageserver/node') & { TextDocumentModel: typeof import('vscode-languageserver-textdocument').TextDocument };

/**
 * vscode-languageserver and its text documents. The build bundles them into one CommonJS file
 * beside the server (scripts/build.mjs): loading the packages' hundred files, and having Node
 * scan them for an ES module import, took most of the server's start-up (issue 14: 300 ms).
 * From source, the packages themselves.
 */
export function loadProtocol(): Protocol {
  const require = createRequire(import.meta.url);
  const bundled = fileURLToPath(new URL('./lsp-protocol.cjs', import.meta.url));
  if (existsSync(bundled)) return require(bundled) as Protocol;
  return {
    ...(require('vscode-languageserver/node') as typeof import('vscode-languageserver/node')),
    TextDocumentModel: (require('vscode-languageserver-textdocument') as typeof import('vscode-languageserver-textdocument')).TextDocument,
  };
}
