import {
  defineRule,
  hasWildcard,
  instantiate,
  known,
  parseArn,
  PARTITIONS,
  witnessAccount,
  type Condition,
  type NormalizedPolicy,
  type Severity,
  type Statement,
} from './api.js';

/** The rows of iam-semantics §4 this rule checks statically (PA18 and PA20 need runtime data or
 * belong to the parser: duplicate keys are parse-error findings). */
const CHECKS = {
  PA01: 'an account wildcard: any AWS customer can create a role with that name',
  PA02: "a partition that is not AWS's, a wildcard partition, or values in several partitions",
  PA03: 'an assumed-role session ARN, never the value of the key',
  PA04: 'a role the module declares, named without its path',
  PA05: '"*" before the name, matching other roles that end with it',
  PA06: 'a name prefix without a delimiter',
  PA07: 'StringEquals with "*" or "?", compared literally',
  PA08: 'a string operator where an ARN operator belongs (note)',
  PA09: 'ArnEquals with wildcards, which is ArnLike (note)',
  PA10: 'a malformed ARN: not six components, a region, an account not 12 digits, no resource type',
  PA11: 'an ARN that is not an IAM principal (group, Lambda function)',
  PA12: '"?" in the name, matching any one character',
  PA13: 'a role the module declares, named in another case',
  PA14: 'a negated operator in an Allow with a broad principal',
  PA15: 'IfExists in an Allow: true for anonymous callers',
  PA16: 'a set operator on this single-valued key',
  PA17: '":root" where the whole account was meant',
  PA19: 'a policy variable under Version 2008-10-17, compared literally',
};
type CheckId = keyof typeof CHECKS;
/** The check id of a finding's fingerprint key: `PA02-mixed` is a PA02. */
const checkOf = (key: string) => key.slice(0, 4) as CheckId;

/**
 * Wrong `aws:PrincipalArn` values: the statically checkable rows PA01–PA20 of iam-semantics §4.
 * Each check returns the catalogue row, a severity, what is wrong and the value to write instead.
 */
export const principalArnPattern = defineRule<Record<string, never>, CheckId>({
  meta: {
    id: 'principal-arn-pattern',
    name: 'PrincipalArnPattern',
    description: 'aws:PrincipalArn conditions that any AWS account can satisfy, or that can never match',
    severity: 'error',
    tags: ['security', 'iam', 'condition'],
    precision: 'high',
    securitySeverity: 8.1,
    fix: 'Write the full role ARN with a literal 12-digit account and an ARN operator (ArnEquals/ArnLike), or pin the account with aws:PrincipalAccount / aws:PrincipalOrgID.',
    semantics: ['§2.2', '§2.3', '§2.4', '§2.6', '§3.1', '§4'],
  },
  checks: CHECKS,
  create(ctx) {
    const input = ctx.input;
    const out: Array<Check & { policy: NormalizedPolicy; path: string }> = [];
    const rolePaths = new Map<NormalizedPolicy, Map<string, string>>();
    for (const { graph, policies } of input.graphs) for (const p of policies) rolePaths.set(p, graph.rolePaths);
    for (const policy of input.policies) {
      for (const st of policy.statements) {
        if (!st.effect) continue;
        for (const c of st.conditions) {
          if (c.keyLower !== 'aws:principalarn') continue;
          for (const f of checkOperator(st, c)) out.push({ policy, path: c.path, ...f });
          const mixed = mixedPartitions(c);
          if (mixed) out.push({ policy, path: c.path, ...mixed });
          for (const v of c.values) {
            const value = known(v);
            if (value === undefined) continue;
            for (const f of checkValue(policy, st, c, value, v.shown, input)) out.push({ policy, path: v.path, ...f, key: `${f.key}:${v.shown}` });
            const pathed = rolePathMismatch(c, value, rolePaths.get(policy));
            if (pathed) out.push({ policy, path: v.path, ...pathed, key: `${pathed.key}:${v.shown}` });
          }
        }
      }
    }
    for (const r of out) ctx.report({ ...r, check: checkOf(r.key) });
  },
});

type Check = { message: string; severity: Severity; key: string; witness?: string };

