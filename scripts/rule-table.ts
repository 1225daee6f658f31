import { RULES } from '../rules/index.js';

/** The README's rule table, generated from rule metadata (house style §2). */
export function ruleTable(): string {
  const rows = RULES.map(
    (r) =>
      `| [\`${r.meta.id}\`](rules/${r.meta.id}.md)${r.meta.engine ? ' *engine*' : ''} | ${r.meta.severity} | ${r.meta.description} | ${Object.keys(r.meta.checks ?? {}).join(', ')} | ${r.meta.semantics.join(', ')} |`,
  );
  return ['| rule | default severity | what it finds | checks | iam-semantics.md |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
