import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { listFiles } from './helpers/files.js';

/**
 * Every rule has a positive fixture (an `expect:` annotation naming it) in every form it claims
 * (design §7, issue 15): a rule that works on jsonencode but was never tried on a heredoc or an
 * aws_iam_policy_document is a rule users cannot trust.
 */
const FORMS = {
  jsonencode: (path: string, text: string) => path.endsWith('.tf') && text.includes('jsonencode('),
  heredoc: (path: string, text: string) => path.endsWith('.tf') && /<<-?[A-Z]+/.test(text),
  'policy-document': (path: string, text: string) => path.endsWith('.tf') && text.includes('data "aws_iam_policy_document"'),
  'JSON file': (path: string) => path.endsWith('.json') && !path.endsWith('.tf.json'),
};
type Form = keyof typeof FORMS;

/** What each rule claims; group-mfa needs groups and memberships, which only Terraform declares. */
const CLAIMS: Record<string, Form[]> = { 'group-mfa': ['jsonencode', 'heredoc', 'policy-document'] };

const root = join(__dirname, '..', 'fixtures');
const fixtures = listFiles(root)
  .filter((f) => /\.(tf|json)$/.test(f))
  .map((f) => ({ path: f, text: readFileSync(f, 'utf8') }));

describe('fixtures in every form', () => {
  for (const rule of RULES.filter((r) => !r.meta.engine)) {
    const id = rule.meta.id;
    it(`${id} has a positive fixture in each form it claims`, () => {
      const expecting = fixtures.filter((f) => new RegExp(`expect(@\\+\\d+)?:[^\\n]*\\b${id}\\b`).test(f.text));
      const missing = (CLAIMS[id] ?? (Object.keys(FORMS) as Form[])).filter((form) => !expecting.some((f) => FORMS[form](f.path, f.text)));
      expect(missing).toEqual([]);
    });
  }
});
