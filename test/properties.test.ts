import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../src/parse/json.js';
import { makeSource } from '../src/model/source.js';
import { parseHcl } from '../src/parse/hcl.js';
import { buildModule } from '../src/resolve/module.js';
import { evaluate, moduleScope } from '../src/resolve/evaluate.js';
import { toPlain, type Value } from '../src/model/value.js';
import { globMatch } from '../src/policy/glob.js';
import { arnLike, parseArn } from '../src/policy/arn.js';
import { arnMatchesFormat } from '../src/policy/arn-format.js';
import { lint } from '../src/engine/lint.js';
import { sizeBound } from '../src/engine/policy-size.js';
import { fromPlain } from '../src/model/value.js';
import { RULES } from '../rules/index.js';
import { listFiles } from './helpers/files.js';

// Developers explore new random cases on every run; CI replays a fixed seed, so that a submission
// never fails on a case nobody has seen (a failure prints its seed to replay it).
if (process.env.CI) fc.configureGlobal({ seed: 20261122 });

/** Every node's recorded range holds text that parses back to the node's own value. */
function checkSourceMap(v: Value, text: string) {
  const stack = [v];
  while (stack.length) {
    const cur = stack.pop()!;
    const slice = text.slice(cur.origin!.range.start, cur.origin!.range.end);
    expect(JSON.parse(slice)).toEqual(toPlain(cur));
    if (cur.kind === 'list') stack.push(...cur.items);
    if (cur.kind === 'object') stack.push(...cur.entries.map((e) => e.value));
  }
}

const scalar = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('*', 'arn:aws:iam::*:role/x', 'ecr:BatchGetImage'),
);
const policyish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;
const policyDoc = fc.record({
  Version: fc.constant('2012-10-17'),
  Statement: fc.array(fc.dictionary(fc.constantFrom('Sid', 'Effect', 'Principal', 'Action', 'Resource', 'Condition'), policyish), { maxLength: 3 }),
});

