import {
  admits,
  admitsDespite,
  allTrue,
  not,
  defineRule,
  denialOf,
  findWitness,
  ORGANIZATION_KINDS,
  outsideCallers,
  acceptsAnonymous,
  foreignRoles,
  patternCallers,
  whoUnknowns,
  widestPattern,
  type Caller,
  type Truth,
  hasWildcard,
  globMatch,
  known,
  parseArn,
  PARTITIONS,
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
  // Who a pattern lets in never depends on the actions or resources (only the wording does).
  unknowns: { ignores: ['Sid', 'Action', 'NotAction', 'Resource', 'NotResource'] },
  create(ctx) {
    const input = ctx.input;
    const out: Array<Check & { policy: NormalizedPolicy; path: string }> = [];
    const rolePaths = new Map<NormalizedPolicy, Map<string, string>>();
    for (const { graph, policies } of input.graphs) for (const p of policies) rolePaths.set(p, graph.rolePaths);
    for (const policy of input.policies) {
      for (const st of policy.statements) {
        if (!st.effect) continue;
        // Every aws:PrincipalArn value below is judged or said undecided; a condition block that
        // cannot be read at all may hold one, so that statement is left to the accounting. One
        // whose Unknown key cannot be aws:PrincipalArn (`${...}:sub`) holds none.
        if (st.opaqueConditions.every((p) => st.keyUnknownConditions?.some((c) => c.path === p && !globMatch(c.keyLower, 'aws:principalarn'))))
          ctx.judged(policy, st);
        for (const c of st.conditions) {
          if (c.keyLower !== 'aws:principalarn') continue;
          for (const f of checkOperator(policy, st, c, ctx.trustedAccounts)) out.push({ policy, path: c.path, ...f });
          const mixed = mixedPartitions(c);
          if (mixed) out.push({ policy, path: c.path, ...mixed });
          const undecided = () => ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st) });
          // PA08 names the operator, not a value: once per condition, at the first value it holds
          // for (six values on one line were six identical notes, ministryofjustice/modernisation-platform).
          let operatorNoted = false;
          for (const v of c.values) {
            const value = known(v);
            if (value === undefined) {
              // An Unknown that may put any account in the ARN (`var.arn`, `arn:aws:iam::${var.a}:role/x`)
              // stops the checks; one that leaves the account known does not matter to PA01.
              const widest = widestPattern(v);
              const account = widest === undefined ? undefined : parseArn(widest)?.account;
              if (account === undefined || hasWildcard(account)) ctx.undecided({ policy, statement: st, unknowns: [v.shown] });
              continue;
            }
            for (const f of checkValue(policy, st, c, value, v.shown, ctx.trustedAccounts, undecided)) {
              if (f.key === 'PA08' && operatorNoted) continue;
              operatorNoted ||= f.key === 'PA08';
              out.push({ policy, path: v.path, ...f, key: `${f.key}:${v.shown}` });
            }
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
  (st.principal.star ||
    st.principal.entries.some(
      (e) => e.type === 'AWS' && /^(\*|\d{12}|arn:[^:]+:iam::\d{12}:root)$/.test(typeof e.elem.value === 'string' ? e.elem.value : ''),
    ));

/** An outside caller — anonymous where the service allows it, a foreign role, a role named by
 * the policy's own patterns — that the whole statement lets in (§2.1), or undefined. Identity
 * policies and SCPs have no outside callers (§3.1, §4). */
function outsiderAdmitted(policy: NormalizedPolicy, st: Statement, avoidAccounts: string[]): Caller | undefined {
  const kind = policy.policy.kind;
  if (kind === 'identity' || ORGANIZATION_KINDS.has(kind) || (kind === 'document' && !st.principal && !st.notPrincipal)) return undefined;
  // The anonymous caller only where the service takes unsigned requests (the catalogue, or the
  // services the actions name, as wildcard-principal asks).
  const services = (st.actions ?? []).flatMap((a) => (typeof a.value === 'string' && a.value.includes(':') ? [a.value.split(':')[0]] : []));
  const anonymous = acceptsAnonymous(policy.policy.resourceType, services.length === (st.actions ?? []).length ? services : []);
  return findWitness(st, outsideCallers(st, { anonymous, network: false, avoidAccounts }), denialOf(policy.statements, st)).caller;
}

/** Operator checks. PA14 and PA15 say an outside caller gets in, so they ask the evaluator about
 * the whole statement: a pin beside the condition (aws:PrincipalAccount) keeps the caller out. */
function checkOperator(policy: NormalizedPolicy, st: Statement, c: Condition, avoidAccounts: string[]): Check[] {
  const out: Check[] = [];
  const allow = st.effect === 'Allow';
  const outsider = allow && (c.set || c.ifExists || c.negated) ? outsiderAdmitted(policy, st, avoidAccounts) : undefined;
  if (c.set) {
    const open = c.set === 'ForAllValues' && allow && !!outsider;
    out.push({
      key: 'PA16',
      severity: open ? 'error' : 'warning',
      message: `${c.operator} on aws:PrincipalArn: it is a single-valued key, and set operators on it ${open ? 'are true when the key is absent, so anonymous callers pass' : 'can be overly permissive'}; use ${c.base} without "${c.set}:"`,
    });
  }
  if (allow && c.ifExists && !c.set && outsider) {
    out.push({
      key: 'PA15',
      severity: 'error',
      message: `${c.operator} on aws:PrincipalArn in an Allow is true when the key is absent, and anonymous requests carry no aws:PrincipalArn; use ${c.base}`,
      witness: `${outsider.description} passes every condition of the statement`,
    });
  }
  if (allow && c.negated && broadPrincipal(st) && outsider) {
    out.push({
      key: 'PA14',
      severity: 'error',
      message: `${c.operator} on aws:PrincipalArn in an Allow admits every principal except the ones listed, and anonymous callers too (absent key → negated operator true); allow the principals with ArnEquals, and put exclusions in a Deny`,
      witness: `${outsider.description} passes every condition of the statement`,
    });
  }
  return out;
}

/** What a value check sees: the condition, its statement and policy, and the value. */
interface ValueContext {
  policy: NormalizedPolicy;
  st: Statement;
  c: Condition;
  value: string;
  shown: string;
  allow: boolean;
  /** Whether matching lets principals in: an Allow, or a Deny's exception list (ArnNotLike). */
  grants: boolean;
  trustedAccounts: string[];
}
interface ArnContext extends ValueContext {
  arn: NonNullable<ReturnType<typeof parseArn>>;
  type: string;
  /** The last segment of the resource: the role or user name. */
  name: string;
  rest: string[];
}

/** One row of iam-semantics §4: when it applies, and what the finding says. A check marked `last`
 * ends the checks of the value when it fires: nothing else about that ARN is worth saying. */
interface ValueCheck<X> {
  id: CheckId;
  when: (v: X) => boolean;
  found: (v: X) => Omit<Check, 'key'>;
  last?: boolean;
}

const literalWildcard = (v: ValueContext) => /^StringEquals|^StringNotEquals/.test(v.c.base) && hasWildcard(v.value);
const partitionOf = (v: ArnContext) => (PARTITIONS.includes(v.arn.partition) ? v.arn.partition : 'aws');
const fixed = (v: ArnContext, account: string) => `arn:${partitionOf(v)}:iam::${account}:${v.arn.resource}`;

/**
 * The outside role this value lets in, judged on the WHOLE statement (§2.1: a condition block is
 * an AND; the Principal too), never on the pattern alone: a pin beside it (aws:PrincipalOrgID,
 * aws:PrincipalOrgPaths, aws:PrincipalAccount, aws:SourceAccount, an account Principal) keeps
 * other customers out. In an Allow the role must pass every condition; in a Deny the value is an
 * exception (ArnNotLike): the Deny must stop a foreign role and let the pattern's role through.
 * Identity policies and SCPs are never evaluated for outside callers: the principal is the holder,
 * or a principal of the organization's own accounts (§3.1, §4 PA01).
 */
function outsiderMatching(v: ArnContext): Caller | undefined {
  return outsiderVerdict(v).caller;
}

function outsiderVerdict(v: ArnContext): { caller?: Caller; truth: Truth } {
  const kind = v.policy.policy.kind;
  // A document no resource uses (a module's output) is a resource or trust policy when it names a
  // Principal (§1.1), an identity policy otherwise.
  const identity = kind === 'identity' || (kind === 'document' && !v.st.principal && !v.st.notPrincipal);
  if (identity || kind === 'scp') return { truth: false };
  const opts = { network: false, avoidAccounts: v.trustedAccounts };
  const own = patternCallers(v.value, opts);
  let truth: Truth = false;
  if (v.allow) {
    if (v.c.negated) return { truth: false };
    const denied = denialOf(v.policy.statements, v.st);
    for (const caller of own) {
      const t = admitsDespite(v.st, caller, denied);
      if (t === true) return { caller, truth };
      if (t === 'unknown') truth = 'unknown';
    }
    return { truth };
  }
  if (!v.c.negated) return { truth: false };
  const foreign = foreignRoles(false);
  for (const [i, caller] of own.entries()) {
    const t = allTrue([admits(v.st, foreign[i]), not(admits(v.st, caller))]);
    if (t === true) return { caller, truth: true };
    if (t === 'unknown') truth = 'unknown';
  }
  return { truth };
}

const wildName = (v: ArnContext) =>
  v.arn.resource !== 'root' && !badType(v) && v.grants && v.name !== '*' && v.name.includes('*') && !namingConvention(v.name) && !identityCenterRole(v);
/** IAM Identity Center names its roles `AWSReservedSSO_<permission set>_<random suffix>` under the
 * reserved path `/aws-reserved/sso.amazonaws.com/[region/]`, where no one else can create a role:
 * a trailing "*" there is the documented way to name a permission set's role, not a loose prefix. */
const identityCenterRole = (v: ArnContext) =>
  v.type === 'role' && v.rest[0] === 'aws-reserved' && v.rest[1] === 'sso.amazonaws.com' && /^AWSReservedSSO_[^*?]+\*$/.test(v.name);
const badType = (v: ArnContext) => !['role', 'user', 'federated-user', '*'].includes(v.type) && !hasWildcard(v.type);

/** Checks of any value, ARN or not. */
const VALUE_CHECKS: Array<ValueCheck<ValueContext>> = [
  {
    id: 'PA19',
    when: (v) => v.value.includes('${') && v.policy.version !== '2012-10-17',
    found: (v) => ({
      severity: 'error',
      message: `"${v.shown}" uses a policy variable, but the policy's Version is ${v.policy.version ? `"${v.policy.version}"` : 'missing'}, under which variables are literal text and never match; set "Version": "2012-10-17"`,
    }),
  },
  {
    id: 'PA07',
    when: literalWildcard,
    found: (v) => ({
      severity: 'error',
      message: `${v.c.operator} compares "${v.shown}" literally: "*" and "?" are wildcards only for StringLike and ARN operators, so this ${v.c.negated ? 'excludes nothing' : 'never matches'}; use ArnLike`,
    }),
  },
];

/** A value that is not an ARN at all: the checks of ARN_CHECKS do not apply. */
const NOT_AN_ARN: ValueCheck<ValueContext> = {
  id: 'PA10',
  when: (v) => v.value !== '*' && !v.value.includes('${'),
  found: (v) => ({
    severity: 'error',
    message: `"${v.shown}" is not an ARN with six components (arn:partition:service:region:account:resource), so it never matches; write the role ARN, e.g. arn:aws:iam::111122223333:role/NAME`,
  }),
};

const ARN_CHECKS: Array<ValueCheck<ArnContext>> = [
  {
    id: 'PA02',
    when: (v) => hasWildcard(v.arn.partition),
    found: (v) => ({
      severity: 'note',
      message: `partition "${v.arn.partition}" is a wildcard; write the partition the resource lives in (data.aws_partition in Terraform)`,
    }),
  },
  {
    id: 'PA02',
    when: (v) => !hasWildcard(v.arn.partition) && !PARTITIONS.includes(v.arn.partition),
    found: (v) => ({
      severity: 'error',
      message: `"${v.arn.partition}" is not an AWS partition (${PARTITIONS.slice(0, 3).join(', ')}, ...), so "${v.shown}" never matches`,
    }),
  },
  {
    id: 'PA03',
    when: (v) => v.arn.service === 'sts' && v.arn.resource.startsWith('assumed-role/'),
    found: (v) => ({
      severity: 'error',
      message: `"${v.shown}" is an assumed-role session ARN; aws:PrincipalArn holds the role ARN, never the session, so this never matches; write arn:${v.arn.partition}:iam::${v.arn.account}:role/${v.arn.resource.split('/')[1] ?? 'NAME'}`,
    }),
    last: true,
  },
  {
    id: 'PA11',
    when: (v) => v.arn.service !== 'iam' && !(v.arn.service === 'sts' && v.arn.resource.startsWith('federated-user/')),
    found: (v) => ({
      severity: 'error',
      message: `"${v.shown}" is a ${v.arn.service} ARN, not an IAM principal; aws:PrincipalArn holds role, user, federated-user or root ARNs: use aws:SourceArn for the calling resource, or the role ARN it runs as`,
    }),
    last: true,
  },
  {
    id: 'PA10',
    when: (v) => !!v.arn.region,
    found: (v) => ({
      severity: 'error',
      message: `"${v.shown}" has region "${v.arn.region}", but IAM ARNs have an empty region, so it never matches; write ${fixed(v, v.arn.account)}`,
    }),
  },
  {
    id: 'PA01',
    when: (v) => hasWildcard(v.arn.account) && v.grants && !!outsiderMatching(v),
    found: (v) => {
      const outsider = outsiderMatching(v)!;
      const concrete = outsider.arn!;
      const where = v.policy.policy.kind === 'rcp' ? ' (a resource control policy: the role escapes the guardrail, not yet granted access)' : '';
      return {
        severity: v.allow ? 'error' : v.policy.policy.kind === 'rcp' ? 'note' : 'warning',
        witness: `${concrete} ${v.allow ? 'passes every condition' : 'is exempt from the Deny'}`,
        message: `account "${v.arn.account}" in "${v.shown}": role and user names are unique only within an account, so any AWS customer can create ${v.arn.resource.split('/').pop()} and ${v.allow ? 'pass every condition of the statement' : 'be exempt from this Deny'}, e.g. ${concrete}${where}; pin the account: ${fixed(v, v.trustedAccounts[0] ?? '<account-id>')}${v.allow ? ', or add StringEquals aws:PrincipalOrgID / aws:PrincipalAccount' : ''}`,
      };
    },
  },
  {
    id: 'PA10',
    when: (v) => !hasWildcard(v.arn.account) && !/^\d{12}$/.test(v.arn.account),
    found: (v) => ({
      severity: 'error',
      message: `account "${v.arn.account}" in "${v.shown}" is not 12 digits, so it never matches; write the 12-digit account id`,
    }),
  },
  {
    id: 'PA17',
    when: (v) => v.arn.resource === 'root' && v.allow,
    found: (v) => ({
      severity: 'warning',
      message: `"${v.shown}" in aws:PrincipalArn matches only the account's root user, unlike in Principal; to allow the whole account use StringEquals aws:PrincipalAccount = "${v.arn.account}"`,
    }),
  },
  {
    id: 'PA10',
    when: (v) => v.arn.resource !== 'root' && badType(v) && !v.arn.resource.includes('/'),
    found: (v) => ({
      severity: 'error',
      message: `"${v.shown}" has no resource type (role/, user/), so it never matches; write ${fixed(v, v.arn.account).replace(v.arn.resource, `role/${v.arn.resource}`)}`,
    }),
  },
  {
    id: 'PA11',
    when: (v) => v.arn.resource !== 'root' && badType(v) && v.arn.resource.includes('/'),
    found: (v) => ({
      severity: 'error',
      message: `"${v.type}" is not a principal type: aws:PrincipalArn holds role, user, federated-user or root ARNs, never ${v.type}s`,
    }),
  },
  {
    id: 'PA05',
    when: (v) => wildName(v) && (/\*[^/]/.test(v.name) || v.name.startsWith('*')),
    found: (v) => {
      const written = `"${v.type}/${v.rest.join('/')}"`;
      // A "*" inside the name (`deploy-*-prod`) stands for any text there, slashes included: only
      // the exact names say which roles are meant.
      if (!v.name.startsWith('*'))
        return {
          severity: 'warning',
          message: `${written} has "*" inside the name, so it also matches roles such as ${v.type}/${v.name.replace(/\*+/g, 'evil')} and ${v.type}/${v.name.replace(/\*+/g, 'team/evil')}; list the exact names`,
        };
      const bare = v.name.replace(/[*?]/g, '');
      return {
        severity: 'warning',
        message: `${written} puts "*" before the name, so it also matches roles such as ${v.type}/evil${bare}; for any path write two values: ${v.type}/${bare} and ${v.type}/*/${bare}`,
      };
    },
  },
  {
    id: 'PA06',
    when: (v) => wildName(v) && !(/\*[^/]/.test(v.name) || v.name.startsWith('*')),
    found: (v) => {
      const prefix = v.name.replace(/[*?].*$/, '');
      return {
        severity: 'warning',
        message: `"${v.type}/${v.rest.join('/')}" matches any ${v.type} whose name starts with "${prefix}", e.g. ${v.type}/${prefix}-anything; list the exact names`,
      };
    },
  },
  {
    id: 'PA09',
    when: (v) => (v.c.base === 'ArnEquals' || v.c.base === 'ArnNotEquals') && hasWildcard(v.value),
    found: (v) => ({
      severity: 'note',
      message: `${v.c.operator} treats "*" and "?" in "${v.shown}" as wildcards, exactly like ${v.c.base.replace('Equals', 'Like')}; write ${v.c.base.replace('Equals', 'Like')} so the pattern reads as one`,
    }),
  },
  {
    id: 'PA12',
    when: (v) => v.grants && v.arn.resource.includes('?') && !hasWildcard(v.arn.account),
    found: (v) => ({
      severity: 'warning',
      message: `"?" in "${v.arn.resource}" matches exactly one character, any character including "/"; write the name literally`,
    }),
  },
  {
    id: 'PA08',
    when: (v) => /^String/.test(v.c.base) && !literalWildcard(v),
    found: (v) => ({
      severity: 'note',
      message: `${v.c.operator} ignores ARN structure; AWS recommends ArnEquals/ArnLike for aws:PrincipalArn`,
    }),
  },
];

function run<X>(checks: Array<ValueCheck<X>>, v: X, out: Check[]): boolean {
  for (const check of checks) {
    if (!check.when(v)) continue;
    out.push({ key: check.id, ...check.found(v) });
    if (check.last) return true;
  }
  return false;
}

/** The checks of iam-semantics §4 on one value, in the table's order; `undecided` when whether an
 * outside role gets in (PA01) depends on an Unknown elsewhere in the statement. */
function checkValue(
  policy: NormalizedPolicy,
  st: Statement,
  c: Condition,
  value: string,
  shown: string,
  trustedAccounts: string[],
  undecided: () => void,
): Check[] {
  const out: Check[] = [];
  const allow = st.effect === 'Allow';
  // An exception list in a Deny (ArnNotLike) lets matching principals through, like an Allow.
  const grants = allow ? !c.negated || broadPrincipal(st) : c.negated;
  const v: ValueContext = { policy, st, c, value, shown, allow, grants, trustedAccounts };
  run(VALUE_CHECKS, v, out);
  const arn = parseArn(value);
  if (!arn) {
    run([NOT_AN_ARN], v, out);
    return out;
  }
  const [type, ...rest] = arn.resource.split('/');
  const av: ArnContext = { ...v, arn, type, rest, name: rest[rest.length - 1] ?? '' };
  run(ARN_CHECKS, av, out);
  if (hasWildcard(arn.account) && grants && outsiderVerdict(av).truth === 'unknown') undecided();
  return out;
}

/** `deploy-ci-*`: a prefix that ends at a delimiter is the fix §4 PA06 itself recommends. Its
 * mirror, `*-fulladmin`, a suffix that starts at one, names roles by the same kind of convention:
 * not the `role/*X` of §4 PA05, written to reach role X under any path, whose fix (role/X and
 * role/ANY-PATH/X) would here name a role called "-fulladmin". */
function namingConvention(name: string): boolean {
  return /^[^*?]+[-_.]\*$/.test(name) || /^\*[-_.][^*?]+$/.test(name);
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
    message: `aws:PrincipalArn values in several partitions (${[...partitions].join(', ')}): a policy is deployed in one, so the others never match; use the partition of the deployment (data.aws_partition in Terraform)`,
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
      message: `the module declares the role as "${declared}", and ARN operators compare case-sensitively, so "${value}" never matches; write ${fixed}`,
    };
  }
  if (path === '/') return undefined;
  return {
    key: 'PA04',
    severity: 'warning',
    message: `role ${declared} is declared here with path "${path}", so its ARN is ${fixed}; "${value}" leaves the path out and never matches — write ${fixed}, or the pair role/${declared} and role/*/${declared}`,
  };
}
