import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver/node';
import type { Finding } from '../model/finding.js';
import { makeSource, positionAt } from '../model/source.js';
import { parseHcl } from '../parse/hcl.js';
import { rangeOf, toDiagnostic } from './diagnostics.js';

/** Safe operator rewrites, by the check that finds the operator wrong: each is offered only when
 * re-linting the rewritten text shows the finding gone and nothing worse than a note in its place. */
const REWRITES: Record<string, Array<{ from: string; to: string }>> = {
  // StringEquals compares "*" literally (iam-semantics §2.4): the pattern was meant as one.
  'principal-arn-pattern/PA07': [
    { from: 'StringEquals', to: 'ArnLike' },
    { from: 'StringNotEquals', to: 'ArnNotLike' },
    { from: 'StringEquals', to: 'StringLike' },
    { from: 'StringNotEquals', to: 'StringNotLike' },
  ],
  // ArnEquals already treats wildcards as ArnLike does (iam-semantics §2.3): the name says so.
  'principal-arn-pattern/PA09': [
    { from: 'ArnEquals', to: 'ArnLike' },
    { from: 'ArnNotEquals', to: 'ArnNotLike' },
  ],
};

export interface ActionInput {
  uri: string;
  path: string;
  text: string;
  range: Range;
  /** The document's findings, linted from the text as it is now. */
  findings: Finding[];
  root: string;
  /** The same document's findings with `text` in its place (nothing is written). */
  relint: (text: string) => Promise<Finding[]>;
}

const RANK = { error: 3, warning: 2, note: 1 };
const overlaps = (a: Range, b: Range) =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character)) &&
  !(b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

export async function codeActions(input: ActionInput): Promise<CodeAction[]> {
  const here = input.findings.filter((f) => !f.suppressed && overlaps(rangeOf(f), input.range));
  const out: CodeAction[] = [];
  for (const f of here) {
    const diagnostic = toDiagnostic(f, input.root);
    for (const fix of await quickFixes(input, f, diagnostic)) out.push(fix);
  }
  const seen = new Set<string>();
  for (const f of here) {
    if (seen.has(f.ruleId) || f.ruleId === 'parse-error') continue;
    seen.add(f.ruleId);
    const action = await suppressAction(input, f);
    if (action) out.push(action);
  }
  return out;
}

/** `# policylint:ignore <rule> -- ` above the top-level block holding the finding (README
 * "Suppressing findings"): the user writes the reason after `--`. Only where comments exist. */
async function suppressAction(input: ActionInput, f: Finding): Promise<CodeAction | undefined> {
  if (!/\.(tf|tofu)$/.test(input.path) || f.offset === undefined || f.absFile !== input.path) return undefined;
  const src = makeSource(input.path, input.text);
  const hcl = await parseHcl(src);
  const block = hcl.body.blocks.find((b) => b.range.start <= f.offset! && f.offset! < b.range.end);
  const line = positionAt(src, block ? block.range.start : f.offset).line - 1;
  const lineText = input.text.slice(src.lineStarts[line], src.lineStarts[line + 1] ?? input.text.length);
  const indent = /^[ \t]*/.exec(lineText)![0];
  const edit: TextEdit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# policylint:ignore ${f.ruleId} -- \n` };
  return {
    title: `Suppress ${f.ruleId} here with a reason`,
    kind: 'quickfix',
    diagnostics: [toDiagnostic(f, input.root)],
    edit: { changes: { [input.uri]: [edit] } },
  };
}

async function quickFixes(input: ActionInput, f: Finding, diagnostic: Diagnostic): Promise<CodeAction[]> {
  if (f.ruleId === 'principal-arn-pattern' && f.checkId === 'PA01') return accountFix(input, f, diagnostic);
  const rewrites = REWRITES[`${f.ruleId}/${f.checkId ?? ''}`];
  if (!rewrites || f.absFile !== input.path || f.offset === undefined || !f.jsonPath) return [];
  const m = /\.Condition(?:\.([A-Za-z]+)|\["([^"]+)"\])/.exec(f.jsonPath);
  const written = m?.[1] ?? m?.[2];
  if (!written) return [];
  const out: CodeAction[] = [];
  const done = new Set<string>();
  for (const { from, to } of rewrites) {
    // `ForAnyValue:StringEquals`, `StringEqualsIfExists`: the base operator is what changes.
    const base = /^(?:For(?:Any|All)Values?:)?(.*?)(?:IfExists)?$/.exec(written)![1];
    if (base !== from || done.has(to)) continue;
    const at = operatorAt(input.text, written, f.offset);
    if (at === undefined) continue;
    const start = at + written.indexOf(from);
    const text = input.text.slice(0, start) + to + input.text.slice(start + from.length);
    if (!(await safe(input, f, text))) continue;
    done.add(to);
    const src = makeSource(input.path, input.text);
    const a = positionAt(src, start);
    const b = positionAt(src, start + from.length);
    out.push({
      title: `Write ${written.replace(from, to)} instead of ${written}`,
      kind: 'quickfix',
      isPreferred: out.length === 0,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [input.uri]: [{ range: { start: { line: a.line - 1, character: a.column - 1 }, end: { line: b.line - 1, character: b.column - 1 } }, newText: to }],
        },
      },
    });
  }
  return out;
}