describe('properties', () => {
  it('keeps a "__proto__" key as a key (a counterexample fast-check found)', () => {
    const text = '{"Version":"2012-10-17","Statement":[{"Sid":{"__proto__":[]}}]}';
    checkSourceMap(parseJson({ file: 'p.json', text }).value!, text);
  });

  it('the policy-size bound is never below the compact JSON length, so skipping the text never hides a finding', () => {
    fc.assert(
      fc.property(policyDoc, (doc) => {
        const text = JSON.stringify(doc);
        // The largest limit, so that the bound counts everything rather than stopping early.
        expect(sizeBound(fromPlain(doc), Infinity)).toBeGreaterThanOrEqual(text.length);
        // Stopping early still says "over the limit" whenever the text is.
        if (text.length > 100) expect(sizeBound(fromPlain(doc), 100)).toBeGreaterThan(100);
      }),
      { numRuns: 1000 },
    );
  });

  it('the JSON source map points every path at text that parses to the same value', () => {
    fc.assert(
      fc.property(policyDoc, fc.constantFrom(0, 2, '\t'), fc.constantFrom('\n', '\r\n'), (doc, indent, eol) => {
        const text = JSON.stringify(doc, null, indent).split('\n').join(eol);
        const parsed = parseJson({ file: 'p.json', text });
        expect(parsed.errors).toEqual([]);
        checkSourceMap(parsed.value!, text);
      }),
      { numRuns: 1000 },
    );
  });

  it('a heredoc policy keeps file positions for every value', async () => {
    await parseHcl(makeSource('warm.tf', ''));
    await fc.assert(
      fc.asyncProperty(policyDoc, async (doc) => {
        const json = JSON.stringify(doc, null, 2);
        fc.pre(!json.includes('${') && !json.includes('%{') && !/^EOT$/m.test(json));
        const text = `locals {\n  p = <<EOT\n${json}\nEOT\n}\n`;
        const src = makeSource('m.tf', text);
        const hcl = await parseHcl(src);
        const module = buildModule('.', [{ src, hcl }], () => undefined);
        const v = evaluate(hcl.body.blocks[0].body.attributes[0].expr, moduleScope(module, module.files[0]));
        const parsed = v.embeddedJson!();
        expect(parsed.errors).toEqual([]);
        checkSourceMap(parsed.value!, text);
      }),
      { numRuns: 300 },
    );
  });

  const globText = fc.string({ unit: fc.constantFrom('a', 'b', ':', '/', '*', '?'), maxLength: 12 });
  const plainText = fc.string({ unit: fc.constantFrom('a', 'b', ':', '/'), maxLength: 14 });
  const reference = (pattern: string) =>
    new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\/:]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      's',
    );

  // The edit distance behind "did you mean": test/policy-iam-names.unit.test.ts, against the recursive definition.

  it('an ARN is cut into the same six parts as splitting on colons does', () => {
    const bySplit = (s: string) => {
      const parts = s.split(':');
      if (parts.length < 6 || parts[0] !== 'arn') return undefined;
      return { partition: parts[1], service: parts[2], region: parts[3], account: parts[4], resource: parts.slice(5).join(':') };
    };
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', ':', '*', '/'), maxLength: 16 }).map((t) => `arn:${t}`),
      fc.string({ unit: fc.constantFrom('a', 'r', 'n', ':'), maxLength: 12 }),
    );
    fc.assert(fc.property(text, (s) => JSON.stringify(parseArn(s)) === JSON.stringify(bySplit(s))));
  });

  it('the glob matcher agrees with a regular-expression reference', () => {
    fc.assert(
      fc.property(globText, plainText, (pattern, value) => {
        expect(globMatch(pattern, value)).toBe(reference(pattern).test(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('ArnLike matches component by component, as the reference does', () => {
    const component = fc.string({ unit: fc.constantFrom('a', 'b', '1', '*', '?'), maxLength: 4 });
    const valueComponent = fc.string({ unit: fc.constantFrom('a', 'b', '1'), maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(component, { minLength: 5, maxLength: 5 }),
        fc.array(valueComponent, { minLength: 5, maxLength: 5 }),
        globText,
        plainText,
        (pc, vc, pr, vr) => {
          const pattern = ['arn', ...pc.slice(0, 4), pr].join(':').replace(/^arn:[^:]*/, (m) => m);
          const value = ['arn', ...vc.slice(0, 4), vr].join(':');
          const expected = pc.slice(0, 4).every((p, i) => reference(p).test(vc[i])) && reference(pr).test(vr);
          expect(arnLike(pattern, value)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a plain Resource ARN matches a resource format exactly when a regular expression built from the format says so', () => {
    // Formats shaped like the Service Authorization Reference's; `${Region}` and `${Account}` may be
    // empty, any other variable is one or more characters.
    const piece = fc.constantFrom('a', 'B', '/', ':', '-', '.', '${Region}', '${Account}', '${Name}', '${Id}');
    const format = fc.array(piece, { maxLength: 8 }).map((ps) => `arn:\${Partition}:svc:${ps.join('')}`);
    const text = fc.stringMatching(/^[aAbB/:.x-]{0,10}$/).map((t) => `arn:aws:svc:${t}`);
    fc.assert(
      fc.property(format, text, (f, arn) => {
        const rest = f.split(':').slice(3).join(':');
        const source = rest
          .toLowerCase()
          .split(/(\$\{[^}]*\})/)
          .map((x) => (x === '${region}' || x === '${account}' ? '[^]*' : x.startsWith('${') ? '[^]+' : x.replace(/[.*+?^$()|[\]\\/-]/g, '\\$&')))
          .join('');
        const expected =
          arn.split(':').length < 6 || f.split(':').length < 6 || new RegExp(`^${source}$`).test(arn.split(':').slice(3).join(':').toLowerCase());
        expect(arnMatchesFormat(arn, f)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('the engine never throws on mutated fixtures', async () => {
    const root = join(__dirname, '..', 'fixtures');
    const sources = listFiles(root)
      .filter((f) => f.endsWith('.tf'))
      .map((f) => ({ path: f, text: readFileSync(f, 'utf8') }));
    const mutation = fc.tuple(
      fc.nat(),
      fc.nat({ max: 40 }),
      fc.constantFrom('', '{', '}', '"', '${', '%{', '<<EOF\n', '[', ']', '(', ')', '=', '\n', '#', '/*', '\u0000', 'é😀', '\\'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (file, mutations) => {
        let text = file.text;
        for (const [at, len, insert] of mutations) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + len);
        }
        const result = await lint({ cwd: root, paths: [], rules: RULES, ruleOptions: { trustedAccounts: [], strict: true }, stdin: { path: file.path, text } });
        expect(result.internalErrors).toEqual([]);
        for (const f of result.findings) expect(f.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
