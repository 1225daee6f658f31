import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHcl, parseHclWhole } from '../src/parse/hcl.js';
import { skippedRanges } from '../src/parse/skipped-ranges.js';
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

const skippedText = (text: string) => skippedRanges(text).map(([s, e]) => text.slice(s, e));

describe('parsing without the parts conversion drops', () => {
  it('converts every fixture and example exactly as parsing the whole text does', async () => {
    const files = [...terraformFiles('fixtures'), ...terraformFiles('examples')];
    let skipping = 0;
    for (const file of files) {
      const src = makeSource(file, readFileSync(file, 'utf8'));
      if (skippedRanges(src.text).length) skipping++;
      expect(await parseHcl(src), file).toEqual(await parseHclWhole(src));
    }
    // The comparison means something only if files skip something (the eval folder: 2,300 of 3,084).
    expect(skipping).toBeGreaterThanOrEqual(5);
  });

  it('skips a variable’s description and validation, not its default or type', () => {
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
      'validation {\n    condition     = length(var.principal) > 0\n    error_message = "Say who."\n  }',
      'nullable = false',
    ]);
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
    // The description says "policy"; the second instance holds a Statement.
    expect(skippedText(text)).toEqual(['\n  ami = "x"\n', 'region = "eu-west-1"', 'assume_role {\n    role_arn = "arn:aws:iam::111122223333:role/x"\n  }']);
  });

  it('skips nothing in a file with suppression comments, or whose outline is not plain', () => {
    expect(skippedRanges('# policylint:ignore x reason="y"\nvariable "a" {\n  description = "d"\n}\n')).toEqual([]);
    expect(skippedRanges('variable "a" {\n  description = "d\n}\n')).toEqual([]);
  });

  it('still reports a syntax error outside what it skips, at the same place', async () => {
    const text = 'variable "a" {\n  description = "d"\n}\nresource "aws_iam_policy" "p" {\n  policy = jsonencode({ Statement = [ }\n}\n';
    const src = makeSource('x.tf', text);
    const whole = await parseHclWhole(src);
    expect(whole.errors.length).toBe(1);
    expect((await parseHcl(src)).errors).toEqual(whole.errors);
  });
});
