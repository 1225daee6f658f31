import { describe, expect, it } from 'vitest';
import { parseHcl } from '../src/parse/hcl.js';
import { makeSource, positionAt } from '../src/model/source.js';

// src/parse/hcl.ts collectErrors: the first syntax error of a file, where the user can act on it,
// in the user's words rather than the grammar's (issue 12).
async function firstError(text: string) {
  const src = makeSource('main.tf', text);
  const [e] = (await parseHcl(src)).errors;
  return e && { ...positionAt(src, e.range.start), message: e.message, width: e.range.end - e.range.start };
}

describe('HCL syntax errors', () => {
  it('say that a name or value is missing, not that the grammar lacks an "identifier"', async () => {
    expect(await firstError('resource "aws_iam_policy" "p" {\n  policy = [for x in y : ]\n}\n')).toMatchObject({
      line: 2,
      message: 'HCL syntax error: a name or a value is missing here',
    });
  });

  it('point at the "(" left open, not at line 1, when the parser takes in the whole file', async () => {
    const text = '# first comment\n\nresource "a" "b" {\n  x = {\n    k( = { y = 1 }\n  }\n}\n';
    expect(await firstError(text)).toEqual({
      line: 5,
      column: 6,
      width: 1,
      message: 'HCL syntax error: this "(" is never closed: the "}" on line 6 comes first; add the missing ")"',
    });
  });

  it('point at the "${" whose "}" is missing', async () => {
    expect(await firstError('resource "a" "b" {\n  x = "${var.a"\n}\n')).toMatchObject({
      line: 2,
      column: 8,
      message: 'HCL syntax error: this "${" is never closed; add the missing "}" before the closing quote',
    });
  });

  it("name what an unclosed bracket opens in the user's words: an index, a list", async () => {
    expect((await firstError('resource "a" "b" {\n  x = y[0\n}\n'))?.message).toBe(
      'HCL syntax error: this "[" is never closed; add the missing "]" where the index ends',
    );
    expect((await firstError('resource "a" "b" {\n  x = [1, 2\n}\n'))?.message).toBe(
      'HCL syntax error: this "[" is never closed; add the missing "]" where the list ends',
    );
  });

  it('require a "," or a line break between the elements of an object, as Terraform does', async () => {
    // A resource's policy is converted in every run (a local only when something reads it).
    const policy = (object: string) => `resource "aws_iam_policy" "p" {\n  policy = ${object}\n}\n`;
    const text = policy('{ a = 1 /* c */ b = 2 }');
    expect(await firstError(text)).toMatchObject({
      line: 2,
      column: text.split('\n')[1].indexOf('b = 2') + 1,
      message: 'HCL syntax error: a "," or a line break must separate "a = 1" from "b = 2" in an object',
    });
    for (const ok of ['{ a = 1, b = 2 }', '{ a = 1, b = 2, }', '{\n  a = 1\n  b = 2\n}', '{ a = 1 # c\n b = 2 }', '{ a = { b = 1 }\n c = 2 }']) {
      expect(await firstError(policy(ok)), ok).toBeUndefined();
    }
  });

  it('require each argument and block of a body on a line of its own, as Terraform does', async () => {
    const text = 'resource "aws_iam_policy" "p" { name = "x" policy = "{}" }\n';
    expect(await firstError(text)).toMatchObject({
      line: 1,
      column: text.indexOf('policy =') + 1,
      message: 'HCL syntax error: "policy = "{}"" must start on a new line: Terraform puts each argument and block on a line of its own',
    });
    for (const ok of [
      'resource "aws_iam_policy" "p" { policy = "{}" }\n',
      'resource "aws_iam_policy" "p" {\n  name = "x" # a comment\n  policy = <<EOF\n{}\nEOF\n  tags = {}\n}\n',
    ]) {
      expect(await firstError(ok), ok).toBeUndefined();
    }
  });
});
