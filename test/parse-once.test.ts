import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { readsPerFolder } from '../src/engine/module-roots.js';
import { ParseCache } from '../src/engine/run-context.js';
import { parseHcl } from '../src/parse/hcl.js';
import { makeSource } from '../src/model/source.js';

// Issue 16: a module called from several roots is parsed once per run and shared; the values
// each caller gives it must stay its own.

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-parse-once-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const sharedModule = `variable "principal" {
  type        = string
  description = "Who may read the bucket"
  validation {
    condition     = length(var.principal) > 0
    error_message = "Say who."
  }
}

resource "aws_s3_bucket_policy" "this" {
  bucket = "shared"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = var.principal }, Action = "s3:GetObject", Resource = "arn:aws:s3:::shared/*" }]
  })
}
`;
const caller = (principal: string) => `module "bucket" {
  source    = "../.."
  principal = "${principal}"
}
`;

describe('a module shared by several roots', () => {
  it('is judged with each caller’s values, whichever caller parsed it first', async () => {
    const dir = tree({
      'main.tf': sharedModule,
      'examples/a/main.tf': caller('arn:aws:iam::111122223333:root'),
      'examples/b/main.tf': caller('*'),
      'examples/c/main.tf': caller('arn:aws:iam::444455556666:root'),
    });
    // Three roots read the module: the second and third take its parsed files from the cache.
    const res = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false } });
    const wildcard = res.findings.filter((f) => f.ruleId === 'wildcard-principal');
    // Only example b passes "*": one finding, in the module.
    expect(wildcard.map((f) => `${f.file}:${f.line}`)).toEqual(['main.tf:14']);
  });
});

describe('readsPerFolder', () => {
  it('counts the roots that reach each called folder, through calls of calls, once per root', () => {
    const calls = new Map([
      ['/r/examples/a', new Set(['/r'])],
      ['/r/examples/b', new Set(['/r', '/r/modules/x'])],
      ['/r', new Set(['/r/modules/x'])],
      ['/r/modules/x', new Set<string>()],
    ]);
    const units = [
      { kind: 'module', dir: '/r/examples/a' },
      { kind: 'module', dir: '/r/examples/b' },
      { kind: 'json', path: '/r/p.json' },
    ];
    expect(Object.fromEntries(readsPerFolder(units, calls))).toEqual({ '/r': 2, '/r/modules/x': 2 });
  });
});

describe('ParseCache', () => {
  const file = (path: string, chars: number) => ({
    src: makeSource(path, 'x'.repeat(chars)),
    hcl: { body: { attributes: [], blocks: [] }, comments: [], errors: [] },
  });

  it('drops the least recently used files once over its size in characters', () => {
    const cache = new ParseCache(10);
    cache.set('a', file('a', 4));
    cache.set('b', file('b', 4));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('c', file('c', 4));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map((f) => f?.src.path)).toEqual(['a', undefined, 'c']);
  });

  it('never keeps a file larger than itself', () => {
    const cache = new ParseCache(10);
    cache.set('big', file('big', 11));
    expect(cache.get('big')).toBeUndefined();
  });
});

describe('conversion of what is read', () => {
  it('keeps a variable’s default and type, and drops its description and validation', async () => {
    const hcl = await parseHcl(makeSource('v.tf', sharedModule.replace('type        = string', 'type        = string\n  default     = "x"')));
    const variable = hcl.body.blocks.find((b) => b.type === 'variable')!;
    expect(variable.body.attributes.map((a) => a.name)).toEqual(['type', 'default']);
    expect(variable.body.blocks).toEqual([]);
    const resource = hcl.body.blocks.find((b) => b.type === 'resource')!;
    expect(resource.body.attributes.map((a) => a.name)).toEqual(['bucket', 'policy']);
  });

  it('still reads what may hold a policy in a block it otherwise skips, and every attribute of a file with directives', async () => {
    const provider = `provider "aws" {
  region = "eu-west-1"
  assume_role {
    role_arn = "arn:aws:iam::111122223333:role/x"
    policy   = data.aws_iam_policy_document.session.json
  }
}
`;
    const plain = await parseHcl(makeSource('p.tf', provider));
    expect(plain.body.blocks[0].body.attributes).toEqual([]);
    expect(plain.body.blocks[0].body.blocks.map((b) => b.type)).toEqual(['assume_role']);
    const directive = await parseHcl(makeSource('p.tf', `# policylint:ignore wildcard-principal -- test\n${provider}`));
    expect(directive.body.blocks[0].body.attributes.map((a) => a.name)).toEqual(['region']);
  });
});
