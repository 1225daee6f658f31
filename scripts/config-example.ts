import { RULES } from '../rules/index.js';
import { configSchema } from '../src/cli/config/schema.js';

type Described = { description?: string; default?: unknown; properties?: Record<string, Described>; items?: Described };

/** `.policylintrc.example`, generated from rule metadata and the config schema (house style §2). */
export function configExample(): string {
  const props = configSchema(RULES).properties as unknown as Record<string, Described>;
  const c = (key: string) => `# ${props[key].description}`;
  const lines = [
    '# policylint configuration. Copy to .policylintrc (YAML or JSON; also .policylintrc.json / .yaml).',
    '# policylint looks for it from the working directory upward; --config names one explicitly.',
    '# Generated from the rules and the configuration schema by `npm run docs`: do not edit by hand.',
    '',
    c('rules'),
    'rules:',
  ];
  for (const r of RULES) {
    lines.push(`  # ${r.meta.description} (docs: rules/${r.meta.id}.md)`);
    const opts = (r.meta.options as Described | undefined)?.properties;
    if (!opts) {
      lines.push(`  ${r.meta.id}: ${r.meta.severity}`);
      continue;
    }
    lines.push(`  ${r.meta.id}:`, `    severity: ${r.meta.severity}`, '    options:');
    for (const [k, v] of Object.entries(opts))
      lines.push(`      # ${v.description}`, `      ${k}: ${v.default !== undefined ? JSON.stringify(v.default) : '[]'}`);
  }
  lines.push(
    '',
    c('include'),
    'include: []',
    c('exclude'),
    'exclude:',
    '  - "examples/**"',
    '',
    c('ignores'),
    'ignores:',
    '  - files: "policies/legacy-*.json"',
    '    rules: [wildcard-principal]',
    '    reason: public website bucket, reviewed by security',
    '    expires: "2027-06-30"',
    '',
    c('policyKinds'),
    'policyKinds:',
    '  - files: "org/scp/**/*.json"',
    '    kind: scp',
    '',
    c('trustedAccounts'),
    'trustedAccounts: []',
    '',
    c('strict'),
    'strict: false',
    '',
    c('accessAnalyzer'),
    'accessAnalyzer:',
    '  enabled: false',
    `  # ${props.accessAnalyzer.properties!.checkNoPublicAccess.description}`,
    '  checkNoPublicAccess: false',
    `  # ${props.accessAnalyzer.properties!.accessNotGranted.description}`,
    '  accessNotGranted:',
    '    - addresses: ["aws_iam_policy.ci_*"]',
    '      actions: ["ecr:SetRepositoryPolicy", "iam:PassRole"]',
  );
  return lines.join('\n') + '\n';
}
