import { fingerprint } from '../model/fingerprint.js';
import type { Finding } from '../model/finding.js';
import { inModule } from '../model/locate.js';

/**
 * One finding per place for a module called many times: a guardduty module called for 16
 * accounts and regions gave the same warning on the same line 16 times, differing only in
 * "(in module.x)". Findings of one rule and check at one place whose messages differ only there
 * are one, "(in module.a and 15 more instances)". Its fingerprint names the module's resource
 * without the instances' names, so that adding or removing a call keeps it (issue 13); a
 * finding that module instances do not repeat keeps its own. Input: findings sorted by place.
 */
export function collapseModuleInstances(findings: Finding[]): Finding[] {
  const groups = new Map<string, { base: string; members: Finding[] }>();
  const out: Finding[] = [];
  for (const f of findings) {
    const base = withoutInstance(f);
    if (base === undefined) {
      out.push(f);
      continue;
    }
    const k = `${f.ruleId}\u0000${f.checkId ?? ''}\u0000${f.file}\u0000${f.line}:${f.column}\u0000${base}`;
    const group = groups.get(k);
    if (group) {
      group.members.push(f);
      continue;
    }
    groups.set(k, { base, members: [f] });
    out.push(f);
  }
  for (const { base, members } of groups.values()) {
    if (members.length < 2) continue;
    const [first] = members;
    const more = members.length - 1;
    first.message = `${base}${inModule(first.modulePath!).slice(0, -1)} and ${more} more instance${more > 1 ? 's' : ''})`;
    first.fingerprint = fingerprint(
      [first.ruleId, first.checkId ?? '', first.file, generalAddress(first.address ?? ''), (first.jsonPath ?? '').replace(/\[\d+\]/g, '[]'), base].join(
        '\u0000',
      ),
    );
  }
  return out;
}

/** The message without the module instance it was found in, or undefined for a finding outside
 * any module call. */
function withoutInstance(f: Finding): string | undefined {
  if (!f.modulePath?.length) return undefined;
  const suffix = inModule(f.modulePath);
  return f.message.endsWith(suffix) ? f.message.slice(0, -suffix.length) : undefined;
}

/** `module.a["x"].module.b[0].aws_iam_policy.p` → `module.*.module.*.aws_iam_policy.p`. */
function generalAddress(address: string): string {
  return address.replace(/module\.[^.[]+(\[[^\]]*\])?/g, 'module.*');
}
