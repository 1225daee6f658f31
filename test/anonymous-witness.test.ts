import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, type LintResult } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { blankJsonAnnotations } from './helpers/expectations.js';
import { tempDirs } from './helpers/temp.js';

/**
 * The witness names the caller who gets in. Where the service accepts unsigned requests (the
 * resource catalogue's `anonymous`), an unpinned "*" lets anyone in, and the message must say so;
 * elsewhere the widest caller is another AWS account (issue 10 item 6, iam-semantics §1.3).
 */
const repo = join(__dirname, '..');
const temp = tempDirs('anon');
let result: LintResult;

beforeAll(async () => {
  result = await lint({ cwd: repo, paths: ['fixtures/peers'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false }, today: '2026-11-22' });
}, 60_000);

function message(file: string, line: number): string {
  const found = result.findings.filter((f) => f.ruleId === 'wildcard-principal' && f.file === `fixtures/peers/${file}` && f.line === line);
  expect(found, `${file}:${line}`).toHaveLength(1);
  return found[0].message;
}

const ANONYMOUS = /anyone, with an unsigned \(anonymous\) request, can run/;
const OTHER_ACCOUNT = /a role in any other AWS account, such as arn:aws:iam::000000000000:role\/ExampleRole/;

describe('anonymous witness', () => {
  it.each([
    ['s3/main.tf', 12, 's3:GetObject'],
    ['s3/main.tf', 27, 's3:PutObject'],
    ['opensearch/main.tf', 11, 'es:ESHttp*'],
    ['efs/main.tf', 11, 'elasticfilesystem:ClientMount'],
    ['apigateway/main.tf', 11, 'execute-api:Invoke'],
    ['not-principal/main.tf', 11, ''],
  ])('names the anonymous caller where the service takes unsigned requests: %s:%i', (file, line, action) => {
    const text = message(file, line);
    if (file.startsWith('not-principal')) expect(text).toMatch(/including anonymous callers/);
    else expect(text).toMatch(ANONYMOUS);
    expect(text).toContain(action);
  });

  it('infers the service of a JSON policy from its actions', async () => {
    const dir = temp();
    const source = join(repo, 'fixtures/peers/json');
    for (const f of ['public-read.json', 'queue-not-principal.json']) writeFileSync(join(dir, f), blankJsonAnnotations(readFileSync(join(source, f), 'utf8')));
    const { findings } = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false }, today: '2026-11-22' });
    const s3 = findings.find((f) => f.file === 'public-read.json' && f.ruleId === 'wildcard-principal');
    expect(s3?.message).toMatch(ANONYMOUS);
  });

  it('says whom an Allow with NotPrincipal lets in, by the same rule', () => {
    expect(message('not-principal/main.tf', 11)).toMatch(/every principal not listed, including anonymous callers/);
    expect(message('not-principal/main.tf', 26)).toMatch(/every principal not listed, in every AWS account/);
  });

  it('says where from when only a network condition stands in the way', () => {
    expect(message('apigateway/main.tf', 28)).toMatch(
      /anyone, with an unsigned \(anonymous\) request, can run execute-api:Invoke from the network the policy's conditions allow/,
    );
  });

  it.each([
    ['ecr/main.tf', 12],
    ['sqs/main.tf', 10],
    ['sns/main.tf', 11],
    ['kms/main.tf', 19],
    ['secretsmanager/main.tf', 10],
    ['kinesis/main.tf', 10],
    ['iam-trust/main.tf', 10],
  ])('names another AWS account where every request is signed: %s:%i', (file, line) => {
    const text = message(file, line);
    expect(text).toMatch(OTHER_ACCOUNT);
    expect(text).not.toMatch(/anonymous|anyone/);
  });
});
