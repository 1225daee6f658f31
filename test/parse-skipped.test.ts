import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHcl, parseHclWhole } from '../src/parse/hcl.js';
import { skipPlan } from '../src/parse/skipped-ranges.js';
import { plain } from './helpers/plain-ast.js';
import { makeSource } from '../src/model/source.js';

// Issue 16: tree-sitter is not given what conversion would drop unread (variable descriptions,
// provider blocks, resources that hold no policy). The tree it builds from the rest must convert
// to exactly what the whole text converts to, offsets included.

function terraformFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) terraformFiles(path, out);
    else if (/\.(tf|tofu)$/.test(name)) out.push(path);
  }
  return out;
}

const skipped = (text: string) => skipPlan(text).skipped;
const skippedText = (text: string) => skipped(text).map(([s, e]) => text.slice(s, e));

describe('parsing without the parts conversion drops', () => {
  it('converts every fixture and example exactly as parsing the whole text does', async () => {
    const files = [...terraformFiles('fixtures'), ...terraformFiles('examples')];
    let skipping = 0;
    for (const file of files) {
      const src = makeSource(file, readFileSync(file, 'utf8'));
      if (skipped(src.text).length) skipping++;
      const [part, whole] = [await parseHcl(src), await parseHclWhole(src)];
      // A syntax error only in a part parsed when read (fixtures/malformed/deferred-attribute) is
      // reported when something reads it, not by the parse: the one difference there may be.
      if (whole.errors.length && !part.errors.length) {
        expect(skipped(src.text).length, file).toBeGreaterThan(0);
        continue;
      }
      expect(plain(part), file).toEqual(plain(whole));
    }
    // The comparison means something only if files skip something (the eval folder: 2,300 of 3,084).
    expect(skipping).toBeGreaterThanOrEqual(5);
  });

  it('skips a variable’s description and validation, and defers its default and type', async () => {
    const text = `variable "principal" {
  description = <<EOT
Who may read the bucket.
EOT
  type    = string
  default = "*"
  validation {
    condition     = length(var.principal) > 0
    error_message = "Say who."
  }
  nullable = false
}
`;
    expect(skippedText(text)).toEqual([
      'description = <<EOT\nWho may read the bucket.\nEOT',
      'type    = string',
      'default = "*"',
      'validation {\n    condition     = length(var.principal) > 0\n    error_message = "Say who."\n  }',
      'nullable = false',
    ]);
    expect(skipPlan(text).deferred.map((i) => i.name)).toEqual(['type', 'default']);
    // Deferred, not dropped: the block has them, parsed when read, as the whole parse has them.
    const src = makeSource('v.tf', text);
    const [variable] = (await parseHcl(src)).body.blocks;
    expect(variable.body.attributes.map((a) => a.name)).toEqual(['type', 'default']);
    const at = text.indexOf('"*"');
    const star = { start: at + 1, end: at + 2 };
    expect(variable.body.attributes[1].expr).toEqual({
      t: 'template',
      parts: [{ t: 'literal', range: star }],
      range: { start: at, end: at + 3 },
      content: star,
      heredoc: false,
    });
    expect(plain(await parseHcl(src))).toEqual(plain(await parseHclWhole(src)));
  });

  it('reads the included parts in chunks as the whole parse does: skipped gaps short and long, parts longer than one read (5,119 characters)', async () => {
    const description = (n: number) => `variable "v${n}" {\n  description = "${'d'.repeat(n)}"\n  default = "${'x'.repeat(n * 2)}"\n}\n`;
    const policy = (n: number) =>
      `resource "aws_iam_policy" "p${n}" {\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::${'b'.repeat(n)}/*" }] })\n}\n`;
    const text = [0, 10, 255, 256, 257, 300, 5_200, 12_000].map((n) => description(n) + policy(n)).join('');
    expect(skipped(text).length).toBeGreaterThan(5);
    const src = makeSource('chunks.tf', text);
    expect(plain(await parseHcl(src))).toEqual(plain(await parseHclWhole(src)));
  });

  it('defers locals, outputs and a module call’s inputs, not its source and meta-arguments', async () => {
    const text = `locals {
  names = ["a", "b"]
}
module "roles" {
  source   = "./roles"
  for_each = toset(local.names)
  name     = each.key
  tags     = { team = "x" }
}
output "arn" {
  value = module.roles["a"].arn
}
`;
    expect(skipPlan(text).deferred.map((i) => i.name)).toEqual(['names', 'name', 'tags', 'value']);
    const src = makeSource('m.tf', text);
    expect(plain(await parseHcl(src))).toEqual(plain(await parseHclWhole(src)));
  });

  it('parses a deferred heredoc, a value with a comment after it, one at the end of the file and one in a one-line block as the whole parse does', async () => {
    for (const text of [
      'variable "a" {\n  default = <<-EOT\n    {"Statement": []}\n  EOT\n}\n',
      'variable "a" {\n  type = map(string) # the names\n  default = { a = "b" } // and more\n}\n',
      'variable "a" {\n  default = <<EOT\nx\nEOT\n}',
      'variable "a" {\r\n  default = [\r\n    "x",\r\n  ]\r\n}\r\n',
      // One-line blocks: the value ends before the brace that closes the block.
      'output "d" { value = data.aws_iam_policy_document.d.json }\nlocals { a = "b" }\n',
    ]) {
      expect(skipPlan(text).deferred.length, text).toBeGreaterThan(0);
      const src = makeSource('v.tf', text);
      expect(plain(await parseHcl(src)), text).toEqual(plain(await parseHclWhole(src)));
    }
  });

  it('keeps whatever may hold a policy, in any block', () => {
    const text = `variable "p" {
  description = "The policy JSON"
}
resource "aws_instance" "a" {
  ami = "x"
}
resource "aws_instance" "b" {
  user_data = jsonencode({ Statement = [] })
}
provider "aws" {
  region = "eu-west-1"
  assume_role {
    role_arn = "arn:aws:iam::111122223333:role/x"
  }
}
`;
    // The description says "policy" (kept, so deferred: a variable's attributes are parsed when
    // read); the second instance holds a Statement.
    expect(skippedText(text)).toEqual([
      'description = "The policy JSON"',
      '\n  ami = "x"\n',
      'region = "eu-west-1"',
      'assume_role {\n    role_arn = "arn:aws:iam::111122223333:role/x"\n  }',
    ]);
    expect(skipPlan(text).deferred.map((i) => i.name)).toEqual(['description']);
  });

  it('skips nothing in a file with suppression comments, or whose outline is not plain', () => {
    expect(skipped('# policylint:ignore x reason="y"\nvariable "a" {\n  description = "d"\n}\n')).toEqual([]);
    expect(skipped('variable "a" {\n  description = "d\n}\n')).toEqual([]);
  });

  it('still reports a syntax error outside what it skips, at the same place', async () => {
    const text = 'variable "a" {\n  description = "d"\n}\nresource "aws_iam_policy" "p" {\n  policy = jsonencode({ Statement = [ }\n}\n';
    const src = makeSource('x.tf', text);
    const whole = await parseHclWhole(src);
    expect(whole.errors.length).toBe(1);
    expect((await parseHcl(src)).errors).toEqual(whole.errors);
  });
});
