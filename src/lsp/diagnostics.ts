import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver/node';
import type { Finding, Severity } from '../model/finding.js';
import { HOMEPAGE, VERSION } from '../cli/version.js';
import { docsBase, ruleDocsUrl } from '../format/docs-url.js';

const SEVERITY: Record<Severity, 1 | 2 | 3> = { error: 1, warning: 2, note: 3 };

/** The rule docs the SARIF output links to (`helpUri`), for the same version. */
export const DOCS_BASE = docsBase(HOMEPAGE, VERSION);

/** What a diagnostic carries for the code actions: which finding it is. */
export interface DiagnosticData {
  ruleId: string;
  checkId?: string;
  fingerprint: string;
}

/** A finding's place as an LSP range: 0-based, the end just after the element's last character
 * (finding columns are 1-based UTF-16 offsets, the LSP's default encoding). */
export function rangeOf(f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  return { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } };
}

export function fileUri(root: string, file: string): string {
  return pathToFileURL(isAbsolute(file) ? file : resolve(root, file)).href;
}

/** A finding as the editor shows it: what `policylint -f json` says, at the same place. */
export function toDiagnostic(f: Finding, root: string): Diagnostic {
  const range = rangeOf(f);
  const related: DiagnosticRelatedInformation[] = (f.relatedLocations ?? []).map((r) => ({
    location: { uri: fileUri(root, r.file), range: rangeOf(r) },
    message: r.message,
  }));
  // The request that shows the finding is real (the witness): said beside it, at the same place.
  if (f.witness) related.unshift({ location: { uri: fileUri(root, f.absFile ?? f.file), range }, message: `witness: ${f.witness}` });
  const data: DiagnosticData = { ruleId: f.ruleId, ...(f.checkId ? { checkId: f.checkId } : {}), fingerprint: f.fingerprint };
  return {
    range,
    severity: SEVERITY[f.severity],
    source: 'policylint',
    code: f.checkId ? `${f.ruleId}/${f.checkId}` : f.ruleId,
    codeDescription: { href: f.helpUri ?? ruleDocsUrl(DOCS_BASE, f.ruleId) },
    message: f.message,
    ...(related.length ? { relatedInformation: related } : {}),
    data,
  };
}
