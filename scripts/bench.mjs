// `npm run bench [folder]`: ratios measured in one run on this machine, commands interleaved
// (round-robin) so that they share its noise; medians of wall time, and of CPU time (user + system,
// every thread), which a busy machine disturbs less. Prints; asserts nothing.
//
//   npm run bench                      start-up, then the generated corpus (scripts/corpus.mjs)
//   npm run bench -- DIR               start-up, then DIR (e.g. the real-world evaluation folder)
//   npm run bench -- --startup         start-up only
//   npm run bench -- --lsp             the language server only (scripts/bench-lsp.mjs, issue 14)
//   npm run bench -- --sizes           the 1 / 10 / 100 MB table: time and peak memory per MB
//   npm run bench -- --small           a tiny corpus, one run each (the test suite runs this)
//   npm run bench -- --against=CHECKOUT [DIR]
//                                      per MB against another build (a checkout with its dist/ built):
//                                      the same tree in pairs, one thread and each build's default threads
//   npm run bench -- --gc [--against=CHECKOUT] [DIR]
//                                      what the garbage collector did in one one-thread run (V8's own
//                                      accounting, nearly the same from run to run): bytes promoted out
//                                      of the young generation, collection time in every thread, and
//                                      V8's pretenuring decisions (docs/ARCHITECTURE.md, "Memory: what
//                                      V8 keeps")
//   BENCH_RUNS=n                       runs per command (default 15; 3 with --small)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, sizedCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/policylint.js');
const floorScript = join(root, 'scripts/parse-floor.mjs');
const report = join(root, 'scripts/report-rss.cjs');
const small = process.argv.includes('--small');
const sizes = process.argv.includes('--sizes');
const startupOnly = process.argv.includes('--startup');
const lspOnly = process.argv.includes('--lsp');
const gcOnly = process.argv.includes('--gc');
const folderArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const againstArg = process.argv.find((a) => a.startsWith('--against='));
const against = againstArg && resolve(againstArg.slice('--against='.length));
const folder = folderArg && resolve(folderArg);
const runs = Number(process.env.BENCH_RUNS ?? (small ? 3 : 15));
// The threads a tree of 300 files or more gets by default (src/engine/worker-count.ts): the main thread
// and one worker per other core, four threads at most. Set here, so that a small tree gets them too.
const workers = String(Math.max(1, Math.min(cpus().length, 4) - 1));
const threadsLabel = `main thread + ${workers} worker${workers === '1' ? '' : 's'}`;

process.chdir(root);
const scratch = mkdtempSync(join(tmpdir(), 'policylint-bench-'));
// Node 20 reads NODE_EXTRA_CA_CERTS at start-up, before any script: on a machine that sets it (CI
// images and sandboxes often do), bare node took 115 ms instead of 61 ms, the same 55 ms was added
// to every command, and each start-up ratio looked far better than it is. policylint makes no TLS
// connection unless --access-analyzer is given, which the bench never does: measure without it.
const baseEnv = { ...process.env };
delete baseEnv.NODE_EXTRA_CA_CERTS;
const usage = join(scratch, 'usage');

/** Runs node with `args` once: wall ms, CPU ms and peak RSS (MB) of the whole process. */
function measure(args, { env = {}, cwd = root, input } = {}) {
  rmSync(usage, { force: true });
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', report, ...args], {
    cwd,
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
    env: { ...baseEnv, ...env, POLICYLINT_RSS_FILE: usage },
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const [rssKb, cpu] = readFileSync(usage, 'utf8').split(' ').map(Number);
  return { wall, cpu, rss: rssKb / 1024 };
}

/** Each command `runs` times, round-robin; the median of each measure. */
function interleaved(commands) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => samples[k].push(measure(c.args, c)));
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return samples.map((s) => ({ wall: median(s.map((x) => x.wall)), cpu: median(s.map((x) => x.cpu)), rss: Math.max(...s.map((x) => x.rss)) }));
}

