// Time and peak memory of policylint on the hostile inputs of issue 12 (BENCHMARKS.md, "Hostile
// inputs"). `node scripts/hostile-bench.mjs [bin/policylint.js] [--only name] [--timeout s]`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const bin = resolve(args.find((a) => a.endsWith('.js')) ?? join(here, '..', 'bin', 'policylint.js'));
const only = opt('--only');
const timeout = Number(opt('--timeout') ?? 60) * 1000;

const policy = (resource, extra = '') =>
  `resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = ${resource}${extra} }] })\n}\n`;
const bucket = (cond) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: cond }] });

/** name -> files to write */
export const CASES = {
  'locals doubling, depth 18': () => doubling(18),
  'locals doubling, depth 40': () => doubling(40),
  'replace() x30': () => ({
    'main.tf': `locals {\n  r0 = "aaaa"\n${Array.from({ length: 30 }, (_, i) => `  r${i + 1} = replace(local.r${i}, "a", "aa")`).join('\n')}\n}\n${policy('local.r30')}`,
  }),
  'nested for over 5,000': () => ({
    'main.tf': `locals {\n  xs = [${Array.from({ length: 5000 }, (_, i) => `"x${i}"`).join(', ')}]\n  ys = flatten([for a in local.xs : [for b in local.xs : "\${a}\${b}"]])\n}\n${policy('local.ys')}`,
  }),
  'module source "./" x6': () => ({
    'main.tf': `${Array.from({ length: 6 }, (_, i) => `module "m${i}" {\n  source = "./"\n}\n`).join('')}${policy('"*"')}`,
  }),
  'broken JSON heredoc, 1.2 MB': () => ({
    'main.tf': `resource "aws_iam_policy" "h" {\n  policy = <<EOF\n${'x '.repeat(600_000)}\nEOF\n}\n`,
  }),
  'StringLike * + 75,000 ? vs 150 KB ARN': () => ({
    'p.json': bucket({ StringLike: { 'aws:PrincipalArn': `*${'?'.repeat(75_000)}b`, 'aws:userid': 'x' } }),
    'q.json': JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { StringNotLike: { 'aws:PrincipalArn': `arn:aws:iam::111122223333:role/${'a'.repeat(150_000)}` } },
        },
      ],
    }),
  }),
  '5,000 PrincipalArn patterns': () => ({
    'p.json': bucket({ ArnLike: { 'aws:PrincipalArn': Array.from({ length: 5000 }, (_, i) => `arn:aws:iam::*:role/r${i}*`) } }),
  }),
  '.tf.json with ${} (440 KB)': () => ({
    'main.tf.json': JSON.stringify({
      locals: Object.fromEntries(Array.from({ length: 8000 }, (_, i) => [`l${i}`, `\${var.v${i}}-${'y'.repeat(20)}`])),
      resource: {
        aws_iam_policy: { p: { policy: '${jsonencode({Version = "2012-10-17", Statement = [{Effect = "Allow", Action = "s3:*", Resource = "*"}]})}' } },
      },
    }),
  }),
  'module-call text, 1.3 MB': () => ({
    'a/main.tf': `locals {\n  s = "${'module "x" { source = "../b" '.repeat(40_000)}"\n}\n`,
    'b/main.tf': policy('"*"'),
  }),
  'suppression comment, 100 KB': () => ({
    'main.tf': `# policylint:ignore ${'a,'.repeat(50_000)}\n${policy('"*"')}`,
  }),
  'expires= comment, 100 KB': () => ({
    'main.tf': `# policylint:ignore ecr-scope -- ${' '.repeat(100_000)}expires=\n${policy('"*"')}`,
  }),
  '10 MB JSON policy': () => ({
    'p.json': JSON.stringify({
      Version: '2012-10-17',
      Statement: Array.from({ length: 60_000 }, (_, i) => ({
        Sid: `S${i}`,
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: `arn:aws:s3:::bucket-${i}/${'k'.repeat(80)}`,
      })),
    }),
  }),
  '10 MB one-line .tf': () => ({
    'main.tf': `locals { xs = [${Array.from({ length: 700_000 }, (_, i) => `"v${i}"`).join(',')}] }\n${policy('"*"')}`,
  }),
};

function doubling(n) {
  const lines = ['locals {', '  l1 = ["a"]'];
  for (let i = 2; i <= n; i++) lines.push(`  l${i} = [local.l${i - 1}, local.l${i - 1}]`);
  lines.push('}');
  return { 'main.tf': `${lines.join('\n')}\n${policy(`flatten(local.l${n})`)}` };
}

const rssFile = join(tmpdir(), `policylint-rss-${process.pid}`);
for (const [name, make] of Object.entries(CASES)) {
  if (only && !name.includes(only)) continue;
  const dir = mkdtempSync(join(tmpdir(), 'policylint-hostile-'));
  for (const [p, text] of Object.entries(make())) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', join(here, 'report-rss.cjs'), bin, '--format', 'json', '.'], {
    cwd: dir,
    encoding: 'utf8',
    timeout,
    maxBuffer: 1 << 30,
    env: { ...process.env, POLICYLINT_RSS_FILE: rssFile, POLICYLINT_WORKERS: '0' },
  });
  const ms = performance.now() - t0;
  let rss = '?';
  try {
    rss = `${Math.round(Number(readFileSync(rssFile, 'utf8').split(' ')[0]) / 1024)} MB`;
  } catch {
    /* killed */
  }
  let findings = '?';
  try {
    findings = JSON.parse(r.stdout).findings.length;
  } catch {
    /* no report */
  }
  const what =
    r.error?.code === 'ETIMEDOUT' ? `killed after ${timeout / 1000} s` : `${(ms / 1000).toFixed(1)} s, ${rss}, exit ${r.status}, ${findings} findings`;
  console.log(`${name.padEnd(40)} ${what}${r.stderr && r.status === 2 ? ` (${r.stderr.split('\n')[0].slice(0, 80)})` : ''}`);
  rmSync(dir, { recursive: true, force: true });
}
