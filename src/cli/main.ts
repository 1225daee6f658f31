import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { HELP, parseCli, UsageError, type CliArgs } from './args.js';
import type { Finding } from '../model/finding.js';
import { VERSION, HOMEPAGE } from './version.js';
import { docsBase, ruleDocsUrl } from '../format/docs-url.js';
// What every lint run uses is imported here; what only some runs use and is large is imported
// where it is used: the Terraform path (engine/module-path.ts), Access Analyzer, the friendly
// format's library, the language server. In the command's one script (cli/load.ts) such an import
// defers running, and so compiling, that code; a run that never needs it never pays for it.
import { lint } from '../engine/lint.js';
import { RULES } from '../../rules/index.js';
import { configDir, effectiveConfig } from './config/effective.js';
import { ConfigError } from './config/load.js';
import { escapeControl } from '../format/escape.js';
import { repositoryRoot } from '../discover/root.js';
import { jsonChunks } from '../format/json.js';
import { scanRoots } from '../discover/confine.js';
import { compactLines } from '../format/compact.js';
import { isLintable } from '../discover/walk.js';
import { readRegularFile } from '../discover/files.js';
import { sarifChunks } from '../format/sarif.js';
import { formatFriendly } from '../format/friendly.js';
import { printPolicies } from '../format/policies.js';
import { expandToModules } from './whole-module.js';
import { needsFullScript } from '../model/needs-full-script.js';
import { cannotWriteStdout } from './direct-output.js';

/** node:fs/promises when a run needs it (a baseline, --output-file): loading it costs every run
 * ~3 ms, with the readline and file-watching modules it brings (issue 16: start-up). */
const fsPromises = () => process.getBuiltinModule('node:fs/promises');

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/** Runs the CLI and returns the exit code: 0 clean, 1 failing findings, 2 usage or internal error. */
export async function main(argv: string[], io: Io): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`policylint: ${e.message}\nRun "policylint --help" for usage.\n`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  try {
    return await run(args, io);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UsageError) {
      io.stderr(`policylint: ${e.message}\n`);
      return 2;
    }
    // The loader runs the command again with the whole script (model/needs-full-script.ts).
    if (needsFullScript(e)) throw e;
    io.stderr(`policylint: internal error: ${(e as Error).message}\nPlease report it with the input that caused it.\n`);
    if (io.env.POLICYLINT_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
}

