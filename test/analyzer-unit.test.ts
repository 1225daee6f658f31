import { AccessAnalyzerClient, ValidatePolicyCommand, CheckAccessNotGrantedCommand } from '@aws-sdk/client-accessanalyzer';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAccessAnalyzer } from '../src/access-analyzer/run.js';
import { pathOf, pathAtOffset } from '../src/access-analyzer/locations.js';
import { parseJson } from '../src/parse/json.js';
import { normalize } from '../src/policy/normalize.js';
import type { Policy } from '../src/model/policy.js';

const aa = mockClient(AccessAnalyzerClient);
beforeEach(() => {
  aa.reset();
  process.env.AWS_REGION = 'eu-west-1';
  process.env.AWS_ACCESS_KEY_ID = 'AKIDUNIT';
  process.env.AWS_SECRET_ACCESS_KEY = 'unit';
});
afterEach(() => {
  delete process.env.AWS_ACCESS_KEY_ID;
  delete process.env.AWS_SECRET_ACCESS_KEY;
});

function policy(text: string, extra: Partial<Policy> = {}) {
  const value = parseJson({ file: '/p.json', text }).value!;
  return normalize({ origin: value.origin!, address: extra.address ?? 'p.json', kind: 'identity', source: 'json-file', document: value, ...extra });
}

const DOC = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","iam:PassRole"],"Resource":"*"}]}';

describe('Access Analyzer mapping (aws-sdk-client-mock)', () => {
  it('turns Access Analyzer paths into policylint paths', () => {
    expect(pathOf([{ value: 'Statement' }, { index: 0 }, { value: 'Action' }, { index: 1 }])).toBe('Statement[0].Action[1]');
    expect(pathOf([{ value: 'Statement' }, { index: 2 }, { value: 'Condition' }, { value: 'StringEquals' }, { key: 'aws:SourceVpce' }])).toBe(
      'Statement[2].Condition.StringEquals["aws:SourceVpce"]#key',
    );
    const sent = JSON.stringify(JSON.parse(DOC), null, 2);
    expect(pathAtOffset(sent, sent.indexOf('"iam:PassRole"') + 2)).toBe('Statement[0].Action[1]');
  });

  it('reads every page and reports each finding at its path', async () => {
    aa.on(ValidatePolicyCommand)
      .resolvesOnce({
        findings: [
          {
            findingType: 'WARNING',
            issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
            findingDetails: 'PassRole on *',
            learnMoreLink: 'https://example.invalid/a',
            locations: [
              {
                path: [{ value: 'Statement' }, { index: 0 }, { value: 'Action' }, { index: 1 }],
                span: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 1 } },
              },
            ],
          },
        ],
        nextToken: 't1',
      })
      .resolvesOnce({
        findings: [
          {
            findingType: 'SUGGESTION',
            issueCode: 'EMPTY_SID',
            findingDetails: 'Add a Sid',
            learnMoreLink: 'https://example.invalid/b',
            locations: [
              { path: [{ value: 'Statement' }, { index: 0 }], span: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 1 } } },
            ],
          },
        ],
      });
    const result = await runAccessAnalyzer([policy(DOC)], {});
    expect(result.reports.map((r) => [r.ruleId, r.severity, r.report.path])).toEqual([
      ['access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE', 'warning', 'Statement[0].Action[1]'],
      ['access-analyzer/EMPTY_SID', 'note', 'Statement[0]'],
    ]);
    const calls = aa.commandCalls(ValidatePolicyCommand);
    expect(calls.map((c) => c.args[0].input.nextToken)).toEqual([undefined, 't1']);
    expect(calls[0].args[0].input).toMatchObject({ policyType: 'IDENTITY_POLICY', policyDocument: JSON.stringify(JSON.parse(DOC), null, 2) });
    expect(result).toMatchObject({ requests: 1, billedChecks: 0, cached: 0 });
  });

  it('runs CheckAccessNotGranted for the configured addresses only', async () => {
    aa.on(ValidatePolicyCommand).resolves({ findings: [] });
    aa.on(CheckAccessNotGrantedCommand).resolves({
      result: 'FAIL',
      message: 'grants iam:PassRole',
      reasons: [{ description: 'iam:PassRole granted', statementIndex: 0 }],
    });
    const ci = policy(DOC, { address: 'aws_iam_policy.ci_push' });
    const other = policy(DOC, { address: 'aws_iam_policy.admin' });
    const result = await runAccessAnalyzer([ci, other], { accessNotGranted: [{ addresses: ['aws_iam_policy.ci_*'], actions: ['iam:PassRole'] }] });
    expect(aa.commandCalls(CheckAccessNotGrantedCommand).map((c) => c.args[0].input)).toEqual([
      { policyDocument: expect.any(String), policyType: 'IDENTITY_POLICY', access: [{ actions: ['iam:PassRole'] }] },
    ]);
    expect(result.reports).toEqual([
      expect.objectContaining({ ruleId: 'access-analyzer/access-granted', report: expect.objectContaining({ path: 'Statement[0]', policy: ci }) }),
    ]);
    expect(result.billedChecks).toBe(1);
  });

  it('a policy Access Analyzer rejects is a notice; no permission at all makes it unavailable', async () => {
    const err = Object.assign(new Error('policy document is not valid'), { name: 'ValidationException', $metadata: { httpStatusCode: 400 } });
    aa.on(ValidatePolicyCommand).rejectsOnce(err).resolves({ findings: [] });
    const result = await runAccessAnalyzer([policy(DOC, { address: 'a' }), policy(DOC.replace('s3:GetObject', 's3:PutObject'), { address: 'b' })], {
      concurrency: 1,
    });
    expect(result.notices).toEqual(['a: policy document is not valid']);
    expect(result.unavailable).toBeUndefined();
    aa.reset();
    aa.on(ValidatePolicyCommand).rejects(
      Object.assign(new Error('not authorized to perform access-analyzer:ValidatePolicy'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    const denied = await runAccessAnalyzer([policy(DOC)], {});
    expect(denied.unavailable).toContain('access denied');
  });

  it('never sends a policy with unresolved values', async () => {
    const p = policy(DOC);
    p.policy.document = { kind: 'unknown', text: 'var.policy' };
    p.unknown = true;
    const result = await runAccessAnalyzer([p], {});
    expect(aa.calls()).toHaveLength(0);
    expect(result.skippedUnknown).toBe(1);
  });
});
