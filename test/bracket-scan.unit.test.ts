import { describe, expect, it } from 'vitest';
import { bracketProblem } from '../src/parse/bracket-scan.js';

// src/parse/bracket-scan.ts: where a syntax error is when tree-sitter's recovery wraps the whole
// file in one ERROR node. `^` in each text marks the offset the problem must point at.
const at = (marked: string) => ({ text: marked.replace('^', ''), offset: marked.indexOf('^') });

describe('the bracket and quote scan behind HCL syntax errors', () => {
  it('is silent when everything is closed, whatever the strings, templates, heredocs and comments hold', () => {
    const text = [
      '# a comment with ( and {',
      '/* a block comment ] */',
      'locals {',
      '  a = "text ) ] } and $${not a template} and %%{ nor this }"',
      '  b = "${ {x = "(" }.x }-%{ if true }[%{ endif }"',
      '  c = <<-EOT',
      '    ) ] } ${ join(",", ["a"]) } "',
      '  EOT',
      '  d = [for x in ["a"] : { (x) = x }]',
      '}',
      '',
    ].join('\n');
    expect(bracketProblem(text)).toBeUndefined();
  });

  it('names the bracket left open when a closer of an outer one comes first, and on which line', () => {
    const { text, offset } = at('x = {\n  a = [1, 2^(\n}\n');
    expect(bracketProblem(text)).toEqual({ at: offset, message: 'this "(" is never closed: the "}" on line 3 comes first; add the missing ")"' });
  });

  it('names a closer that closes nothing', () => {
    const { text, offset } = at('x = f(1)^)\n');
    expect(bracketProblem(text)).toEqual({ at: offset, message: 'this ")" closes nothing that is open: remove it, or add what it was meant to close' });
  });

  it('names a string whose line ends before its closing quote', () => {
    const { text, offset } = at('a = ^"text\nb = "ok"\n');
    expect(bracketProblem(text)).toEqual({ at: offset, message: 'this string is never closed: a quoted string ends on its own line; add the closing quote' });
  });

  it('names the template whose "}" is missing when its string\'s closing quote opened another', () => {
    for (const marked of ['a = "^${var.a"\n', 'a = "x-^%{ if b y"\n']) {
      const { text, offset } = at(marked);
      const open = text.slice(offset, offset + 2);
      expect(bracketProblem(text)).toEqual({ at: offset, message: `this "${open}" is never closed; add the missing "}" before the closing quote` });
    }
  });

  it('names the innermost bracket still open at the end of the text', () => {
    const { text, offset } = at('a = {\n  b = ^[1,\n');
    expect(bracketProblem(text)).toEqual({ at: offset, message: 'this "[" is never closed; add the missing "]"' });
  });

  it('leaves an unclosed block comment or heredoc to the parser', () => {
    expect(bracketProblem('a = 1 /* never closed (\n')).toBeUndefined();
    expect(bracketProblem('a = <<EOT\n  ( text\n')).toBeUndefined();
  });

  it('scans only the part it is given: a value parsed alone is not blamed for another line', () => {
    const text = 'x = f( ]\ny = [1, 2]\nz = [3\n';
    expect(bracketProblem(text, text.indexOf('y'), text.indexOf('z'))).toBeUndefined();
    expect(bracketProblem(text, text.indexOf('z'))).toEqual({ at: text.indexOf('[3'), message: 'this "[" is never closed; add the missing "]"' });
  });
});