async function run(args: CliArgs, io: Io): Promise<number> {
  const eff = await effectiveConfig(args, io.cwd, RULES);
  if (args.printConfig) {
    io.stdout(JSON.stringify({ configFile: eff.file ?? null, ...withDefaults(eff.config, RULES) }, null, 2) + '\n');
    return 0;
  }
  if (args.stdin && !args.stdinFilename)
    throw new UsageError('--stdin needs --stdin-filename, so policylint knows whether the text is Terraform or JSON and where its module is');
  for (const [flag, target] of [
    ['--output-file', args.outputFile],
    ['--write-baseline', args.writeBaseline],
  ] as const) {
    if (target && (await namesAnInput(target, args.paths, io.cwd)))
      throw new UsageError(`${flag} ${target} is one of the files being linted; policylint will not overwrite its input`);
  }
  checkInputs(args, io.cwd);
  const paths = args.wholeModule ? expandToModules(args.paths, io.cwd) : args.paths;
  // Named variable files with no module beside them leave nothing to lint, which is not "lint .".
  if (args.paths.length && !paths.length) return 0;
  const root = rootFor(args, io.cwd, configDir(eff, io.cwd), eff.file);
  const result = await lint({
    cwd: io.cwd,
    root,
    paths,
    rules: eff.rules,
    ruleOptions: { trustedAccounts: eff.config.trustedAccounts ?? [], strict: !!eff.config.strict, rules: eff.ruleOptions },
    severities: eff.severities,
    varFiles: args.varFiles,
    inlineConfig: args.inlineConfig,
    include: eff.config.include,
    exclude: eff.config.exclude,
    ignores: eff.config.ignores,
    policyKinds: eff.config.policyKinds,
    configDir: configDir(eff, io.cwd),
    stdin: args.stdin ? { path: args.stdinFilename!, text: await io.readStdin() } : undefined,
    collectPolicies: args.printPolicies,
    analyzer: args.accessAnalyzer || eff.config.accessAnalyzer?.enabled ? await analyzerFor(args, eff.config, io.cwd) : undefined,
  });
  if (result.analyzer) {
    const a = result.analyzer;
    if (a.unavailable) io.stderr(`policylint: IAM Access Analyzer skipped: ${a.unavailable}; reporting offline findings only\n`);
    else
      io.stderr(
        `policylint: IAM Access Analyzer: ${a.requests} request${a.requests === 1 ? '' : 's'} (${a.billedChecks} billed check${a.billedChecks === 1 ? '' : 's'}), ${a.cached} answered from cache, ${a.skippedUnknown} polic${a.skippedUnknown === 1 ? 'y' : 'ies'} with unresolved values not sent\n`,
      );
    for (const n of a.notices) io.stderr(`policylint: IAM Access Analyzer: ${n}\n`);
  }
  // Required, and no policy could be checked: the offline report is still printed, then exit 2.
  const analyzerFailed =
    !!result.analyzer && args.accessAnalyzerRequired && (!!result.analyzer.unavailable || (result.analyzer.validated === 0 && result.analyzer.failed > 0));
  for (const n of result.notices) io.stderr(`policylint: ${escapeControl(n.file)}: ${n.message}\n`);
  if (paths.length && result.notices.filter((n) => n.message === 'no such file or directory').length === paths.length) {
    io.stderr('policylint: none of the paths given exists\n');
    return 2;
  }
  if (args.paths.length && !args.stdin && result.filesLinted === 0 && result.notices.length) {
    io.stderr('policylint: nothing given could be linted\n');
    return 2;
  }
  // The lines name files and module sources of the linted repository: control characters escaped.
  if (args.verbose) for (const line of [...new Set(result.info)]) io.stderr(`policylint: ${escapeControl(line)}\n`);
  const { statements, judged } = result.coverage;
  // The judged share counts statements (issue 20 item 4); --strict names each one not judged.
  if ((args.verbose || eff.config.strict) && statements)
    io.stderr(
      `policylint: ${judged} of ${statements} statement${statements === 1 ? '' : 's'} judged (${Math.floor((judged * 100) / statements)}%)${judged < statements && !eff.config.strict ? '; --strict names the others' : ''}\n`,
    );
  if (args.printPolicies) {
    emit(printPolicies(result.policies, root), args, io);
    return 0;
  }
  if (args.writeBaseline) {
    const fingerprints = [...new Set(result.findings.filter((f) => !f.suppressed).map((f) => f.fingerprint))].sort();
    await fsPromises().writeFile(args.writeBaseline, JSON.stringify({ version: 1, fingerprints }, null, 2) + '\n');
    io.stderr(`policylint: wrote ${fingerprints.length} finding${fingerprints.length === 1 ? '' : 's'} to ${args.writeBaseline}\n`);
    return 0;
  }
  let findings = result.findings;
  if (args.baseline) {
    const { kept, stale } = await withoutBaseline(findings, args.baseline);
    findings = kept;
    // Entries that match nothing are fixed findings, or fingerprints from an older policylint.
    if (stale)
      io.stderr(
        `policylint: ${stale} baseline entr${stale === 1 ? 'y matches' : 'ies match'} no finding any more; rewrite the baseline with --write-baseline to drop ${stale === 1 ? 'it' : 'them'}\n`,
      );
  }
  if (args.quiet) findings = findings.filter((f) => f.severity === 'error');
  const format = args.format ?? (io.isTTY && !args.outputFile ? 'friendly' : 'compact');
  emit(await render(format, findings, args, io, result.notices, result.internalErrors, root), args, io);
  for (const e of result.internalErrors) io.stderr(`policylint: internal error: ${e}\nPlease report it with the input that caused it.\n`);
  if (analyzerFailed) io.stderr('policylint: --access-analyzer-required: IAM Access Analyzer validated no policy\n');
  if (result.internalErrors.length || analyzerFailed) return 2;
  const code = exitCode(findings, args.maxWarnings);
  const warnings = findings.filter((f) => !f.suppressed && f.severity === 'warning').length;
  if (code === 1 && !findings.some((f) => !f.suppressed && f.severity === 'error'))
    io.stderr(`policylint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${args.maxWarnings} allows\n`);
  return code;
}

