import { RULES } from '../rules/index.js';

/** The README's rule table, generated from rule metadata (house style §2). */
export function ruleTable(): string {
  const rows = RULES.map((r) => `| [\`${r.meta.id}\`](rules/${r.meta.id}.md) | ${r.meta.severity} | ${r.meta.description} | ${r.meta.semantics.join(', ')} |`);
  return ['| rule | default severity | what it finds | iam-semantics.md |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