const broadPrincipal = (st: Statement) =>
  !!st.principal &&
  (st.principal.star || st.principal.entries.some((e) => e.type === 'AWS' && /^(\*|\d{12}|arn:[^:]+:iam::\d{12}:root)$/.test(String(e.elem.value))));

function checkOperator(st: Statement, c: Condition): Check[] {
  const out: Check[] = [];
  const allow = st.effect === 'Allow';
  if (c.set) {
    const open = c.set === 'ForAllValues' && allow;
    out.push({
      key: 'PA16',
      severity: open ? 'error' : 'warning',
      message: `${c.operator} on aws:PrincipalArn: it is a single-valued key, and set operators on it ${open ? 'are true when the key is absent, so anonymous callers pass' : 'can be overly permissive'} (iam-semantics §2.6, PA16); use ${c.base} without "${c.set}:"`,
    });
  }
  if (allow && c.ifExists && !c.set) {
    out.push({
      key: 'PA15',
      severity: st.principal?.star ? 'error' : 'warning',
      message: `${c.operator} on aws:PrincipalArn in an Allow is true when the key is absent, and anonymous requests carry no aws:PrincipalArn (iam-semantics §2.5, §3.1, PA15); use ${c.base}`,
      witness: 'an anonymous caller (no aws:PrincipalArn) passes the condition',
    });
  }
  if (allow && c.negated && broadPrincipal(st)) {
    out.push({
      key: 'PA14',
      severity: 'error',
      message: `${c.operator} on aws:PrincipalArn in an Allow admits every principal except the ones listed, and anonymous callers too (absent key → negated operator true; iam-semantics §2.2, PA14); allow the principals with ArnEquals, and put exclusions in a Deny`,
      witness: 'an anonymous caller (no aws:PrincipalArn) passes the negated condition',
    });
  }
  return out;
}

