// `npm run bench [folder]`: ratios measured in one run on this machine, commands interleaved so
// that they share its noise. `--small` builds a tiny corpus (the test suite runs that). Prints;
// asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/policylint.js');
const rss = join(root, 'scripts/report-rss.mjs');
const small = process.argv.includes('--small');
const folder = process.argv.slice(2).find((a) => !a.startsWith('--'));
const runs = Number(process.env.BENCH_RUNS ?? (small ? 3 : 15));

process.chdir(root);
const corpus = folder ?? join(root, small ? '.bench/corpus-small' : '.bench/corpus');
if (!folder) buildCorpus(corpus, small ? { copies: 1, modules: 4, resourcesPerModule: 8 } : { copies: 20, modules: 200, resourcesPerModule: 40 });
const { files, bytes } = measureTree(corpus);

const rssFile = join(mkdtempSync(join(tmpdir(), 'policylint-bench-')), 'rss');
function time(args, env = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Runs each command `runs` times, round-robin, and returns each one's median. */
function interleaved(commands) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => samples[k].push(time(c)));
  return samples.map((s) => s.sort((a, b) => a - b)[Math.floor(s.length / 2)]);
}

const oneTf = 'examples/pccs-deployer/main.tf';
const oneJson = 'examples/pccs-deployer/repository-policy.json';
const [bare, tf, json, tfFloor] = interleaved([
  ['-e', '0'],
  [bin, '--format', 'json', oneTf],
  [bin, '--format', 'json', oneJson],
  [join(root, 'scripts/parse-floor.mjs'), oneTf],
]);
const [whole, floor] = interleaved([
  [bin, '--format', 'json', '--no-config-lookup', corpus],
  [join(root, 'scripts/parse-floor.mjs'), corpus],
]);
time(['--import', rss, bin, '--format', 'json', '--no-config-lookup', corpus], { POLICYLINT_RSS_FILE: rssFile });
const peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;

const mb = bytes / 1048576;
const row = (label, value) => console.log(`${label.padEnd(44)} ${value}`);
console.log(
  `policylint benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${runs} interleaved runs, medians`,
);
row('bare node (node -e 0)', `${bare.toFixed(1)} ms`);
row(`one .tf file (${oneTf})`, `${tf.toFixed(1)} ms = ${(tf / bare).toFixed(2)}x bare node (target 1.6x)`);
row(`one JSON policy (${oneJson})`, `${json.toFixed(1)} ms = ${(json / bare).toFixed(2)}x bare node (target 1.6x)`);
row('  tree-sitter alone: load + parse that .tf', `${tfFloor.toFixed(1)} ms = ${(tfFloor / bare).toFixed(2)}x bare node`);
row(`corpus: ${files} files, ${mb.toFixed(1)} MB`, folder ? `(${folder})` : small ? '(small)' : '(generated)');
row('parse-only floor (tree-sitter + jsonc-parser)', `${floor.toFixed(0)} ms`);
row(
  `policylint, whole corpus (${cpus().length > 1 && files >= 300 ? 'worker threads' : 'one thread'})`,
  `${whole.toFixed(0)} ms = ${(whole / floor).toFixed(2)}x the floor (target 1.5x)`,
);
row('throughput', `${(mb / (whole / 1000)).toFixed(2)} MB/s, ${(files / (whole / 1000)).toFixed(0)} files/s`);
row('peak memory (max RSS), whole corpus', `${peakMb.toFixed(0)} MB`);

function measureTree(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(tf|tofu|json)$/.test(e.name)) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}