const row = (label, value) => console.log(`${label.padEnd(58)} ${value}`);
const ms = (m) => `${m.wall.toFixed(0).padStart(6)} ms wall, ${m.cpu.toFixed(0).padStart(6)} ms CPU`;
const ratio = (a, b) => `${(a.wall / b.wall).toFixed(2)}x wall, ${(a.cpu / b.cpu).toFixed(2)}x CPU`;

console.log(
  `policylint benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${runs} interleaved runs, medians`,
);
if (process.env.NODE_EXTRA_CA_CERTS) console.log('(NODE_EXTRA_CA_CERTS is set here and left out of every run: Node 20 reads it at start-up)');

if (sizes) sizeTable();
else if (lspOnly) languageServer();
else if (gcOnly) collector();
else if (against) againstBuild();
else {
  startUp();
  if (!startupOnly) {
    wholeTree();
    languageServer();
  }
}
rmSync(scratch, { recursive: true, force: true });

/** One file, as a pre-commit hook or an editor runs it (issue 16 targets in brackets). */
function startUp() {
  const tf = join(root, 'examples/pccs-deployer/main.tf');
  const json = join(root, 'examples/pccs-deployer/repository-policy.json');
  // The same file in a repository with a .policylintrc: what most users' hooks run.
  const withConfig = join(scratch, 'with-config');
  mkdirSync(join(withConfig, '.git'), { recursive: true });
  writeFileSync(join(withConfig, 'main.tf'), readFileSync(tf));
  writeFileSync(join(withConfig, '.policylintrc'), JSON.stringify({ rules: { 'wildcard-principal': 'error' }, trustedAccounts: ['111122223333'] }));
  const commands = [
    { args: ['-e', '0'] },
    { args: [floorScript, tf] },
    { args: [bin, '--format', 'json', '--no-config-lookup', tf] },
    { args: [bin, '--format', 'json', 'main.tf'], cwd: withConfig },
    { args: [bin, '--format', 'json', '--no-config-lookup', json] },
    { args: [bin, '--format', 'json', '--no-config-lookup', '--stdin', '--stdin-filename', tf], input: readFileSync(tf) },
  ];
  // Untimed first: each command's code cache written and past the JSON-only script's measuring
  // runs (cli/load.ts, CHECKS = 8), as a user's hook is after its first commits. The processes
  // measured here have a cache of their own (the preload changes the flags it is keyed on), so
  // without this the first bench after a build timed those warm-up runs (1.60x against 1.48x).
  for (let i = 0; i < (small ? 1 : 9); i++) for (const c of commands.slice(2)) measure(c.args, c);
  const [bare, floor, one, config, policy, stdin] = interleaved(commands);
  row('bare node (node -e 0)', ms(bare));
  row('parse floor: load tree-sitter + parse main.tf (same flags)', `${ms(floor)} = ${ratio(floor, bare)} bare node`);
  row('one .tf file (examples/pccs-deployer/main.tf)', `${ms(one)} = ${ratio(one, floor)} the floor [≤ 1.2x]`);
  row('  the same in a repository with a .policylintrc', `${ms(config)} = ${ratio(config, floor)} the floor [≤ 1.2x]`);
  row('  the same through --stdin', `${ms(stdin)} = ${ratio(stdin, one)} the file [1.0x]`);
  row('one JSON policy (repository-policy.json)', `${ms(policy)} = ${ratio(policy, bare)} bare node [≤ 1.4x]`);
}