function checkValue(
  policy: NormalizedPolicy,
  st: Statement,
  c: Condition,
  value: string,
  shown: string,
  input: { options: { trustedAccounts: string[] } },
): Check[] {
  const out: Check[] = [];
  const allow = st.effect === 'Allow';
  // An exception list in a Deny (ArnNotLike) lets matching principals through, like an Allow.
  const grants = allow ? !c.negated || broadPrincipal(st) : c.negated;
  const stringOp = /^String/.test(c.base);
  if (value.includes('${') && policy.version !== '2012-10-17') {
    out.push({
      key: 'PA19',
      severity: 'error',
      message: `"${shown}" uses a policy variable, but the policy's Version is ${policy.version ? `"${policy.version}"` : 'missing'}, under which variables are literal text and never match (iam-semantics §7, PA19); set "Version": "2012-10-17"`,
    });
  }
  if (/^StringEquals|^StringNotEquals/.test(c.base) && hasWildcard(value)) {
    out.push({
      key: 'PA07',
      severity: 'error',
      message: `${c.operator} compares "${shown}" literally: "*" and "?" are wildcards only for StringLike and ARN operators (iam-semantics §2.4, PA07), so this ${c.negated ? 'excludes nothing' : 'never matches'}; use ArnLike`,
    });
  }
  const arn = parseArn(value);
  if (!arn) {
    if (value !== '*' && !value.includes('${'))
      out.push({
        key: 'PA10',
        severity: 'error',
        message: `"${shown}" is not an ARN with six components (arn:partition:service:region:account:resource), so it never matches (iam-semantics §2.3, PA10); write the role ARN, e.g. arn:aws:iam::111122223333:role/NAME`,
      });
    return out;
  }
  const fixed = (account: string) => `arn:${PARTITIONS.includes(arn.partition) ? arn.partition : 'aws'}:iam::${account}:${arn.resource}`;
  const knownAccount = input.options.trustedAccounts[0] ?? '<account-id>';
  if (hasWildcard(arn.partition))
    out.push({
      key: 'PA02',
      severity: 'note',
      message: `partition "${arn.partition}" is a wildcard; write the partition the resource lives in (data.aws_partition in Terraform) (iam-semantics §4 PA02)`,
    });
  else if (!PARTITIONS.includes(arn.partition))
    out.push({
      key: 'PA02',
      severity: 'error',
      message: `"${arn.partition}" is not an AWS partition (${PARTITIONS.slice(0, 3).join(', ')}, ...), so "${shown}" never matches (iam-semantics §4 PA02)`,
    });
  if (arn.service === 'sts' && arn.resource.startsWith('assumed-role/')) {
    const role = arn.resource.split('/')[1] ?? 'NAME';
    out.push({
      key: 'PA03',
      severity: 'error',
      message: `"${shown}" is an assumed-role session ARN; aws:PrincipalArn holds the role ARN, never the session (iam-semantics §3.1, PA03), so this never matches; write arn:${arn.partition}:iam::${arn.account}:role/${role}`,
    });
    return out;
  }
  if (arn.service !== 'iam' && !(arn.service === 'sts' && arn.resource.startsWith('federated-user/'))) {
    out.push({
      key: 'PA11',
      severity: 'error',
      message: `"${shown}" is a ${arn.service} ARN, not an IAM principal; aws:PrincipalArn holds role, user, federated-user or root ARNs (iam-semantics §4 PA11): use aws:SourceArn for the calling resource, or the role ARN it runs as`,
    });
    return out;
  }
  if (arn.region)
    out.push({
      key: 'PA10',
      severity: 'error',
      message: `"${shown}" has region "${arn.region}", but IAM ARNs have an empty region, so it never matches (iam-semantics §4 PA10); write ${fixed(arn.account)}`,
    });
  if (hasWildcard(arn.account)) {
    if (grants) {
      const account = witnessAccount(arn.account) ?? '000000000000';
      const concrete = `arn:${PARTITIONS.includes(arn.partition) ? arn.partition : 'aws'}:iam::${account}:${instantiate(arn.resource, 'x')}`;
      const name = arn.resource.split('/').pop();
      const pinned = st.conditions.some(
        (x) => /^aws:(principalaccount|principalorgid|principalorgpaths)$/.test(x.keyLower) && !x.negated && !x.ifExists && !x.set,
      );
      if (!pinned) {
        out.push({
          key: 'PA01',
          severity: allow ? 'error' : 'warning',
          witness: `${concrete} matches`,
          message: `account "${arn.account}" in "${shown}": role and user names are unique only within an account, so any AWS customer can create ${name} and match, e.g. ${concrete} (iam-semantics §4 PA01); pin the account: ${fixed(knownAccount)}, or add StringEquals aws:PrincipalOrgID / aws:PrincipalAccount`,
        });
      }
    }
  } else if (!/^\d{12}$/.test(arn.account)) {
    out.push({
      key: 'PA10',
      severity: 'error',
      message: `account "${arn.account}" in "${shown}" is not 12 digits, so it never matches (iam-semantics §1.1, PA10); write the 12-digit account id`,
    });
  }
  const [type, ...rest] = arn.resource.split('/');
  const name = rest[rest.length - 1] ?? '';
  if (arn.resource === 'root') {
    if (allow)
      out.push({
        key: 'PA17',
        severity: 'warning',
        message: `"${shown}" in aws:PrincipalArn matches only the account's root user, unlike in Principal (iam-semantics §3.1, PA17); to allow the whole account use StringEquals aws:PrincipalAccount = "${arn.account}"`,
      });
  } else if (!['role', 'user', 'federated-user', '*'].includes(type) && !hasWildcard(type)) {
    const missing = !arn.resource.includes('/');
    out.push({
      key: missing ? 'PA10' : 'PA11',
      severity: 'error',
      message: missing
        ? `"${shown}" has no resource type (role/, user/), so it never matches (iam-semantics §4 PA10); write ${fixed(arn.account).replace(arn.resource, `role/${arn.resource}`)}`
        : `"${type}" is not a principal type: aws:PrincipalArn holds role, user, federated-user or root ARNs, never ${type}s (iam-semantics §4 PA11)`,
    });
  } else if (grants && name !== '*' && name.includes('*') && !delimitedPrefix(name)) {
    const pa05 = /\*[^/]/.test(name) || name.startsWith('*');
    out.push({
      key: pa05 ? 'PA05' : 'PA06',
      severity: 'warning',
      message: pa05
        ? `"${type}/${rest.join('/')}" puts "*" before the name, so it also matches roles such as ${type}/evil${name.replace(/[*?]/g, '')} (iam-semantics §4 PA05); for any path write two values: ${type}/${name.replace(/[*?]/g, '')} and ${type}/*/${name.replace(/[*?]/g, '')}`
        : `"${type}/${rest.join('/')}" matches any ${type} whose name starts with "${name.replace(/[*?].*$/, '')}", e.g. ${type}/${name.replace(/[*?].*$/, '')}-anything (iam-semantics §4 PA06); list the exact names`,
    });
  }
  if (c.base === 'ArnEquals' || c.base === 'ArnNotEquals') {
    if (hasWildcard(value))
      out.push({
        key: 'PA09',
        severity: 'note',
        message: `${c.operator} treats "*" and "?" in "${shown}" as wildcards, exactly like ${c.base.replace('Equals', 'Like')} (iam-semantics §2.3, PA09); write ${c.base.replace('Equals', 'Like')} so the pattern reads as one`,
      });
  }
  if (grants && arn.resource.includes('?') && !hasWildcard(arn.account)) {
    out.push({
      key: 'PA12',
      severity: 'warning',
      message: `"?" in "${arn.resource}" matches exactly one character, any character including "/" (iam-semantics §4 PA12); write the name literally`,
    });
  }
  if (stringOp && !out.some((o) => o.key === 'PA07'))
    out.push({
      key: 'PA08',
      severity: 'note',
      message: `${c.operator} ignores ARN structure; AWS recommends ArnEquals/ArnLike for aws:PrincipalArn (iam-semantics §4 PA08)`,
    });
  return out;
}

