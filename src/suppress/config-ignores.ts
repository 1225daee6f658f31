import { relative, sep } from 'node:path';
import { minimatch } from 'minimatch';
import type { Finding } from '../model/finding.js';

export interface ConfigIgnore {
  files: string;
  rules: string[];
  reason: string;
  expires?: string;
}

/** Config ignores that cannot do anything, said like unused inline suppressions are: one naming a
 * rule no policylint has, or (in a run over the whole configured tree) one whose glob matches no file. */
export function uselessConfigIgnores(ignores: ConfigIgnore[], knownRules: Set<string>, files: string[], configDir: string, wholeTree: boolean): string[] {
  const rels = files.map((f) => relative(configDir, f).split(sep).join('/'));
  const out: string[] = [];
  ignores.forEach((i, n) => {
    for (const r of i.rules) if (!knownRules.has(r)) out.push(`ignores[${n}] names unknown rule "${r}"`);
    if (wholeTree && !rels.some((rel) => minimatch(rel, i.files, { dot: true }))) out.push(`ignores[${n}] ("${i.files}") matches no file`);
  });
  return out;
}

/** `.policylintrc` `ignores`: suppressions for files that cannot carry a comment (JSON policies). */
export function applyConfigIgnores(findings: Finding[], ignores: ConfigIgnore[], configDir: string, today: string) {
  for (const f of findings) {
    if (f.suppressed || !f.absFile) continue;
    const rel = relative(configDir, f.absFile).split(sep).join('/');
    const hit = ignores.find((i) => i.rules.includes(f.ruleId) && minimatch(rel, i.files, { dot: true }));
    if (!hit) continue;
    if (hit.expires && hit.expires < today) {
      f.message += ` (the .policylintrc ignore for ${hit.files} expired on ${hit.expires})`;
      continue;
    }
    f.suppressed = true;
    f.suppression = { reason: hit.reason, ...(hit.expires ? { expires: hit.expires } : {}) };
  }
}