/** What is in effect, defaults included (ESLint's --print-config): every rule with its severity
 * and options, so a user sees what an unset key means. */
function withDefaults(config: import('./config/load.js').Config, all: Array<{ meta: import('../model/finding.js').RuleMeta }>) {
  const rules = Object.fromEntries(
    all.map(({ meta }) => {
      const set = config.rules?.[meta.id];
      const severity = (typeof set === 'object' ? set.severity : set) ?? meta.severity;
      const given = typeof set === 'object' ? set.options : undefined;
      return [meta.id, meta.optionDefaults ? { severity, options: { ...meta.optionDefaults, ...given } } : severity];
    }),
  );
  return { include: [], exclude: [], ignores: [], trustedAccounts: [], strict: false, ...config, rules };
}

async function analyzerFor(args: CliArgs, config: import('./config/load.js').Config, cwd: string) {
  const { runAccessAnalyzer } = await import('../access-analyzer/run.js');
  const { cacheFileFor } = await import('../access-analyzer/cache.js');
  const aa = config.accessAnalyzer ?? {};
  const timeout = Number(process.env.POLICYLINT_ACCESS_ANALYZER_TIMEOUT_MS);
  return (policies: Parameters<typeof runAccessAnalyzer>[0]) =>
    runAccessAnalyzer(policies, {
      region: aa.region,
      checkNoPublicAccess: aa.checkNoPublicAccess,
      accessNotGranted: aa.accessNotGranted,
      cacheFile: args.cache ? cacheFileFor(args.cacheLocation, cwd) : undefined,
      timeoutMs: timeout > 0 ? timeout : undefined,
    });
}

/** Files named on the command line that are not there are usage errors (exit 2), not findings. */
function checkInputs(args: CliArgs, cwd: string) {
  for (const f of args.varFiles) if (!statSync(resolve(cwd, f), { throwIfNoEntry: false })?.isFile()) throw new UsageError(`--var-file ${f}: no such file`);
}

/** `--root`, else the git top level, else the configuration's folder, else the working directory. */
function rootFor(args: CliArgs, cwd: string, configFolder: string, configFile: string | undefined): string {
  if (args.root === undefined) return repositoryRoot(cwd, configFile ? configFolder : undefined);
  const dir = resolve(cwd, args.root);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--root ${args.root}: no such folder`);
  return dir;
}

async function withoutBaseline(findings: Finding[], file: string): Promise<{ kept: Finding[]; stale: number }> {
  let known: Set<string>;
  try {
    const data = JSON.parse(await fsPromises().readFile(file, 'utf8')) as { fingerprints?: unknown };
    if (!Array.isArray(data.fingerprints)) throw new Error('no "fingerprints" list');
    known = new Set(data.fingerprints.map(String));
  } catch (e) {
    throw new UsageError(`--baseline ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const seen = new Set(findings.map((f) => f.fingerprint));
  return { kept: findings.filter((f) => !known.has(f.fingerprint)), stale: [...known].filter((k) => !seen.has(k)).length };
}

