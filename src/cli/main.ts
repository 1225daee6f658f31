import { readFile, writeFile } from 'node:fs/promises';
import { HELP, parseCli, UsageError, type CliArgs } from './args.js';
import type { Finding } from '../model/finding.js';
import { VERSION, HOMEPAGE } from './version.js';

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
    const { ConfigError } = await import('./config/load.js');
    if (e instanceof ConfigError || e instanceof UsageError) {
      io.stderr(`policylint: ${e.message}\n`);
      return 2;
    }
    io.stderr(`policylint: internal error: ${(e as Error).message}\nPlease report it with the input that caused it.\n`);
    if (io.env.POLICYLINT_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
}

async function run(args: CliArgs, io: Io): Promise<number> {
  const [{ lint }, { RULES }, { effectiveConfig, configDir }] = await Promise.all([
    import('../engine/lint.js'),
    import('../../rules/index.js'),
    import('./config/effective.js'),
  ]);
  const eff = await effectiveConfig(args, io.cwd, RULES);
  if (args.printConfig) {
    io.stdout(JSON.stringify({ configFile: eff.file ?? null, ...eff.config }, null, 2) + '\n');
    return 0;
  }
  if (args.stdin && !args.stdinFilename)
    throw new UsageError('--stdin needs --stdin-filename, so policylint knows whether the text is Terraform or JSON and where its module is');
  const result = await lint({
    cwd: io.cwd,
    paths: args.paths,
    rules: eff.rules,
    ruleOptions: { trustedAccounts: eff.config.trustedAccounts ?? [], strict: !!eff.config.strict, rules: eff.ruleOptions },
    severities: eff.severities,
    varFiles: args.varFiles,
    inlineConfig: args.inlineConfig,
    include: eff.config.include,
    exclude: eff.config.exclude,
    ignores: eff.config.ignores,
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
    if (a.unavailable && args.accessAnalyzerRequired) return 2;
  }
  for (const n of result.notices) io.stderr(`policylint: ${n.file}: ${n.message}\n`);
  if (args.paths.length && result.notices.filter((n) => n.message === 'no such file or directory').length === args.paths.length) {
    io.stderr('policylint: none of the paths given exists\n');
    return 2;
  }
  if (args.verbose) for (const line of [...new Set(result.info)]) io.stderr(`policylint: ${line}\n`);
  if (args.printPolicies) {
    const { printPolicies } = await import('../format/policies.js');
    await emit(printPolicies(result.policies, io.cwd), args, io);
    return 0;
  }
  if (args.writeBaseline) {
    const fingerprints = [...new Set(result.findings.filter((f) => !f.suppressed).map((f) => f.fingerprint))].sort();
    await writeFile(args.writeBaseline, JSON.stringify({ version: 1, fingerprints }, null, 2) + '\n');
    io.stderr(`policylint: wrote ${fingerprints.length} finding${fingerprints.length === 1 ? '' : 's'} to ${args.writeBaseline}\n`);
    return 0;
  }
  let findings = result.findings;
  if (args.baseline) findings = await withoutBaseline(findings, args.baseline);
  if (args.quiet) findings = findings.filter((f) => f.severity === 'error');
  const format = args.format ?? (io.isTTY && !args.outputFile ? 'friendly' : 'compact');
  await emit(await render(format, findings, args, io, result.notices, result.internalErrors), args, io);
  for (const e of result.internalErrors) io.stderr(`policylint: internal error: ${e}\nPlease report it with the input that caused it.\n`);
  return result.internalErrors.length ? 2 : exitCode(findings, args.maxWarnings);
}

async function analyzerFor(args: CliArgs, config: import('./config/load.js').Config, cwd: string) {
  const { runAccessAnalyzer } = await import('../access-analyzer/run.js');
  const { join } = await import('node:path');
  const aa = config.accessAnalyzer ?? {};
  return (policies: Parameters<typeof runAccessAnalyzer>[0]) =>
    runAccessAnalyzer(policies, {
      region: aa.region,
      checkNoPublicAccess: aa.checkNoPublicAccess,
      accessNotGranted: aa.accessNotGranted,
      cacheFile: args.cache ? join(cwd, '.policylint-cache', 'access-analyzer.json') : undefined,
    });
}

async function withoutBaseline(findings: Finding[], file: string): Promise<Finding[]> {
  let known: Set<string>;
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { fingerprints?: unknown };
    if (!Array.isArray(data.fingerprints)) throw new Error('no "fingerprints" list');
    known = new Set(data.fingerprints.map(String));
  } catch (e) {
    throw new UsageError(`--baseline ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return findings.filter((f) => !known.has(f.fingerprint));
}

async function render(
  format: string,
  findings: Finding[],
  args: CliArgs,
  io: Io,
  notices: Array<{ file: string; message: string }>,
  internalErrors: string[],
): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../format/json.js')).formatJson(findings);
    case 'sarif': {
      const [{ formatSarif }, { RULES }] = await Promise.all([import('../format/sarif.js'), import('../../rules/index.js')]);
      return formatSarif(findings, {
        version: VERSION,
        informationUri: HOMEPAGE,
        rules: RULES.map((r) => r.meta),
        category: args.sarifCategory,
        notifications: notices,
        internalErrors,
        docsBase: `${HOMEPAGE}/blob/v${VERSION}/rules`,
      });
    }
    case 'friendly': {
      // NO_COLOR wins over everything (no-color.org); --color forces colours off a terminal.
      const color = !io.env.NO_COLOR && (args.color ?? (io.isTTY && !args.outputFile));
      return (await import('../format/friendly.js')).formatFriendly(findings, io.cwd, color);
    }
    default:
      return (await import('../format/compact.js')).formatCompact(findings, io.cwd);
  }
}

async function emit(text: string, args: CliArgs, io: Io) {
  if (args.outputFile) await writeFile(args.outputFile, text);
  else io.stdout(text);
}

export function exitCode(findings: Finding[], maxWarnings: number | undefined): number {
  const active = findings.filter((f) => !f.suppressed);
  if (active.some((f) => f.severity === 'error')) return 1;
  const warnings = active.filter((f) => f.severity === 'warning').length;
  return maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings ? 1 : 0;
}
