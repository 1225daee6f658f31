import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';

// As in properties.test.ts: new random cases on developers' machines, a fixed seed in CI.
if (process.env.CI) fc.configureGlobal({ seed: 20261206 });

const dir = mkdtempSync(join(tmpdir(), 'policylint-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A template that renders itself, and one that is ordinary, for templatefile().
writeFileSync(
  join(dir, 'self.tpl'),
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"${templatefile("self.tpl", {})}"}]}\n',
);
writeFileSync(join(dir, 'ok.tpl'), '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"${r}"}]}\n');

const ident = fc.constantFrom('a', 'b', 'l1', 'valueOf', '__proto__', 'hasOwnProperty', 'constructor', 'toString', 'x');
/** Expressions, including the shapes issue 12 found to crash or blow up. */
const expr: fc.Arbitrary<string> = fc.letrec((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('"*"', '"s3:GetObject"', '"arn:aws:iam::111122223333:root"', '1', 'true', 'null', '"\\U00110000"', '"\\UFFFFFFFF"', '"\\u0041"', '"$${x}"'),
    fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
    ident.map((n) => `local.${n}`),
    ident.map((n) => `var.${n}`),
    fc.tuple(ident, fc.array(tie('e'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.constantFrom(
      'templatefile("self.tpl", {})',
      'templatefile("ok.tpl", { r = "*" })',
      'file("self.tpl")',
      'file("../../etc/passwd")',
      'data.constructor.x.name',
      'data.__proto__.y.account_id',
    ),
    tie('e').map((x) => `replace(${x}, "a", "aa")`),
    fc.array(tie('e'), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
    fc.tuple(fc.constantFrom('a', 'b'), tie('e')).map(([k, v]) => `{ ${k} = ${v} }`),
    fc.tuple(tie('e'), tie('e')).map(([c, v]) => `[for i in ${c} : ${v}]`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, a, b]) => `${c} ? ${a} : ${b}`),
    fc.tuple(tie('e'), fc.constantFrom('+', '==', '&&', '||'), tie('e')).map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('e').map((x) => `jsonencode(${x})`),
    tie('e').map((x) => `"pre-\${${x}}-post"`),
  ),
})).e;

const heredoc = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.nat(6), fc.constantFrom('{', '}', '"Effect": "Allow",', '"x"', '${local.a}', '%{ if true }x%{ endif }', '\u001b]0;t\u0007', '')), {
      maxLength: 8,
    }),
  )
  .map(([strip, lines]) => `<<${strip ? '-' : ''}EOT\n${lines.map(([n, l]) => ' '.repeat(n) + l).join('\n')}\nEOT`);

const block = fc.oneof(
  fc.array(fc.tuple(ident, expr), { maxLength: 4 }).map((as) => `locals {\n${as.map(([n, e]) => `  ${n} = ${e}`).join('\n')}\n}`),
  fc.tuple(ident, expr).map(([n, e]) => `variable "${n}" {\n  default = ${e}\n}`),
  fc
    .tuple(
      fc.constantFrom('aws_iam_policy', 'aws_s3_bucket_policy', 'aws_ecr_repository_policy'),
      fc.constantFrom('p', 'q', '\\UFFFFFFFF'),
      fc.oneof(expr, heredoc),
    )
    .map(([t, n, e]) => `resource "${t}" "${n}" {\n  policy = ${e}\n}`),
  fc
    .tuple(expr, expr)
    .map(
      ([p, r]) =>
        `resource "aws_iam_policy" "doc" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = ${p}, Action = "s3:GetObject", Resource = ${r} }] })\n}`,
    ),
  fc.constantFrom(
    'module "m" {\n  source = "./"\n}',
    'module "r" {\n  source = "git::https://example.com/x"\n}',
    '# policylint:ignore wildcard-principal -- why expires=2O24-01-01',
    'garbage {{{ ]',
  ),
);

describe('fuzz: generated HCL with the hostile shapes of issue 12', () => {
  it('never throws, never reports an internal error, and every finding has a position in the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 6 }), async (blocks) => {
        const text = blocks.join('\n\n') + '\n';
        const result = await lint({
          cwd: dir,
          paths: [],
          rules: RULES,
          ruleOptions: { trustedAccounts: [], strict: true },
          stdin: { path: join(dir, 'main.tf'), text },
        });
        expect(result.internalErrors).toEqual([]);
        const lines = text.split('\n').length;
        for (const f of result.findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          if (f.file === 'main.tf') expect(f.line).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
