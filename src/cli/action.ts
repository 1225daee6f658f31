// The GitHub Action (action.yml runs dist/action/index.js, built from this file). One policylint
// run writes the SARIF report; annotations, the job summary and the step outputs are read back from
// that report, so they can never disagree with what code scanning shows.
//
// Inputs come from the environment as the runner passes them (INPUT_<NAME>), never through a shell.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';

type Env = NodeJS.ProcessEnv;

interface SarifResult {
  ruleId: string;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: Region } }>;
  suppressions?: unknown[];
}
interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
interface Notification {
  level: string;
  message: { text: string };
}

export interface ActionIo {
  env: Env;
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
}

/** As the runner names an input's variable (and @actions/core reads it): spaces become `_`, upper case. */
export function input(env: Env, name: string, fallback = ''): string {
  const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  return v === undefined || v.trim() === '' ? fallback : v.trim();
}

class InputError extends Error {}

function booleanInput(env: Env, name: string, fallback: boolean): boolean {
  const v = input(env, name);
  if (v === '') return fallback;
  if (/^(true|True|TRUE)$/.test(v)) return true;
  if (/^(false|False|FALSE)$/.test(v)) return false;
  throw new InputError(`input "${name}" must be true or false, not "${v}"`);
}

/** `args` as a shell would split it, without a shell: whitespace separates words, single and double
 * quotes group them, a backslash escapes the next character; nothing is expanded. */
export function splitArgs(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += c;
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (c === '\\' && i + 1 < text.length) word = (word ?? '') + text[++i];
    else word = (word ?? '') + c;
  }
  if (quote) throw new InputError(`input "args" has an unclosed ${quote}`);
  if (word !== undefined) words.push(word);
  return words;
}

/** Workflow command escaping, as the runner decodes it (actions/toolkit, command.ts). */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `name<<delimiter` blocks, safe for values with newlines (as @actions/core writes GITHUB_OUTPUT). */
function outputBlock(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;
const SUMMARY_ROWS = 500;

/** Runs the action; returns the step's exit code. */
export async function runAction(io: ActionIo): Promise<number> {
  const { env } = io;
  let argv: string[];
  let failOnFindings: boolean;
  const sarifFile = input(env, 'sarif-file', 'policylint.sarif');
  try {
    failOnFindings = booleanInput(env, 'fail-on-findings', true);
    const paths = input(env, 'paths', '.')
      .split(/\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    argv = [
      ...splitArgs(input(env, 'args')),
      '--format',
      'sarif',
      '--output-file',
      sarifFile,
      '--sarif-category',
      input(env, 'category', 'policylint'),
      '--',
      ...paths,
    ];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.out(`::error title=policylint::${escapeData(e.message)}\n`);
    writeOutputs(env, { 'exit-code': '2' });
    return 2;
  }

  // A report left by an earlier step must not pass for this run's.
  rmSync(sarifFile, { force: true });
  mkdirSync(dirname(resolve(io.cwd, sarifFile)), { recursive: true });
  const code = await main(argv, {
    cwd: io.cwd,
    stdout: io.out,
    stderr: io.err,
    readStdin: () => Promise.resolve(''),
    isTTY: false,
    env,
  });

  const outputs: Record<string, string> = { 'exit-code': String(code) };
  if (existsSync(sarifFile)) {
    const run = (JSON.parse(readFileSync(sarifFile, 'utf8')) as { runs: unknown[] }).runs[0] as {
      results: SarifResult[];
      invocations?: Array<{ toolExecutionNotifications?: Notification[] }>;
    };
    const active = run.results.filter((r) => !r.suppressions?.length);
    const count = (level: string) => String(active.filter((r) => r.level === level).length);
    Object.assign(outputs, {
      'sarif-file': sarifFile,
      errors: count('error'),
      warnings: count('warning'),
      notes: count('note'),
      suppressed: String(run.results.length - active.length),
    });
    for (const n of run.invocations?.[0]?.toolExecutionNotifications ?? [])
      io.out(`::${n.level === 'error' ? 'error' : 'warning'} title=policylint::${escapeData(n.message.text)}\n`);
    for (const r of active) io.out(annotation(r));
    if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary(active, outputs, env));
  }
  writeOutputs(env, outputs);

  if (code === 1 && failOnFindings) {
    io.out(`policylint: ${outputs.errors} error(s), ${outputs.warnings} warning(s): failing the step (fail-on-findings: true)\n`);
    return 1;
  }
  if (code === 2) io.out(`::error title=policylint::policylint could not run (exit 2): see the messages above\n`);
  return code === 1 ? 0 : code;
}

/** A SARIF artifact URI as the path annotations want: relative to the workspace, decoded
 * (policylint encodes each segment; a file outside the root is a file: URL). */
function fileOf(uri: string): string {
  try {
    if (uri.startsWith('file:')) return relative(process.cwd(), fileURLToPath(uri)).split(sep).join('/');
    return uri.split('/').map(decodeURIComponent).join('/');
  } catch {
    return uri;
  }
}

function annotation(r: SarifResult): string {
  const loc = r.locations?.[0]?.physicalLocation;
  const props: string[] = [];
  if (loc) {
    props.push(`file=${escapeProperty(fileOf(loc.artifactLocation.uri))}`);
    const g = loc.region;
    if (g) {
      props.push(`line=${g.startLine}`, `endLine=${g.endLine ?? g.startLine}`);
      if (g.startColumn) props.push(`col=${g.startColumn}`);
      if (g.endColumn) props.push(`endColumn=${g.endColumn}`);
    }
  }
  props.push(`title=${escapeProperty(`policylint ${r.ruleId}`)}`);
  return `::${COMMAND[r.level] ?? 'warning'} ${props.join(',')}::${escapeData(r.message.text)}\n`;
}

/** Markdown table cells: no pipes or line breaks, and no HTML from the linted repository. */
const cell = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

function summary(active: SarifResult[], outputs: Record<string, string>, env: Env): string {
  const plural = (n: string, word: string) => `${n} ${word}${n === '1' ? '' : 's'}`;
  const head = `### policylint: ${plural(outputs.errors, 'error')}, ${plural(outputs.warnings, 'warning')}, ${plural(outputs.notes, 'note')}${
    outputs.suppressed !== '0' ? ` (${outputs.suppressed} suppressed)` : ''
  }\n\n`;
  if (!active.length) return `${head}No findings.\n\n`;
  const blob =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/` : undefined;
  const rows = active.slice(0, SUMMARY_ROWS).map((r) => {
    const loc = r.locations?.[0]?.physicalLocation;
    const file = loc ? fileOf(loc.artifactLocation.uri) : '';
    const line = loc?.region?.startLine;
    const where = file ? `${cell(file)}${line ? `:${line}` : ''}` : '';
    const place = blob && file ? `[${where}](${blob}${file.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''})` : where;
    return `| ${r.level} | \`${cell(r.ruleId)}\` | ${place} | ${cell(r.message.text)} |`;
  });
  const more = active.length > SUMMARY_ROWS ? `\n${active.length - SUMMARY_ROWS} more in the SARIF report.\n` : '';
  return `${head}| severity | rule | location | message |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n${more}\n`;
}

function writeOutputs(env: Env, outputs: Record<string, string>) {
  if (!env.GITHUB_OUTPUT) return;
  appendFileSync(
    env.GITHUB_OUTPUT,
    Object.entries(outputs)
      .map(([k, v]) => outputBlock(k, v))
      .join(''),
  );
}