function wholeTree() {
  const corpus = folder ?? join(root, small ? '.bench/corpus-small' : '.bench/corpus');
  if (!folder) buildCorpus(corpus, small ? { copies: 1, modules: 4, resourcesPerModule: 8 } : { copies: 20, modules: 200, resourcesPerModule: 40 });
  const { files, bytes } = measureTree(corpus);
  const mb = bytes / 1048576;
  const lint = ['--format', 'json', '--no-config-lookup', corpus];
  const [floor, one, two] = interleaved([
    { args: [floorScript, corpus] },
    { args: [bin, ...lint], env: { POLICYLINT_WORKERS: '0' } },
    { args: [bin, ...lint], env: { POLICYLINT_WORKERS: workers } },
  ]);
  row(`corpus: ${files} files, ${mb.toFixed(1)} MB`, folder ? `(${folder})` : small ? '(small)' : '(generated)');
  row('parse-only floor, one thread (tree-sitter + jsonc-parser)', ms(floor));
  row('policylint, one thread (POLICYLINT_WORKERS=0)', `${ms(one)} = ${ratio(one, floor)} the floor [≤ 1.3x]`);
  row(`policylint, ${threadsLabel}`, `${ms(two)} = ${ratio(two, floor)} the floor [< 1.0x wall]`);
  row('throughput, one thread', `${(mb / (one.wall / 1000)).toFixed(2)} MB/s, ${(files / (one.wall / 1000)).toFixed(0)} files/s`);
  row(`peak memory (max RSS): one thread, ${threadsLabel}`, `${one.rss.toFixed(0)} MB, ${two.rss.toFixed(0)} MB [≤ 300 MB]`);
}

/**
 * This build against another on the same tree (issues 10 and 20: "nothing gets slower per MB"):
 * pairs of runs, alternating which build goes first so that both see the same noise, and the
 * median of the pairs' ratios; one thread, then the threads each build chooses by default for a
 * tree of 300 files or more (POLICYLINT_WORKERS unset: before session 11, one worker per core and
 * an idle main thread; since, the main thread and one worker per other core).
 */
function againstBuild() {
  const corpus = folder ?? join(root, '.bench/corpus');
  if (!folder) buildCorpus(corpus, { copies: 20, modules: 200, resourcesPerModule: 40 });
  const { files, bytes } = measureTree(corpus);
  const other = join(against, 'bin/policylint.js');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  row(`corpus: ${files} files, ${(bytes / 1048576).toFixed(1)} MB`, folder ? `(${folder})` : '(generated)');
  for (const workers of ['0', '']) {
    const args = ['--format', 'json', '--no-config-lookup', corpus];
    const env = { env: { POLICYLINT_WORKERS: workers } };
    const pairs = Array.from({ length: runs }, (_, i) => {
      const [theirs, ours] =
        i % 2 ? [measure([other, ...args], env), measure([bin, ...args], env)] : [measure([bin, ...args], env), measure([other, ...args], env)].reverse();
      return { theirs, ours, wall: ours.wall / theirs.wall, cpu: ours.cpu / theirs.cpu };
    });
    const m = (k) => ({ wall: median(pairs.map((p) => p[k].wall)), cpu: median(pairs.map((p) => p[k].cpu)) });
    row(`${workers === '0' ? 'one thread' : 'default threads'}: ${against}`, ms(m('theirs')));
    row(
      `${workers === '0' ? 'one thread' : 'default threads'}: this build`,
      `${ms(m('ours'))} = ${median(pairs.map((p) => p.wall)).toFixed(2)}x wall, ${median(pairs.map((p) => p.cpu)).toFixed(2)}x CPU (median of ${runs} pairs) [≤ 1.0x]`,
    );
  }
}

/**
 * The collector's accounting for one one-thread run (`--trace-gc-nvp`, one line per collection):
 * what a unit's data costs when it does not die young. Sums the young collections' `promoted` bytes
 * and their main-thread pause and helper-thread (`background.*`) times, the same for full
 * collections, and counts V8's tenure verdicts (an allocation site whose objects it allocates in the
 * old generation, once per site and collection).
 */
