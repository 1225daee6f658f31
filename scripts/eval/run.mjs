#!/usr/bin/env node
// Real-world accuracy evaluation (docs/ACCURACY.md). Not part of CI: the checkouts come from the
// network (scripts/eval/checkout.mjs). Runs the built policylint on every repository in
// eval/repos.json at its pinned commit and writes per-repository figures, compared with the hand
// review in eval/expectations.tsv and the known misses in eval/misses.tsv.
//
//   npm run bundle && node scripts/eval/run.mjs --out docs/accuracy/latest.json
//   node scripts/eval/render.mjs --in docs/accuracy/latest.json --section after
//
// Exit 1 when a checkout is missing or not at its pinned commit, when policylint fails (exit 2), or
// with --require-reviewed when a finding has no verdict in eval/expectations.tsv.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { causeOf, statementsOf } from './measure.mjs';

const { values: opts } = parseArgs({
  options: {
    manifest: { type: 'string', default: 'eval/repos.json' },
    expectations: { type: 'string', default: 'eval/expectations.tsv' },
    misses: { type: 'string', default: 'eval/misses.tsv' },
    dir: { type: 'string', default: '.eval' },
    bin: { type: 'string', default: 'bin/policylint.js' },
    out: { type: 'string' },
    label: { type: 'string' },
    only: { type: 'string', multiple: true },
    set: { type: 'string' },
    'require-reviewed': { type: 'boolean', default: false },
    'list-unknowns': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const POLICY_FILE = /\.(tf|tofu|tf\.json|tfvars|tfvars\.json|json|tpl|tftpl)$/;
const SKIP_DIRS = new Set(['.git', '.terraform', 'node_modules']);

const manifest = JSON.parse(readFileSync(opts.manifest, 'utf8'));
const bin = resolve(opts.bin);
const expectations = readTsv(opts.expectations, ['repo', 'file', 'line', 'rule', 'verdict', 'reason']);
// A verdict is one of three words: a "?" pasted from the unreviewed list would count as reviewed.
const badVerdicts = expectations.filter((e) => !['true', 'false', 'debatable'].includes(e.verdict));
if (badVerdicts.length) {
  for (const e of badVerdicts)
    console.error(`${opts.expectations}: "${e.verdict}" is no verdict (true, false or debatable): ${e.repo} ${e.file}:${e.line} ${e.rule}`);
  process.exit(2);
}
const misses = readTsv(opts.misses, ['repo', 'file', 'line', 'rule', 'reason']);
const projectCommit = tryRun('git', ['rev-parse', 'HEAD'], process.cwd());
const projectDirty = tryRun('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'rules', 'bin'], process.cwd()) !== '';

/** Files policylint reads by no name: `.tf`, `.json`, templates and the like are never among them. */
const NEVER_READ = /\.(png|jpe?g|gif|svg|ico|csv|parquet|zip|gz|pdf|mp4|woff2?)$/i;

const results = [];
let broken = 0;
for (const entry of manifest.repos) {
  if (opts.only && !opts.only.includes(entry.repo)) continue;
  if (opts.set && entry.set !== opts.set) continue;
  const checkout = resolve(opts.dir, entry.repo.replace('/', '__'));
  const r = evaluateRepo(entry, checkout);
  if (r.error) broken++;
  results.push(r);
  if (!opts.quiet) console.error(summaryLine(r));
}

const report = {
  generatedBy: 'node scripts/eval/run.mjs',
  label: opts.label ?? null,
  policylintCommit: projectCommit + (projectDirty ? ' (with uncommitted changes)' : ''),
  date: new Date().toISOString().slice(0, 10),
  repos: results,
  totals: Object.fromEntries([...new Set(manifest.repos.map((e) => e.set)), 'all'].map((s) => [s, total(results.filter((r) => s === 'all' || r.set === s))])),
};
if (opts.out) {
  mkdirSync(dirname(resolve(opts.out)), { recursive: true });
  writeFileSync(opts.out, JSON.stringify(report, null, 2) + '\n');
}
printTotals(report.totals);
const unreviewed = results.flatMap((r) => r.unreviewed ?? []);
if (unreviewed.length) {
  console.error(`\n${unreviewed.length} finding(s) without a verdict in ${opts.expectations}:`);
  for (const u of unreviewed) console.error(`${u.repo}\t${u.file}\t${u.line}\t${u.rule}\t?\t${u.message}`);
}
process.exit(broken || (opts['require-reviewed'] && unreviewed.length) ? 1 : 0);

function evaluateRepo(entry, checkout) {
  const base = { repo: entry.repo, set: entry.set, commit: entry.commit, path: entry.path ?? '.' };
  if (!existsSync(join(checkout, '.git'))) return { ...base, error: `no checkout at ${checkout}: run node scripts/eval/checkout.mjs` };
  const head = tryRun('git', ['rev-parse', 'HEAD'], checkout);
  if (head !== entry.commit) return { ...base, error: `checkout is at ${head || 'no commit'}, manifest pins ${entry.commit}` };
  const target = entry.path ?? '.';
  // Only the evaluated folder must match: mirrors may lack files of 4 MiB and more (binaries). A
  // missing image or data file policylint never reads (a .png, a .csv) changes nothing it reports.
  const changed = tryRun('git', ['status', '--porcelain', '--untracked-files=no', '--', target], checkout)
    .split('\n')
    .filter((line) => line && !(/^ ?D /.test(line) && NEVER_READ.test(line)));
  if (changed.length) return { ...base, error: `checkout has local changes under ${target}` };

  const files = countFiles(join(checkout, target));
  const run = (args) =>
    spawnSync(process.execPath, [bin, ...args, '--no-config-lookup', target], { cwd: checkout, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 600_000 });
  const started = Date.now();
  const lint = run(['--format', 'json']);
  const seconds = (Date.now() - started) / 1000;
  if (lint.status === 2 || lint.status === null) return { ...base, files, error: `policylint exit ${lint.status}: ${(lint.stderr || '').slice(0, 500)}` };
  // --strict adds notes about what policylint could not resolve: counted, not verdicts to review.
  const strict = run(['--format', 'json', '--strict']);
  if (strict.status === 2 || strict.status === null) return { ...base, files, error: `--strict exit ${strict.status}: ${(strict.stderr || '').slice(0, 500)}` };
  const printed = run(['--print-policies']);
  if (printed.status !== 0) return { ...base, files, error: `--print-policies exit ${printed.status}: ${(printed.stderr || '').slice(0, 500)}` };

  const policies = JSON.parse(printed.stdout).policies;
  const findings = JSON.parse(lint.stdout).findings;
  const verdictPrints = new Set(findings.map((f) => f.fingerprint));
  const strictNotes = JSON.parse(strict.stdout).findings.filter((f) => !f.suppressed && !verdictPrints.has(f.fingerprint));
  // The engine's own count of the statements it ran the rules on ("N of M statements judged").
  const engine = /(\d+) of (\d+) statements? judged/.exec(strict.stderr ?? '');
  const engineCount = engine ? { engineJudged: Number(engine[1]), engineStatements: Number(engine[2]) } : {};
  return {
    ...base,
    files,
    seconds,
    exitCode: lint.status,
    ...engineCount,
    ...policyFigures(policies, strictNotes),
    ...findingFigures(entry.repo, findings, strictNotes),
  };
}

function policyFigures(policies, strictNotes) {
  let statements = 0;
  let resolved = 0;
  let resourceOnly = 0;
  let named = 0;
  let judged = 0;
  let judgedWithUnknowns = 0;
  let opaque = 0;
  const causes = {};
  const unknownStatements = [];
  const locations = new Set();
  const noted = strictNoteIndex(strictNotes);
  for (const p of policies) {
    locations.add(`${p.file}:${p.line}`);
    statementsOf(p.document).forEach((s, i) => {
      statements++;
      if (s.opaque) opaque++;
      // What the run says: a statement a --strict note names was not judged by some rule (named);
      // any other statement was judged by every rule, its Unknowns (if any) not mattering.
      const key = `${(p.modulePath ?? []).join('/')}|${p.address}`;
      const isNamed = noted.has(`${key}|*`) || noted.has(`${key}|${i}`);
      if (isNamed) named++;
      else judged++;
      if (!s.unknowns.length) {
        resolved++;
        return;
      }
      if (!isNamed) judgedWithUnknowns++;
      if (s.resourceOnly) resourceOnly++;
      const kinds = [...new Set(s.unknowns.map(causeOf))];
      for (const k of kinds) causes[k] = (causes[k] ?? 0) + 1;
      if (opts['list-unknowns'])
        unknownStatements.push({
          file: p.file,
          line: p.line,
          address: p.address,
          modulePath: p.modulePath,
          statement: i,
          judged: !isNamed,
          causes: kinds,
          unknowns: [...new Set(s.unknowns)].slice(0, 5),
        });
    });
  }
  return {
    policies: policies.length,
    policyLocations: locations.size,
    statements,
    resolvedStatements: resolved,
    resolvedShare: statements ? round(resolved / statements) : null,
    resourceOnlyUnknown: resourceOnly,
    judgeableShare: statements ? round((resolved + resourceOnly) / statements) : null,
    namedUnderStrict: named,
    judgedStatements: judged,
    judgedWithUnknowns,
    judgedShare: statements ? round(judged / statements) : null,
    judgedOrNamedShare: statements ? round((judged + named) / statements) : null,
    opaqueStatements: opaque,
    unknownCauses: sortDesc(causes),
    ...(opts['list-unknowns'] ? { unknownStatements } : {}),
  };
}

/** Which statements a --strict note names: by address and module path, and by statement index when
 * the note carries a JSON path (a note without one names the whole policy). */
function strictNoteIndex(notes) {
  const out = new Set();
  for (const f of notes) {
    const key = `${(f.modulePath ?? []).join('/')}|${f.address}`;
    const m = /^Statement\[(\d+)\]/.exec(f.jsonPath ?? '');
    out.add(`${key}|${m ? m[1] : '*'}`);
  }
  return out;
}

function findingFigures(repo, findings, strictNotes) {
  const verdictFindings = findings.filter((f) => !f.suppressed);
  const notesByRule = {};
  for (const f of strictNotes) notesByRule[f.ruleId] = (notesByRule[f.ruleId] ?? 0) + 1;
  const bySeverity = {};
  for (const f of verdictFindings) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
  const byRule = {};
  for (const f of verdictFindings) {
    const k = f.checkId ? `${f.ruleId}/${f.checkId}` : f.ruleId;
    byRule[k] = (byRule[k] ?? 0) + 1;
  }
  const mine = expectations.filter((e) => e.repo === repo);
  const verdicts = { true: 0, false: 0, debatable: 0 };
  const unreviewed = [];
  const reviewed = [];
  for (const f of verdictFindings) {
    const e = mine.find((x) => matches(x, f));
    if (!e) {
      unreviewed.push({ repo, file: f.file, line: f.line, rule: `${f.checkId ? `${f.ruleId}/${f.checkId}` : f.ruleId}@${f.severity}`, message: f.message });
      continue;
    }
    verdicts[e.verdict] = (verdicts[e.verdict] ?? 0) + 1;
    reviewed.push({ file: f.file, line: f.line, rule: f.ruleId, checkId: f.checkId, severity: f.severity, verdict: e.verdict, reason: e.reason });
  }
  // A finding judged right that is no longer reported is a new miss, not an improvement.
  const lostTrue = mine
    .filter((e) => e.verdict === 'true' && !verdictFindings.some((f) => matches(e, f)))
    .map(({ file, line, rule, reason }) => ({ file, line, rule, reason }));
  const knownMisses = misses
    .filter((m) => m.repo === repo)
    .map((m) => ({ file: m.file, line: m.line, rule: m.rule, reason: m.reason, nowFound: verdictFindings.some((f) => matches(m, f)) }));
  const dupes = verdictFindings.length - new Set(verdictFindings.map((f) => f.fingerprint)).size;
  return {
    findings: verdictFindings.length,
    suppressed: findings.length - verdictFindings.length,
    findingsBySeverity: sortDesc(bySeverity),
    strictNotes: strictNotes.length,
    strictNotesByRule: sortDesc(notesByRule),
    duplicateFingerprints: dupes,
    findingsByRule: sortDesc(byRule),
    verdicts,
    precision: verdicts.true + verdicts.false ? round(verdicts.true / (verdicts.true + verdicts.false)) : null,
    unreviewed,
    reviewed,
    lostTrue,
    knownMisses,
  };
}

/** An expectation names file, line (`*`: any line) and rule, optionally narrowed to one check
 * (`rule/CHECK`), one severity (`@warning`: a verdict on a warning need not hold for a note) and
 * messages containing a text (`~text`): `rule[/CHECK][@severity][~text]`. */
function matches(e, f) {
  if (e.file !== f.file) return false;
  if (e.line !== '*' && Number(e.line) !== f.line) return false;
  const m = /^([^/@~]+)(?:\/([^@~]+))?(?:@([^~]+))?(?:~(.*))?$/.exec(e.rule);
  if (!m) return false;
  const [, rule, check, severity, text] = m;
  return rule === f.ruleId && (!check || check === f.checkId) && (!severity || severity === f.severity) && (!text || f.message.includes(text));
}

function total(rs) {
  const ok = rs.filter((r) => !r.error);
  const sum = (k) => ok.reduce((a, r) => a + (r[k] ?? 0), 0);
  const verdicts = { true: 0, false: 0, debatable: 0 };
  for (const r of ok) for (const k of Object.keys(verdicts)) verdicts[k] += r.verdicts?.[k] ?? 0;
  const causes = {};
  for (const r of ok) for (const [k, n] of Object.entries(r.unknownCauses ?? {})) causes[k] = (causes[k] ?? 0) + n;
  const byRule = {};
  for (const r of ok) for (const [k, n] of Object.entries(r.findingsByRule ?? {})) byRule[k] = (byRule[k] ?? 0) + n;
  const statements = sum('statements');
  return {
    repos: ok.length,
    broken: rs.length - ok.length,
    files: sum('files'),
    policies: sum('policies'),
    statements,
    resolvedStatements: sum('resolvedStatements'),
    resolvedShare: statements ? round(sum('resolvedStatements') / statements) : null,
    judgeableShare: statements ? round((sum('resolvedStatements') + sum('resourceOnlyUnknown')) / statements) : null,
    judgedStatements: sum('judgedStatements'),
    judgedWithUnknowns: sum('judgedWithUnknowns'),
    namedUnderStrict: sum('namedUnderStrict'),
    judgedShare: statements ? round(sum('judgedStatements') / statements) : null,
    judgedOrNamedShare: statements ? round((sum('judgedStatements') + sum('namedUnderStrict')) / statements) : null,
    engineJudged: sum('engineJudged'),
    engineStatements: sum('engineStatements'),
    findings: sum('findings'),
    strictNotes: sum('strictNotes'),
    findingsByRule: sortDesc(byRule),
    verdicts,
    precision: verdicts.true + verdicts.false ? round(verdicts.true / (verdicts.true + verdicts.false)) : null,
    unreviewed: ok.reduce((a, r) => a + r.unreviewed.length, 0),
    lostTrue: ok.reduce((a, r) => a + r.lostTrue.length, 0),
    knownMisses: ok.reduce((a, r) => a + r.knownMisses.filter((m) => !m.nowFound).length, 0),
    unknownCauses: sortDesc(causes),
  };
}

function summaryLine(r) {
  if (r.error) return `${r.repo}: ERROR ${r.error}`;
  return `${r.repo} [${r.set}] files ${r.files}, policies ${r.policies}, statements ${r.statements}, resolved ${pct(r.resolvedShare)}, findings ${r.findings} (unreviewed ${r.unreviewed.length}), precision ${pct(r.precision)}, ${r.seconds}s`;
}

function printTotals(totals) {
  for (const [set, t] of Object.entries(totals))
    console.log(
      `${set}: ${t.repos} repos, ${t.files} files, ${t.policies} policies, ${t.statements} statements, resolved ${pct(t.resolvedShare)} (judgeable ${pct(t.judgeableShare)}; judged ${pct(t.judgedShare)}, ${t.judgedWithUnknowns} of them with Unknowns that did not matter; judged or named under --strict ${pct(t.judgedOrNamedShare)}; the engine: ${t.engineJudged} of ${t.engineStatements} judged), findings ${t.findings} (T ${t.verdicts.true} / F ${t.verdicts.false} / D ${t.verdicts.debatable}, unreviewed ${t.unreviewed}), precision ${pct(t.precision)}, lost true ${t.lostTrue}, known misses ${t.knownMisses}`,
    );
}

function countFiles(dir) {
  let n = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(join(d, e.name));
      } else if (e.isFile() && POLICY_FILE.test(e.name)) n++;
    }
  };
  walk(dir);
  return n;
}

function readTsv(path, columns) {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => Object.fromEntries(l.split('\t').map((v, i) => [columns[i] ?? `extra${i}`, v.trim()])));
}

function tryRun(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}
function pct(x) {
  return x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}
function sortDesc(o) {
  return Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
