import type { Finding } from '../model/finding.js';

/** The public finding shape (design §2): internal offsets stay out. */
export function publicFinding(f: Finding) {
  const { absFile: _a, offset: _o, ...rest } = f;
  return rest;
}

/** The JSON report, byte for byte `JSON.stringify({ version: 1, findings }, null, 2)`, one finding
 * at a time: 100 MB of Terraform made a 50 MB string and its buffer at once (issue 16). */
export function* jsonChunks(findings: Finding[]): Generator<string> {
  if (!findings.length) {
    yield '{\n  "version": 1,\n  "findings": []\n}\n';
    return;
  }
  yield '{\n  "version": 1,\n  "findings": [';
  for (let i = 0; i < findings.length; i++) yield `${i ? ',' : ''}\n${indented(publicFinding(findings[i]), '    ')}`;
  yield '\n  ]\n}\n';
}

/** `value` as JSON.stringify(…, null, 2) prints it nested under `indent`: JSON strings hold no raw
 * newline, so every newline is a line break of the layout. */
export function indented(value: unknown, indent: string): string {
  return indent + JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
}

export function formatJson(findings: Finding[]): string {
  return [...jsonChunks(findings)].join('');
}