function collector() {
  const corpus = folder ?? join(root, small ? '.bench/corpus-small' : '.bench/corpus');
  if (!folder) buildCorpus(corpus, small ? { copies: 1, modules: 4, resourcesPerModule: 8 } : { copies: 20, modules: 200, resourcesPerModule: 40 });
  const { files, bytes } = measureTree(corpus);
  row(`corpus: ${files} files, ${(bytes / 1048576).toFixed(1)} MB`, folder ? `(${folder})` : small ? '(small)' : '(generated)');
  for (const [label, script] of [['this build', bin], ...(against ? [[against, join(against, 'bin/policylint.js')]] : [])]) {
    const out = join(scratch, 'report');
    const r = spawnSync(
      process.execPath,
      ['--trace-gc-nvp', '--trace-pretenuring-statistics', script, '--format', 'compact', '--no-config-lookup', '-o', out, corpus],
      {
        cwd: root,
        env: { ...baseEnv, POLICYLINT_WORKERS: '0' },
        maxBuffer: 1 << 30,
        encoding: 'utf8',
      },
    );
    if (r.status !== 0 && r.status !== 1) throw new Error(`${script} exited ${r.status}: ${r.stderr}`);
    const young = { n: 0, promoted: 0, pause: 0, background: 0 };
    const full = { n: 0, pause: 0, background: 0 };
    let tenured = 0;
    for (const line of r.stdout.split('\n')) {
      if (/=> tenure$/.test(line)) tenured++;
      const kind = / gc=(\w+)/.exec(line)?.[1];
      if (!kind) continue;
      const fields = Object.fromEntries([...line.matchAll(/ ([\w.]+)=([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
      const background = Object.entries(fields).reduce((t, [k, v]) => (k.startsWith('background.') ? t + v : t), 0);
      const into = kind === 's' ? young : full;
      into.n++;
      into.pause += fields.pause ?? 0;
      into.background += background;
      if (kind === 's') young.promoted += fields.promoted ?? 0;
    }
    const total = young.pause + young.background + full.pause + full.background;
    row(
      `${label}: one thread`,
      `promoted ${(young.promoted / 1048576).toFixed(0)} MB; young: ${young.n} × (${young.pause.toFixed(0)} + ${young.background.toFixed(0)} ms); full: ${full.n} × (${full.pause.toFixed(0)} + ${full.background.toFixed(0)} ms); GC ${total.toFixed(0)} ms; ${tenured} tenure verdicts`,
    );
  }
}

/** Generated trees of 1, 10 and 100 MB (scripts/corpus.mjs --mb): linear means flat per-MB columns. */
function sizeTable() {
  console.log('\n| tree | files | threads | time | time per MB | peak RSS | CPU per MB |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const size of small ? [1] : [1, 10, 100]) {
    const dir = join(root, `.bench/corpus-${size}mb`);
    sizedCorpus(dir, size);
    const { files, bytes } = measureTree(dir);
    const mb = bytes / 1048576;
    const n = size === 100 ? 1 : size === 10 ? Math.min(runs, 3) : Math.min(runs, 5);
    for (const threads of ['0', workers]) {
      const s = Array.from({ length: n }, () => measure([bin, '--format', 'json', '--no-config-lookup', dir], { env: { POLICYLINT_WORKERS: threads } }));
      const m = s.sort((a, b) => a.wall - b.wall)[Math.floor(n / 2)];
      console.log(
        `| ${mb.toFixed(0)} MB | ${files} | ${threads === '0' ? 'one' : threadsLabel} | ${(m.wall / 1000).toFixed(1)} s | ${(m.wall / 1000 / mb).toFixed(2)} s | ${Math.max(...s.map((x) => x.rss)).toFixed(0)} MB | ${(m.cpu / 1000 / mb).toFixed(2)} s |`,
      );
    }
  }
}

function measureTree(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory() && e.name !== '.git') walk(p);
      else if (/\.(tf|tofu|json)$/.test(e.name)) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

/** The language server as an editor sees it (issue 14): its own script, since it speaks the protocol. */
function languageServer() {
  console.log('');
  const r = spawnSync(process.execPath, [join(root, 'scripts/bench-lsp.mjs'), ...(small ? ['--small'] : [])], { stdio: 'inherit', env: baseEnv });
  if (r.status !== 0 && !small) process.exitCode = r.status ?? 1;
}