/** Where the operator the finding is under is written: the nearest quoted or bare occurrence
 * before the finding (the condition's key, or `test = "..."` in a policy document block). */
function operatorAt(text: string, operator: string, offset: number): number | undefined {
  const pattern = new RegExp(`(?<![A-Za-z:])${operator.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g');
  let best: number | undefined;
  for (const m of text.matchAll(pattern)) {
    if (m.index > offset) break;
    best = m.index;
  }
  return best;
}

/** The rewrite removes the finding and adds nothing above a note: re-linted, never assumed. */
async function safe(input: ActionInput, f: Finding, text: string): Promise<boolean> {
  const key = (x: Finding) => `${x.ruleId}/${x.checkId ?? ''}@${x.line}:${x.message}`;
  const before = new Set(input.findings.map(key));
  const after = (await input.relint(text)).filter((x) => !x.suppressed);
  if (after.some((x) => x.ruleId === f.ruleId && x.checkId === f.checkId && x.line === f.line)) return false;
  return !after.some((x) => !before.has(key(x)) && RANK[x.severity] > RANK.note);
}

/**
 * PA01: `arn:aws:iam::*:role/NAME` lets a role of that name in any account through (iam-semantics
 * §4). When the file names exactly one account id (a principal, an ARN, a local), that is the
 * account the pattern was meant for: offer it in place of the `*`. With none or several, guessing
 * would be wrong, so nothing is offered. Re-linted like every fix.
 */
async function accountFix(input: ActionInput, f: Finding, diagnostic: Diagnostic): Promise<CodeAction[]> {
  if (f.absFile !== input.path || f.offset === undefined) return [];
  const at = /arn:[a-z-]*:iam::\*:/.exec(input.text.slice(f.offset, f.offset + 200));
  if (!at) return [];
  const star = f.offset + at.index + at[0].length - 2;
  const accounts = new Set([...input.text.matchAll(/(?<![0-9A-Za-z])\d{12}(?![0-9A-Za-z])/g)].map((m) => m[0]));
  if (accounts.size !== 1) return [];
  const [account] = accounts;
  const text = input.text.slice(0, star) + account + input.text.slice(star + 1);
  if (!(await safe(input, f, text))) return [];
  const src = makeSource(input.path, input.text);
  const a = positionAt(src, star);
  return [
    {
      title: `Pin the pattern to account ${account}, the one this file names`,
      kind: 'quickfix',
      isPreferred: true,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [input.uri]: [{ range: { start: { line: a.line - 1, character: a.column - 1 }, end: { line: a.line - 1, character: a.column } }, newText: account }],
        },
      },
    },
  ];
}
