import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { blankJsonAnnotations, readExpectations } from './helpers/expectations.js';
import { listFiles } from './helpers/files.js';

/** The fixtures again, one folder at a time, with what a user reads: every finding's position,
 * rule, check, severity and message, compared with `test/messages/<folder>.txt` (reviewed like code;
 * `npx vitest run test/fixture-messages.test.ts -u` rewrites them after a deliberate change).
 * test/fixtures.test.ts pins the lines and rule ids of the whole tree in one run; this file pins the
 * words, and shows that a folder linted alone finds what its annotations say. It lints inside each
 * test, not in a hook, so mutation testing (`npm run mutation`) knows which folder reaches which code. */
const root = join(__dirname, '..', 'fixtures');
const STRICT = 'strict';
const posix = (p: string) => p.split('\\').join('/');
const files = listFiles(root)
  .filter((f) => /\.(tf|tofu|json|tpl|tftpl)$/.test(f))
  .map((f) => posix(relative(root, f)));

/** A folder two levels down (`rules/ecr-scope`, `resolve/splat`) with everything under it, since
 * modules live in sub-folders, and the module one level up (`resolve/templatefile.tf` renders
 * `resolve/templates/`); files one level down (`resolve/constructs.tf`) are a folder's own module. */
function groupOf(rel: string): { name: string; paths: string[]; owns: (f: string) => boolean } {
  const dir = posix(dirname(rel)).split('/');
  if (dir.length >= 2) {
    const name = dir.slice(0, 2).join('/');
    const parent = files.filter((f) => posix(dirname(f)) === dir[0]);
    return { name, paths: [name, ...parent], owns: (f) => f.startsWith(`${name}/`) };
  }
  const name = dir[0];
  const own = files.filter((f) => posix(dirname(f)) === name);
  return { name, paths: own, owns: (f) => own.includes(f) };
}
const groups = [...new Map(files.map((f) => [groupOf(f).name, groupOf(f)])).values()].sort((a, b) => a.name.localeCompare(b.name));

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policylint-messages-'));
  cpSync(root, work, { recursive: true });
  for (const f of files) if (/\.(json|tpl|tftpl)$/.test(f)) writeFileSync(join(work, f), blankJsonAnnotations(readFileSync(join(root, f), 'utf8')));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fixture messages, one folder at a time', () => {
  for (const g of groups) {
    it(g.name, async () => {
      const strict = g.name === STRICT || g.name.startsWith(`${STRICT}/`);
      const result = await lint({
        cwd: work,
        configDir: work,
        paths: g.paths,
        rules: RULES,
        today: '2026-11-22',
        ruleOptions: { trustedAccounts: [], strict },
      });
      const mine = result.findings.filter((f) => g.owns(f.file));
      const expected = files
        .filter(g.owns)
        .flatMap((f) => readExpectations(readFileSync(join(root, f), 'utf8')).map((e) => `${f}:${e.line} ${e.ruleId}${e.suppressed ? ' (suppressed)' : ''}`))
        .sort();
      expect(mine.map((f) => `${f.file}:${f.line} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''}`).sort()).toEqual(expected);
      // Messages stand alone: the why and the fix in words, the rule doc behind the finding's link
      // (helpUri); iam-semantics.md sections are for the rule docs, which users may not have.
      for (const f of mine) expect(f.message, `${f.file}:${f.line}`).not.toMatch(/§|iam-semantics/);
      // The fingerprint too: baselines and code scanning know a finding by it, so a change of
      // fingerprint is a change users see (every baselined finding comes back as new) and must be
      // as deliberate as a change of message (issue 13).
      const shown = mine.map(
        (f) =>
          `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}${f.checkId ? `/${f.checkId}` : ''}${f.suppressed ? ' (suppressed)' : ''} ${f.fingerprint}\n  ${f.message}`,
      );
      await expect(shown.join('\n') + '\n').toMatchFileSnapshot(`messages/${g.name.replace(/\//g, '--')}.txt`);
    });
  }
});
