import type { Rule } from '../../../rules/api.js';

const SEVERITY = { enum: ['off', 'error', 'warning', 'note'] };

/** The `.policylintrc` schema, built from rule metadata so a new rule is configurable at once. */
export function configSchema(rules: Rule[]) {
  const ruleEntries = Object.fromEntries(
    rules.map((r) => [
      r.meta.id,
      {
        description: r.meta.description,
        oneOf: [
          SEVERITY,
          {
            type: 'object',
            additionalProperties: false,
            properties: { severity: SEVERITY, ...(r.meta.options ? { options: r.meta.options } : {}) },
          },
        ],
      },
    ]),
  );
  return {
    $id: 'https://policylint.dev/schema/policylintrc.json',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: ruleEntries,
        description: 'Rule on/off and severity: "off", "error", "warning", "note", or { "severity": ..., "options": {...} }',
      },
      include: {
        type: 'array',
        items: { type: 'string' },
        description: 'Globs (relative to the config file) of files to lint; default: every .tf, .tofu, .tf.json and .json file',
      },
      exclude: { type: 'array', items: { type: 'string' }, description: 'Globs of files never to lint' },
      ignores: {
        type: 'array',
        description: 'Suppressions for files that cannot carry a comment, such as JSON policies',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files', 'rules', 'reason'],
          properties: {
            files: { type: 'string', description: 'glob, relative to the config file' },
            rules: { type: 'array', items: { type: 'string' }, minItems: 1 },
            reason: { type: 'string', minLength: 1 },
            expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          },
        },
      },
      policyKinds: {
        type: 'array',
        description:
          'What standalone JSON policy files are, when their content cannot say: e.g. { "files": "org/scp/**/*.json", "kind": "scp" }; "vpc-endpoint" for VPC endpoint policies, which filter requests and grant nothing. Without it a file whose path names an endpoint policy (vpc-endpoint-policies/, s3_endpoint_policy.json) is a VPC endpoint policy, another file with a Principal is a resource or trust policy, one without an identity policy',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files', 'kind'],
          properties: {
            files: { type: 'string', description: 'glob, relative to the config file' },
            kind: { enum: ['identity', 'resource', 'trust', 'scp', 'rcp', 'vpc-endpoint'] },
          },
        },
      },
      trustedAccounts: {
        type: 'array',
        items: { type: 'string', pattern: '^\\d{12}$' },
        description: 'Your account ids: never used as outside witnesses, and offered in fixes',
      },
      strict: { type: 'boolean', description: 'Report, as notes, policies whose verdict depends on values policylint cannot resolve' },
      accessAnalyzer: {
        type: 'object',
        additionalProperties: false,
        description: 'IAM Access Analyzer checks, run only with --access-analyzer or enabled: true',
        properties: {
          enabled: { type: 'boolean' },
          region: { type: 'string' },
          checkNoPublicAccess: { type: 'boolean', description: 'billed per call' },
          accessNotGranted: {
            type: 'array',
            description: 'CheckAccessNotGranted (billed per call): actions or resources the matching policies must not grant',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['addresses'],
              properties: {
                addresses: { type: 'array', items: { type: 'string' }, description: 'Terraform address globs, e.g. aws_iam_policy.ci_*' },
                actions: { type: 'array', items: { type: 'string' } },
                resources: { type: 'array', items: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  } as const;
}
