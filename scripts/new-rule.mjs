// `npm run new-rule <rule-id>`: a rule, its doc and its fixtures in every form, registered.
// What it writes fails the doc and fixture tests until the rule is written: the scaffold is the
// first red test, not a stub that passes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const id = process.argv[2];
if (!id || !/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(id)) {
  console.error('usage: npm run new-rule <rule-id>   (kebab-case, at least two words, e.g. s3-public-read)');
  process.exit(2);
}
const root = process.cwd();
const camel = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = camel[0].toUpperCase() + camel.slice(1);
const prefix = id
  .split('-')
  .map((w) => w[0].toUpperCase())
  .join('')
  .slice(0, 2);
const check = `${prefix}01`;
const files = {
  [`rules/${id}.ts`]: `import { defineRule } from './api.js';

/**
 * TODO: what this rule finds, and why it matters (cite docs/iam-semantics.md §).
 */
export const ${camel} = defineRule<Record<string, never>, '${check}', 'found'>({
  meta: {
    id: '${id}',
    name: '${pascal}',
    description: 'TODO: one line on what the rule finds',
    severity: 'warning',
    tags: ['security', 'iam'],
    precision: 'high',
    securitySeverity: 5.0,
    fix: 'TODO: what to write instead',
    semantics: [],
  },
  checks: { ${check}: 'TODO: what this check finds' },
  messages: { found: 'TODO: what is wrong with {{value}}, why, and what to write instead' },
  create(ctx) {
    for (const policy of ctx.policies) {
      for (const st of policy.statements) {
        void st; // TODO: ctx.report({ policy, path: st.path, check: '${check}', messageId: 'found', data: { value: '...' } });
      }
    }
  },
});
`,
  [`rules/${id}.md`]: `# ${id}

TODO: what the rule finds and why, citing [\`iam-semantics.md\`](../docs/iam-semantics.md) §.

## Checks

Each finding carries its check id (\`checkId\` in JSON, \`properties.checkId\` in SARIF).

| check | what it finds |
| --- | --- |
| ${check} | TODO: what this check finds |

## Wrong

\`\`\`json
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Action": "TODO", "Resource": "*" }]
}
\`\`\`

## Right

\`\`\`json
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Action": "TODO", "Resource": "*" }]
}
\`\`\`
`,
  [`fixtures/rules/${id}/jsonencode/main.tf`]: `resource "aws_iam_policy" "wrong" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "TODO" # expect: ${id}/${check}
      Resource = "*"
    }]
  })
}
`,
  [`fixtures/rules/${id}/heredoc/main.tf`]: `resource "aws_iam_policy" "wrong" {
  # expect@+6: ${id}/${check}
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": "TODO",
    "Resource": "*"
  }]
}
POLICY
}
`,
  [`fixtures/rules/${id}/policy-document/main.tf`]: `data "aws_iam_policy_document" "wrong" {
  statement {
    actions   = ["TODO"] # expect: ${id}/${check}
    resources = ["*"]
  }
}
`,
  [`fixtures/rules/${id}/json/wrong.json`]: `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    // expect: ${id}/${check}
    "Action": "TODO",
    "Resource": "*"
  }]
}
`,
};
for (const f of Object.keys(files))
  if (existsSync(join(root, f))) {
    console.error(`${f} exists already`);
    process.exit(2);
  }
for (const [f, text] of Object.entries(files)) {
  mkdirSync(join(root, f, '..'), { recursive: true });
  writeFileSync(join(root, f), text);
}
const index = join(root, 'rules/index.ts');
let registry = readFileSync(index, 'utf8');
registry = registry.replace(/(\nimport \{ [^}]+ \} from '\.\/engine-rules\.js';)/, `\nimport { ${camel} } from './${id}.js';$1`);
registry = registry.replace(/(\n {2}parseError,)/, `\n  ${camel},$1`);
if (!registry.includes(`./${id}.js`) || !registry.includes(`  ${camel},`)) {
  console.error('could not register the rule in rules/index.ts: add it to RULES by hand');
  process.exit(1);
}
writeFileSync(index, registry);
console.log(`wrote ${Object.keys(files).join(', ')} and registered ${camel} in rules/index.ts.
Next: write the check, replace every TODO, then \`npm run docs\` and \`npm test\` (the new fixtures fail until the rule reports them).`);