async function render(
  format: string,
  findings: Finding[],
  args: CliArgs,
  io: Io,
  notices: Array<{ file: string; message: string }>,
  internalErrors: string[],
  root: string,
): Promise<Output> {
  // Every finding links its rule's doc (JSON `helpUri`, friendly output's list of rules), as ESLint's
  // `meta.docs.url`; Access Analyzer's findings keep their own "learn more" link.
  const docs = docsBase(HOMEPAGE, VERSION);
  for (const f of findings) f.helpUri ??= ruleDocsUrl(docs, f.ruleId);
  switch (format) {
    case 'json':
      return jsonChunks(findings);
    case 'sarif': {
      return sarifChunks(findings, {
        version: VERSION,
        informationUri: HOMEPAGE,
        rules: RULES.map((r) => r.meta),
        category: args.sarifCategory,
        notifications: notices,
        internalErrors,
        docsBase: docs,
        root,
      });
    }
    case 'friendly': {
      // NO_COLOR wins over everything (no-color.org); --color forces colours off a terminal.
      const color = !io.env.NO_COLOR && (args.color ?? (io.isTTY && !args.outputFile));
      const roots = scanRoots(args.stdin && args.stdinFilename ? [args.stdinFilename] : args.paths.length ? args.paths : ['.'], io.cwd);
      return formatFriendly(findings, root, color, roots);
    }
    default:
      return compactLines(findings, root);
  }
}

/** A report as one text, or as pieces printed as they are made (JSON, SARIF, compact). */
type Output = string | Iterable<string>;

/** Writes a report in pieces of about 64 KB: a large report never exists as one string and one
 * buffer at once (issue 16: 50 MB of JSON for 100 MB of Terraform). */
function emit(out: Output, args: CliArgs, io: Io) {
  const pieces = batched(typeof out === 'string' ? [out] : out);
  if (!args.outputFile) {
    for (const piece of pieces) {
      try {
        io.stdout(piece);
      } catch (e) {
        // A full disk or a closed descriptor behind `>`: the user's environment, not a bug to report.
        const code = (e as NodeJS.ErrnoException).code;
        if (code) throw new UsageError(cannotWriteStdout(code));
        throw e;
      }
    }
    return;
  }
  const failed = (e: unknown) =>
    new UsageError(`--output-file ${args.outputFile}: cannot write it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  let fd: number;
  try {
    fd = openSync(args.outputFile, 'w');
  } catch (e) {
    throw failed(e);
  }
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } catch (e) {
    throw failed(e);
  } finally {
    closeSync(fd);
  }
}

function* batched(parts: Iterable<string>, size = 1 << 16): Generator<string> {
  let buf = '';
  for (const p of parts) {
    buf += p;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** Whether `target` is a file this run reads: a path given, or an existing lintable file inside a
 * folder given that is not policylint's own output (a baseline or a JSON/SARIF report it wrote). */
async function namesAnInput(target: string, paths: string[], cwd: string): Promise<boolean> {
  const real = async (p: string) =>
    fsPromises()
      .realpath(p)
      .catch(() => undefined);
  const t = await real(resolve(cwd, target));
  if (!t) return false;
  for (const p of paths.length ? paths : ['.']) {
    const r = await real(resolve(cwd, p));
    if (!r) continue;
    if (t === r) return true;
    if (!isLintable(t) || !t.startsWith(r.endsWith(sep) ? r : r + sep)) continue;
    const text = readRegularFile(t);
    if (typeof text !== 'string' || !/^\s*\{\s*"(version|fingerprints|findings|\$schema|runs)"/.test(text.slice(0, 200))) return true;
  }
  return false;
}

export function exitCode(findings: Finding[], maxWarnings: number | undefined): number {
  const active = findings.filter((f) => !f.suppressed);
  if (active.some((f) => f.severity === 'error')) return 1;
  const warnings = active.filter((f) => f.severity === 'warning').length;
  return maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings ? 1 : 0;
}
