import type { Rule } from './api.js';

/** Findings the engine itself makes: input it cannot read, policies it cannot resolve or AWS would
 * reject for size, and suppression comments it cannot honour. They are rules like the others: in the
 * registry, configurable with `--rule id:off` and `.policylintrc`, in SARIF and the README table. */
export const parseError: Rule = {
  meta: {
    engine: true,
    id: 'parse-error',
    name: 'ParseError',
    description: 'Input that cannot be parsed as Terraform or JSON, or a policy with duplicate keys',
    severity: 'error',
    tags: ['security', 'correctness'],
    precision: 'very-high',
    securitySeverity: 5.0,
    fix: 'Fix the syntax at the reported position; for duplicate keys, merge the values into one key (IAM rejects repeated keys).',
    semantics: ['§7'],
  },
};

export const suppression: Rule = {
  meta: {
    engine: true,
    id: 'suppression',
    name: 'SuppressionComment',
    description: 'A policylint:ignore comment without a reason, expired, unused, or naming an unknown rule',
    severity: 'warning',
    tags: ['security', 'maintainability'],
    precision: 'very-high',
    securitySeverity: 2.0,
    fix: 'Write "# policylint:ignore rule-id -- reason [expires=YYYY-MM-DD]" above the block the finding is in, or remove the comment.',
    semantics: [],
  },
};

export const unresolved: Rule = {
  meta: {
    engine: true,
    id: 'unresolved',
    name: 'UnresolvedPolicy',
    description:
      'A policy or statement policylint cannot resolve, so no rule could judge it (reported with --strict); and a value it would not read or evaluate: a file outside the scanned folders, or a bound on work reached',
    severity: 'note',
    tags: ['security', 'coverage'],
    precision: 'very-high',
    securitySeverity: 1.0,
    fix: 'Give the variables it uses defaults or a -var-file, or lint the Terraform plan (terraform show -json) where every value is known.',
    semantics: [],
    checks: {
      UR01: 'a policy whose document or statement list cannot be resolved, so no rule judged it',
      UR02: 'a statement whose verdict depends on an Unknown, named with the rules it stopped',
    },
  },
};

export const policySize: Rule = {
  meta: {
    engine: true,
    id: 'policy-size',
    name: 'PolicySizeQuota',
    description: 'A policy larger than the AWS quota for where it is attached',
    severity: 'error',
    tags: ['security', 'correctness'],
    precision: 'high',
    securitySeverity: 2.0,
    fix: 'Split the policy (several managed policies, or one statement per purpose), or remove repeated statements.',
    semantics: ['§7'],
  },
};
