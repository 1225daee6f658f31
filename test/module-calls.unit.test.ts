import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleCallSources } from '../src/parse/module-calls.js';
import { parseHcl } from '../src/parse/hcl.js';
import { makeSource } from '../src/model/source.js';
import { buildModule } from '../src/resolve/module.js';

const sources = (text: string) => moduleCallSources(Buffer.from(text, 'utf8'));

// Which folders a root calls decides which folders are linted on their own (engine/module-roots.ts):
// a call found where Terraform sees none hides a folder's findings behind a caller that never
// reads it; a call missed lints a child module without its caller's inputs.
describe('moduleCallSources: the source of every top-level module block, from the bytes', () => {
  it('reads quoted and bare labels, and one-line blocks', () => {
    expect(
      sources(`module "a" {
  source = "./a"
  name   = "x"
}
module b {
  count  = 1
  source = "../b"
}
module "c" { source = "./c" }
`),
    ).toEqual(['./a', '../b', './c']);
  });

  it('keeps registry and git sources (the caller decides which are local)', () => {
    expect(sources('module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.0.0"\n}\n')).toEqual(['terraform-aws-modules/vpc/aws']);
  });

  it('finds nothing in comments of all three kinds', () => {
    expect(
      sources(`# module "a" {
#   source = "./a"
# }
// module "b" { source = "./b" }
/*
module "c" {
  source = "./c"
}
*/
`),
    ).toEqual([]);
  });

  it('finds nothing inside strings, heredocs and templates', () => {
    expect(
      sources(`locals {
  doc = <<EOT
module "a" {
  source = "./a"
}
EOT
  s = "module \\"b\\" { source = \\"./b\\" }"
  t = "\${jsonencode({ x = "}" })}"
}
module "real" {
  source = "./real"
}
`),
    ).toEqual(['./real']);
  });

  it('ends an indented heredoc at its indented marker, and not at a longer word', () => {
    expect(
      sources(`resource "x" "y" {
  a = <<-EOT
    EOTX
    module "no" {
      source = "./no"
    }
    EOT
}
module "yes" {
  source = "./yes"
}
`),
    ).toEqual(['./yes']);
  });

  it('takes only the block’s own source attribute, and only a literal one', () => {
    expect(
      sources(`module "a" {
  providers = {
    source = "./not-this"
  }
  source = "./a"
}
module "t" {
  source = "\${path.module}/t"
}
module "escaped" {
  source = "./$\${literal}"
}
`),
    ).toEqual(['./a', './$${literal}']);
  });

  it('reads no call from an attribute, a nested block or a reference named module', () => {
    expect(
      sources(`module = "x"
x = module.a.out
resource "r" "s" {
  module "inner" {
    source = "./inner"
  }
}
`),
    ).toEqual([]);
  });

  it('has no answer for a file whose outline is not plain: the caller parses it', () => {
    expect(sources('locals {\n  a = "unclosed\n}\nmodule "m" {\n  source = "./m"\n}\n')).toBeUndefined();
    expect(sources('module "m" {\n  source = "./m"\n')).toBeUndefined();
    expect(sources('module "m" {\n  source = "./m"\n}\n}\n')).toBeUndefined();
    expect(sources('module "m" {\n  source = <<EOT\n./m\n')).toBeUndefined();
    // Blocks nested deeper than any configuration: no answer rather than a stack overflow.
    expect(sources(`module "m" {\n  source = "./m"\n}\n${'x {\n'.repeat(100000)}${'}\n'.repeat(100000)}`)).toBeUndefined();
    expect(sources(`module "m" {\n  source = "./m"\n}\n${'x {\n'.repeat(60)}${'}\n'.repeat(60)}`)).toEqual(['./m']);
  });

  it('reads names that are not ASCII', () => {
    expect(sources('module "ü" {\n  source = "./módulo"\n}\n')).toEqual(['./módulo']);
  });
});

function terraformFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) terraformFiles(path, out);
    else if (/\.(tf|tofu)$/.test(name)) out.push(path);
  }
  return out;
}

describe('moduleCallSources agrees with the parser', () => {
  it('on every fixture and example: the literal sources of the module blocks the syntax tree holds', async () => {
    const files = [...terraformFiles('fixtures'), ...terraformFiles('examples')];
    let calls = 0;
    let notPlain = 0;
    for (const file of files) {
      const src = makeSource(file, readFileSync(file, 'utf8'));
      const module = buildModule('/m', [{ src, hcl: await parseHcl(src) }], () => undefined);
      const fromTree = [...module.calls.values()].flatMap(({ item }) => {
        const source = item.body.attributes.find((a) => a.name === 'source')?.expr;
        if (source?.t !== 'template' || source.parts.some((p) => p.t !== 'literal')) return [];
        return [src.text.slice(source.content.start, source.content.end)];
      });
      calls += fromTree.length;
      const lexed = moduleCallSources(Buffer.from(src.text));
      // No answer is allowed only where the parser found a syntax error (the caller parses those).
      if (lexed === undefined) {
        notPlain++;
        expect((await parseHcl(src)).errors.length, file).toBeGreaterThan(0);
      } else expect(lexed, file).toEqual(fromTree);
    }
    expect(calls).toBeGreaterThan(20);
    expect(notPlain).toBeLessThan(files.length / 20);
  });
});