/** `deploy-ci-*`: a prefix that ends at a delimiter is the fix §4 PA06 itself recommends. */
function delimitedPrefix(name: string): boolean {
  return /^[^*?]+[-_.]\*$/.test(name);
}

/** Values of one condition in different partitions: at most one of them can match where the
 * policy is deployed (iam-semantics §4 PA02). */
function mixedPartitions(c: Condition): Check | undefined {
  const partitions = new Set(
    c.values.flatMap((v) => {
      const arn = typeof v.value === 'string' && v.shown === v.value ? parseArn(v.value) : undefined;
      return arn && PARTITIONS.includes(arn.partition) ? [arn.partition] : [];
    }),
  );
  if (partitions.size < 2) return undefined;
  return {
    key: 'PA02-mixed',
    severity: 'warning',
    message: `aws:PrincipalArn values in several partitions (${[...partitions].join(', ')}): a policy is deployed in one, so the others never match (iam-semantics §4 PA02); use the partition of the deployment (data.aws_partition in Terraform)`,
  };
}

/** PA04 and PA13: a role the module itself declares, named without its path or in another case
 * (role names are unique regardless of case, ARN operators compare case-sensitively; §2.3, §4). */
function rolePathMismatch(c: Condition, value: string, paths: Map<string, string> | undefined): Check | undefined {
  const arn = parseArn(value);
  const m = arn && /^role\/([^/*?]+)$/.exec(arn.resource);
  if (!arn || !m || !paths || hasWildcard(arn.account)) return undefined;
  const declared = [...paths.keys()].find((n) => n.toLowerCase() === m[1].toLowerCase());
  if (!declared) return undefined;
  const path = paths.get(declared)!;
  const fixed = `arn:${arn.partition}:iam::${arn.account}:role${path}${declared}`;
  if (declared !== m[1]) {
    return {
      key: 'PA13',
      severity: 'warning',
      message: `the module declares the role as "${declared}", and ARN operators compare case-sensitively, so "${value}" never matches (iam-semantics §2.3, §4 PA13); write ${fixed}`,
    };
  }
  if (path === '/') return undefined;
  return {
    key: 'PA04',
    severity: 'warning',
    message: `role ${declared} is declared here with path "${path}", so its ARN is ${fixed}; "${value}" leaves the path out and never matches (iam-semantics §3.1, §4 PA04) — write ${fixed}, or the pair role/${declared} and role/*/${declared}`,
  };
}
