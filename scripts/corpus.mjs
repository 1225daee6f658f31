// Builds the benchmark corpus: the project's fixtures several times over, plus generated modules
// shaped like real ones (heredoc and jsonencode policies, policy documents, for_each, dynamic).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildCorpus(dir, { copies, modules, resourcesPerModule }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < copies; i++) cpSync('fixtures', join(dir, `fixtures-${i}`), { recursive: true });
  for (let m = 0; m < modules; m++) {
    const mod = join(dir, `generated/module-${m}`);
    mkdirSync(mod, { recursive: true });
    writeFileSync(join(mod, 'variables.tf'), variables(m));
    writeFileSync(join(mod, 'main.tf'), Array.from({ length: resourcesPerModule }, (_, r) => resource(m, r)).join('\n'));
    writeFileSync(join(mod, 'policy.json'), JSON.stringify(jsonPolicy(m), null, 2));
  }
}

const variables = (m) => `variable "accounts" {
  type    = list(string)
  default = ["1111222233${String(m % 100).padStart(2, '0')}", "444455556666"]
}

variable "org_id" {
  type    = string
  default = "o-abc${m}def"
}

locals {
  repo_arn = "arn:aws:ecr:eu-west-1:111122223333:repository/team-${m}"
}
`;

function resource(m, r) {
  switch (r % 4) {
    case 0:
      return `resource "aws_iam_policy" "p${r}" {
  name = "p${m}-${r}"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["ecr:GetAuthorizationToken"], Resource = "*" },
      { Effect = "Allow", Action = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"], Resource = ${r % 8 === 0 ? '"*"' : 'local.repo_arn'} },
    ]
  })
}
`;
    case 1:
      return `resource "aws_s3_bucket_policy" "b${r}" {
  bucket = "bucket-${m}-${r}"
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "*"},
        "Action": ["s3:GetObject", "s3:ListBucket"],
        "Resource": ["arn:aws:s3:::bucket-${m}-${r}", "arn:aws:s3:::bucket-${m}-${r}/*"],
        "Condition": {"StringEquals": {"aws:PrincipalOrgID": "\${var.org_id}"}}
      }]
    }
  EOF
}
`;
    case 2:
      return `data "aws_iam_policy_document" "trust${r}" {
  dynamic "statement" {
    for_each = var.accounts
    content {
      actions = ["sts:AssumeRole"]
      principals {
        type        = "AWS"
        identifiers = ["arn:aws:iam::\${statement.value}:root"]
      }
    }
  }
}

resource "aws_iam_role" "r${r}" {
  for_each           = toset(var.accounts)
  name               = "role-${m}-${r}-\${each.key}"
  assume_role_policy = data.aws_iam_policy_document.trust${r}.json
}
`;
    default:
      return `resource "aws_ecr_repository_policy" "e${r}" {
  repository = "repo-${m}-${r}"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Condition = { ArnLike = { "aws:PrincipalArn" = ${r % 12 === 3 ? '"arn:aws:iam::*:role/deployer"' : '[for a in var.accounts : "arn:aws:iam::${a}:role/deployer"]'} } }
    }]
  })
}
`;
  }
}

const jsonPolicy = (m) => ({
  Version: '2012-10-17',
  Statement: Array.from({ length: 20 }, (_, i) => ({
    Sid: `S${m}x${i}`,
    Effect: 'Allow',
    Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
    Resource: `arn:aws:ecr:eu-west-1:111122223333:repository/r${i}`,
  })),
});

/** A generated tree of about `mb` megabytes (generated modules only, no fixtures): the 1 / 10 /
 * 100 MB rows of BENCHMARKS.md. `node scripts/corpus.mjs DIR --mb 100`. */
export function sizedCorpus(dir, mb) {
  // One generated module with 40 resources is about 21.5 KB.
  buildCorpus(dir, { copies: 0, modules: Math.max(1, Math.round((mb * 1048576) / 21500)), resourcesPerModule: 40 });
  // GitHub's Terraform .gitignore, as most repositories have it: discovery matches every entry against it.
  writeFileSync(
    join(dir, '.gitignore'),
    [
      '**/.terraform/*',
      '*.tfstate',
      '*.tfstate.*',
      'crash.log',
      'crash.*.log',
      '*.tfvars',
      '*.tfvars.json',
      'override.tf',
      'override.tf.json',
      '*_override.tf',
      '*_override.tf.json',
      '.terraform.tfstate.lock.info',
      '.terraformrc',
      'terraform.rc',
      '',
    ].join('\n'),
  );
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const mbAt = process.argv.indexOf('--mb');
  sizedCorpus(process.argv[2], Number(mbAt > 0 ? process.argv[mbAt + 1] : 1));
}
