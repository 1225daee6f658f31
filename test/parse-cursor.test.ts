import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directCursor, parseHcl, parseHclWithLibraryCursor } from '../src/parse/hcl.js';
import { plain } from './helpers/plain-ast.js';
import { makeSource } from '../src/model/source.js';

// Issue 16: trees are walked by a cursor that calls web-tree-sitter's binding directly
// (src/parse/wasm-cursor.ts). It must read every tree exactly as the library's own cursor does,
// and an upgrade of web-tree-sitter that changes the binding must not silently lose it.

function terraformFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) terraformFiles(path, out);
    else if (/\.(tf|tofu|tftpl)$/.test(name)) out.push(path);
  }
  return out;
}

describe('the direct tree cursor', () => {
  it('is the one in use once the parser is loaded', async () => {
    await parseHcl(makeSource('x.tf', 'locals {}\n'));
    expect(directCursor()).toBe(true);
  });

  const files = [...terraformFiles('fixtures'), ...terraformFiles('examples')];

  it('converts every fixture and example exactly as the library cursor does', async () => {
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const src = makeSource(file, readFileSync(file, 'utf8'));
      expect(plain(await parseHcl(src)), file).toEqual(plain(await parseHclWithLibraryCursor(src)));
    }
  });

  it('keeps its place through syntax errors, suppression comments and deep nesting', async () => {
    const texts = [
      'resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Statement = [{ Effect = "Allow" }\n}\n',
      '# policylint:ignore wildcard-principal reason="test"\nresource "aws_s3_bucket_policy" "b" {\n  policy = "{}"\n  broken = \n}\n',
      `locals {\n  x = ${'['.repeat(150)}1${']'.repeat(150)}\n  y = ${'('.repeat(250)}1${')'.repeat(250)}\n}\n`,
      'variable "v" {\n  default = <<-EOT\n    %{ for x in y }${"${x}"}%{ endfor }\n  EOT\n}\noops {\n',
    ];
    for (const text of texts) {
      const src = makeSource('t.tf', text);
      expect(plain(await parseHcl(src)), text).toEqual(plain(await parseHclWithLibraryCursor(src)));
    }
  });
});
