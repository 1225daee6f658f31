import type { Finding } from '../model/finding.js';
import { locate, type Locator } from '../model/locate.js';
import type { Suppression } from './inline.js';

export interface SuppressOptions {
  knownRules: Set<string>;
  /** The rules that are on: a comment for a rule turned off is neither unknown nor unused. */
  activeRules?: Set<string>;
  today: string;
  /** Whether the `suppression` rule is on (default), and the severity configuration gives it. */
  report?: boolean;
  severity?: Finding['severity'];
}

/** Marks suppressed findings and adds findings about the suppressions themselves. */
export function applySuppressions(findings: Finding[], suppressions: Suppression[], loc: Locator, opts: SuppressOptions): Finding[] {
  const extra: Finding[] = [];
  const report = (s: Suppression, message: string, severity: Finding['severity']) => {
    if (opts.report === false) return;
    const where = locate({ file: s.file, range: s.comment }, loc);
    extra.push({
      ruleId: 'suppression',
      severity: opts.severity ?? severity,
      message,
      ...where,
      suppressed: false,
      fingerprint: `suppression:${where.file}:${s.rules.join(',')}:${message.slice(0, 40)}`,
      absFile: s.file,
      offset: s.comment.start,
    });
  };
  // Findings by file: each suppression looks at its own file's findings, not at every finding of
  // the run (suppressions × findings was quadratic on a large tree).
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.absFile === undefined) continue;
    const list = byFile.get(f.absFile);
    if (list) list.push(f);
    else byFile.set(f.absFile, [f]);
  }
  for (const s of suppressions) {
    const unknownRules = s.rules.filter((r) => !opts.knownRules.has(r) && !r.startsWith('access-analyzer/'));
    if (unknownRules.length)
      report(
        s,
        `policylint:ignore names unknown rule ${unknownRules.map((r) => `"${r}"`).join(', ')}; known rules: ${[...opts.knownRules].join(', ')}`,
        'warning',
      );
    if (!s.reason) {
      report(
        s,
        `policylint:ignore ${s.rules.join(',')} has no reason, so it suppresses nothing: write why after " -- ", e.g. "# policylint:ignore ${s.rules[0] ?? 'rule-id'} -- CI user signs in with an access key"`,
        'error',
      );
      continue;
    }
    // `expires=2O24-01-01` (a letter O) compared as text would never expire: a date or nothing.
    if (s.expires !== undefined && !isDate(s.expires)) {
      report(
        s,
        `policylint:ignore ${s.rules.join(',')} has expires=${s.expires}, which is not a date, so it suppresses nothing: write expires=YYYY-MM-DD, e.g. expires=${opts.today}`,
        'error',
      );
      continue;
    }
    const expired = s.expires !== undefined && s.expires < opts.today;
    for (const f of byFile.get(s.file) ?? []) {
      if (f.offset === undefined || f.offset < s.scope.start || f.offset >= s.scope.end || !s.rules.includes(f.ruleId)) continue;
      s.used = true;
      if (expired) f.message += ` (the suppression on line ${locate({ file: s.file, range: s.comment }, loc).line} expired on ${s.expires})`;
      else {
        f.suppressed = true;
        f.suppression = { reason: s.reason, ...(s.expires ? { expires: s.expires } : {}) };
      }
    }
    if (expired)
      report(
        s,
        `policylint:ignore ${s.rules.join(',')} expired on ${s.expires} and no longer suppresses; fix the finding or renew the date with a reason`,
        'warning',
      );
    else if (!s.used && !unknownRules.length && s.rules.some((r) => opts.activeRules?.has(r) ?? true))
      report(s, `policylint:ignore ${s.rules.join(',')} matches no finding; remove it`, 'warning');
  }
  return [...findings, ...extra];
}

function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
