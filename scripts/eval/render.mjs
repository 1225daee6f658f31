#!/usr/bin/env node
// Writes the figures of one evaluation run (scripts/eval/run.mjs --out FILE) into docs/ACCURACY.md,
// between `<!-- eval:<section>:start -->` and `<!-- eval:<section>:end -->`.
//
//   node scripts/eval/render.mjs --in docs/accuracy/latest.json --section after
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    in: { type: 'string', default: 'docs/accuracy/latest.json' },
    doc: { type: 'string', default: 'docs/ACCURACY.md' },
    section: { type: 'string', default: 'after' },
  },
});

const report = JSON.parse(readFileSync(opts.in, 'utf8'));
const doc = readFileSync(opts.doc, 'utf8');
const start = `<!-- eval:${opts.section}:start -->`;
const end = `<!-- eval:${opts.section}:end -->`;
const a = doc.indexOf(start);
const b = doc.indexOf(end);
if (a < 0 || b < a) {
  console.error(`${opts.doc} has no ${start} ... ${end} markers`);
  process.exit(2);
}
const text = doc.slice(0, a + start.length) + '\n' + render(report) + '\n' + doc.slice(b);
// Formatted as `npm run lint` expects, so a rerun leaves nothing to fix by hand.
const config = (await prettier.resolveConfig(opts.doc)) ?? {};
writeFileSync(opts.doc, await prettier.format(text, { ...config, filepath: opts.doc }));
console.log(`${opts.doc}: section "${opts.section}" written from ${opts.in}`);

function render(r) {
  const out = [];
  out.push(`${r.label ? `**${r.label}**; ` : ''}policylint commit \`${r.policylintCommit}\`, run ${r.date}, from \`${opts.in}\`.`, '');
  out.push(
    '| repository | set | files | policies | statements | fully resolved | judgeable | judged | judged or named (--strict) | findings | T / F / D | reviewed precision | unreviewed | known misses |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  );
  for (const x of r.repos) {
    if (x.error) {
      out.push(`| ${x.repo}@${x.commit.slice(0, 10)} | ${x.set} | error: ${x.error.replace(/\|/g, '\\|').slice(0, 120)} ||||||||||||`);
      continue;
    }
    const misses = x.knownMisses.filter((m) => !m.nowFound).length;
    const path = x.path && x.path !== '.' ? ` (${x.path}/)` : '';
    out.push(
      `| ${x.repo}@${x.commit.slice(0, 10)}${path} | ${x.set} | ${x.files} | ${x.policies} | ${x.statements} | ${pct(x.resolvedShare)} | ${pct(x.judgeableShare)} | ${pct(x.judgedShare)} | ${pct(x.judgedOrNamedShare)} | ${x.findings} | ${x.verdicts.true} / ${x.verdicts.false} / ${x.verdicts.debatable} | ${pct(x.precision)} | ${x.unreviewed.length} | ${misses} |`,
    );
  }
  for (const [set, t] of Object.entries(r.totals))
    out.push(
      `| **${set}** | | ${t.files} | ${t.policies} | ${t.statements} | ${pct(t.resolvedShare)} | ${pct(t.judgeableShare)} | ${pct(t.judgedShare)} | ${pct(t.judgedOrNamedShare)} | ${t.findings} | ${t.verdicts.true} / ${t.verdicts.false} / ${t.verdicts.debatable} | **${pct(t.precision)}** | ${t.unreviewed} | ${t.knownMisses} |`,
    );
  out.push('');
  const all = r.totals.all;
  out.push(`Findings by rule/check (all sets): ${list(all.findingsByRule)}.`, '');
  out.push(`True findings no longer reported (lost): ${all.lostTrue}.`, '');
  if (all.judgedStatements !== undefined)
    out.push(
      `Judged (no --strict note names the statement): ${all.judgedStatements} of ${all.statements}, of which ${all.judgedWithUnknowns} hold Unknowns that no rule's verdict depends on; named by a --strict note: ${all.namedUnderStrict}. The engine's own count (\`--strict\` stderr): ${all.engineJudged} of ${all.engineStatements} statements judged.`,
      '',
    );
  out.push(`Statements not fully resolved, by cause (a statement may count under several): ${list(all.unknownCauses, 12)}.`);
  return out.join('\n');
}

function pct(x) {
  return x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}
function list(o, n = Infinity) {
  const e = Object.entries(o ?? {});
  if (!e.length) return 'none';
  return e
    .slice(0, n)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}
