import type { Finding } from '../model/finding.js';

/** The public finding shape (design §2): internal offsets stay out. */
export function publicFinding(f: Finding) {
  const { absFile: _a, offset: _o, ...rest } = f;
  return rest;
}

export function formatJson(findings: Finding[]): string {
  return JSON.stringify({ version: 1, findings: findings.map(publicFinding) }, null, 2) + '\n';
}
