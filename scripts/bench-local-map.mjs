// `node scripts/bench-local-map.mjs [M...]`: one module with an M-entry local map and M policies
// that each read one entry of it (issue 16). The time per policy must stay flat as M grows: a
// reference to `local.statements["sN"]` must not copy the whole map. Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/policylint.js', import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const runs = Number(process.env.BENCH_RUNS ?? 3);

function moduleText(m) {
  const entries = Array.from(
    { length: m },
    (_, i) => `    s${i} = { Effect = "Allow", Action = ["s3:GetObject"], Resource = ["arn:aws:s3:::bucket-${i}/*"], Principal = { AWS = "*" } }`,
  );
  const policies = Array.from(
    { length: m },
    (_, i) => `resource "aws_s3_bucket_policy" "p${i}" {
  bucket = "bucket-${i}"
  policy = jsonencode({ Version = "2012-10-17", Statement = [local.statements["s${i}"]] })
}`,
  );
  return `locals {\n  statements = {\n${entries.join('\n')}\n  }\n}\n\n${policies.join('\n\n')}\n`;
}

const root = mkdtempSync(join(tmpdir(), 'policylint-local-map-'));
try {
  const cases = (sizes.length ? sizes : [250, 500, 1000, 2000]).map((m) => {
    const dir = join(root, `m${m}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'main.tf'), moduleText(m));
    return { m, dir, samples: [] };
  });
  // Round-robin, so that every size shares the machine's noise; medians.
  for (let r = 0; r < runs; r++) {
    for (const c of cases) {
      const t = process.hrtime.bigint();
      const out = spawnSync(process.execPath, [bin, '--format', 'json', '--no-config-lookup', c.dir], {
        env: { ...process.env, POLICYLINT_WORKERS: '0' },
        maxBuffer: 1 << 30,
      });
      if (out.status !== 0 && out.status !== 1) throw new Error(`exit ${out.status}: ${out.stderr}`);
      c.findings = JSON.parse(out.stdout).findings.length;
      c.samples.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  console.log(`M policies reading one entry of an M-entry local map (one thread, ${runs} interleaved runs, medians)`);
  for (const c of cases) {
    const ms = c.samples.sort((a, b) => a - b)[Math.floor(c.samples.length / 2)];
    console.log(
      `M = ${String(c.m).padStart(5)}  ${ms.toFixed(0).padStart(7)} ms  ${((ms / c.m) * 1000).toFixed(0).padStart(6)} µs per policy  (${c.findings} findings)`,
    );
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
