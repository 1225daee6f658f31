import {
  conditionSummary,
  defineRule,
  denialOf,
  denyStatements,
  describeActions,
  expandAction,
  findWitness,
  ORGANIZATION_KINDS,
  outsideCallers,
  acceptsAnonymous,
  policySlot,
  opaquePrincipal,
  resourceInfo,
  whoUnknowns,
  type Found,
  type NormalizedPolicy,
  type Statement,
} from './api.js';

const CHECKS = {
  WP01: 'Allow with NotPrincipal: every principal not listed, anonymous callers included',
  WP02: 'Principal "*" in an Allow that an outside caller (a witness) satisfies',
  WP03: 'Principal "*" limited only by the network: conditions on the IP range or VPC, or a domain inside a VPC',
  WP04: 'Principal "*" whose verdict depends on values policylint cannot resolve (--strict, note)',
};
type CheckId = keyof typeof CHECKS;

/**
 * An Allow whose principal is everyone (`"*"`, `{"AWS": "*"}`, `principals { type = "*" }`) and
 * whose conditions an outside caller satisfies (iam-semantics §1.3, §2.2, §3.2). The rule proves
 * it with a witness; pinned statements, Deny statements and Unknown values stay silent.
 */
export const wildcardPrincipal = defineRule<Record<string, never>, CheckId>({
  meta: {
    id: 'wildcard-principal',
    name: 'WildcardPrincipal',
    description: 'A "*" principal that no condition pins to accounts, an organization or principals',
    severity: 'error',
    tags: ['security', 'iam', 'public-access'],
    precision: 'high',
    securitySeverity: 8.8,
    fix: 'Name the principals, or pin "*" with aws:PrincipalOrgID, aws:PrincipalAccount or aws:PrincipalArn with a literal account (aws:SourceAccount / aws:SourceArn for service principals).',
    semantics: ['§1.1', '§1.2', '§1.3', '§2.2', '§3.2'],
  },
  checks: CHECKS,
  // Identity policies have no principal to open; organization policies (SCP, RCP) are guardrails
  // that restrict, never grant (iam-semantics §1.1, §4). Who gets in never depends on the Resource.
  unknowns: { judges: (p) => p.policy.kind !== 'identity' && !ORGANIZATION_KINDS.has(p.policy.kind), ignores: ['Sid', 'Resource', 'NotResource'] },
  async create(ctx) {
    for (const policy of ctx.policies) {
      if (policy.policy.kind === 'identity' || ORGANIZATION_KINDS.has(policy.policy.kind)) continue;
      for (const st of policy.statements) {
        // A Deny opens nothing, whatever its Unknowns; an Unknown Effect is the engine's to name.
        if (st.effect === 'Deny') ctx.judged(policy, st);
        if (st.effect !== 'Allow') continue;
        if (st.notPrincipal && !st.notPrincipal.unknown) ctx.report(notPrincipal(policy, st));
        const star = starPath(st);
        if (star !== undefined && grantsNothing(policy)) {
          ctx.judged(policy, st);
          continue;
        }
        if (star === undefined) {
          // `Principal = { AWS = var.p }` may be "*": who gets in is not known.
          const open = (st.principal && opaquePrincipal(st.principal)) || (st.notPrincipal && opaquePrincipal(st.notPrincipal));
          if (open) ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st, ['Principal', 'NotPrincipal']) });
          // Named principals (an account root written as a template included): never everyone.
          else ctx.judged(policy, st);
          continue;
        }
        if (await publicReadOnly(policy, st)) {
          ctx.judged(policy, st);
          continue;
        }
        const report = witnessReport(policy, st, star, ctx.trustedAccounts);
        if (report === 'unknown') ctx.undecided({ policy, statement: st, unknowns: deciding(policy, st), noted: ctx.strict });
        else if (report) ctx.report(report);
        // No outside caller satisfies the statement whatever its Unknowns: decided, silent.
        else ctx.judged(policy, st);
        if (report === 'unknown' && ctx.strict) ctx.report(undecidedNote(policy, st, star));
      }
    }
  },
});

/** The Unknowns that decide who gets in: the Allow's, and those of the Deny statements beside it. */
function deciding(policy: NormalizedPolicy, st: Statement): string[] {
  return [...new Set([...whoUnknowns(st), ...denyStatements(policy.statements).flatMap((d) => whoUnknowns(d, ['Principal', 'NotPrincipal', 'Condition']))])];
}

function starPath(st: Statement): string | undefined {
  const p = st.principal;
  if (!p) return undefined;
  if (p.star) return p.path;
  return p.entries.find((e) => e.type === 'AWS' && e.elem.value === '*')?.elem.path;
}

/** A VPC endpoint policy filters what passes the endpoint: "*" is its default and grants nothing. */
function grantsNothing(policy: NormalizedPolicy): boolean {
  return policySlot(policy.policy.resourceType, policy.policy.kind)?.filter === true;
}

/** Access levels (iam-data) that only read what an ECR Public repository already shows everyone. */
const PUBLIC_READ_LEVELS = new Set(['Read', 'List']);

/**
 * An ECR Public repository is public for pull by design (iam-semantics §1.3): a `"*"` granting only
 * Read and List actions of `ecr-public` (or names it does not define, which grant nothing, §9)
 * exposes nothing the repository does not already. Any other
 * action (push, policy, delete: Write, Permissions management, Tagging), another service, a
 * wildcard reaching one of those, `NotAction` or an Unknown action leaves the statement to the witness.
 */
async function publicReadOnly(policy: NormalizedPolicy, st: Statement): Promise<boolean> {
  if (resourceInfo(policy.policy.resourceType)?.service !== 'ecr-public' || st.notActions || !st.actions?.length) return false;
  for (const a of st.actions) {
    if (typeof a.value !== 'string' || !a.value.toLowerCase().startsWith('ecr-public:')) return false;
    // A name ecr-public does not define matches no request: it grants nothing (§9).
    const infos = await expandAction(a.value);
    if (!infos || !infos.every((i) => i.accessLevels.every((l) => PUBLIC_READ_LEVELS.has(l)))) return false;
  }
  return true;
}

/** The service prefixes the statement's actions name; none when any is Unknown or `*`. */
function actionServices(st: Statement): string[] {
  const services: string[] = [];
  // Stryker disable next-line ArrayDeclaration: with no Action (NotAction) the services are none either way; a made-up element names no service and ends the loop with none
  for (const a of st.actions ?? []) {
    // Stryker disable next-line ArrayDeclaration: any list without a service that takes unsigned requests is read as none (acceptsAnonymous)
    if (typeof a.value !== 'string' || !a.value.includes(':')) return [];
    services.push(a.value.slice(0, a.value.indexOf(':')));
  }
  return services;
}

function notPrincipal(policy: NormalizedPolicy, st: Statement): Found<CheckId> {
  // Anonymous callers only where the service takes unsigned requests (issue 10 item 6).
  const who = acceptsAnonymous(policy.policy.resourceType, actionServices(st)) ? 'including anonymous callers' : 'in every AWS account';
  return {
    check: 'WP01',
    policy,
    path: st.notPrincipal!.path,
    message:
      `Allow with NotPrincipal grants every principal not listed, ${who}, and AWS no longer supports it; ` +
      'use "Principal" with the principals that need access, or Principal "*" pinned by aws:PrincipalArn / aws:PrincipalOrgID',
    key: 'not-principal',
  };
}

function undecidedNote(policy: NormalizedPolicy, st: Statement, path: string): Found<CheckId> {
  return {
    check: 'WP04',
    policy,
    path,
    severity: 'note',
    message: `Principal "*" in an Allow: whether an outside caller gets in depends on ${deciding(policy, st).join(', ') || (policy.policy.fineGrained === 'unknown' ? "whether the domain's fine-grained access control is on (advanced_security_options), values" : 'values')} that policylint cannot resolve (--strict); check that the conditions pin your accounts or organization`,
    key: `${st.sid ?? ''}:unknown`,
  };
}

/** A finding, nothing (no outside caller gets in), or 'unknown' (an Unknown could let one in). */
function witnessReport(policy: NormalizedPolicy, st: Statement, path: string, avoid: string[]): Found<CheckId> | 'unknown' | undefined {
  // The anonymous caller only where the service takes unsigned requests (the catalogue's word, or
  // the services the actions name): ECR needs a token from an IAM policy first, so "*" there
  // means every authenticated AWS customer, never the anonymous internet (§1.3).
  const anonymous = acceptsAnonymous(policy.policy.resourceType, actionServices(st));
  // "Allow *" beside "Deny unless from my VPC endpoint or organization": the Deny decides too.
  const denied = denialOf(policy.statements, st);
  const direct = findWitness(st, outsideCallers(st, { anonymous, network: false, avoidAccounts: avoid }), denied);
  const actions = describeActions(st);
  // Fine-grained access control authenticates whoever the policy lets through, and maps them to
  // roles: AWS recommends this very open policy with it (OpenSearch Service, "Fine-grained access
  // control"). Whether it is on may be Unknown.
  const guarded = policy.policy.fineGrained;
  if (guarded === 'on') return undefined;
  if (guarded === 'unknown' && direct.caller) return 'unknown';
  if (direct.caller && policy.policy.network === 'vpc') return inVpc(policy, path, st, direct.caller.description, actions);
  // The catalogue's word, whichever way the policy was found (a .tf resource, a plan).
  if (direct.caller && resourceInfo(policy.policy.resourceType)?.network === 'lattice') return inLattice(policy, path, st, direct.caller.description, actions);
  if (direct.caller) {
    return {
      check: 'WP02',
      policy,
      path,
      message: `Principal "*" in an Allow is not pinned to your accounts: ${direct.caller.description}, can run ${actions}${conditionSummary(st)}. Pin it with aws:PrincipalOrgID or aws:PrincipalAccount, or name the principals`,
      witness: `${direct.caller.description} can run ${actions}`,
      key: `${st.sid ?? ''}:${direct.caller.description}`,
    };
  }
  if (direct.truth === 'unknown') return 'unknown';
  const viaNetwork = findWitness(st, outsideCallers(st, { anonymous, network: true, avoidAccounts: avoid }), denied);
  if (!viaNetwork.caller) return undefined;
  if (guarded === 'unknown') return 'unknown';
  return {
    check: 'WP03',
    policy,
    path,
    severity: 'warning',
    message: `Principal "*" is limited only by network conditions: ${viaNetwork.caller.description}, can run ${actions} from the network the policy's conditions allow; an IP range or VPC does not say who the principal is. Pin it with aws:PrincipalOrgID or aws:PrincipalAccount`,
    witness: `${viaNetwork.caller.description} can run ${actions} from the allowed network`,
    key: `${st.sid ?? ''}:network`,
  };
}

/** A VPC Lattice service (network) answers only requests sent from the VPCs associated with its
 * service network: "*" there is everyone who can send from those VPCs, which AWS's own example
 * auth policy allows when they are signed. */
function inLattice(policy: NormalizedPolicy, path: string, st: Statement, caller: string, actions: string): Found<CheckId> {
  return {
    check: 'WP03',
    policy,
    path,
    severity: 'warning',
    message: `Principal "*" is limited only by the network: a VPC Lattice service answers requests from the VPCs associated with its service network, so ${caller}, can run ${actions}${conditionSummary(st)} from any of those VPCs; an association says where from, not who. Name the principals, or pin "*" with aws:PrincipalOrgID or aws:PrincipalAccount`,
    witness: `${caller} can run ${actions} from a VPC associated with the service network`,
    key: `${st.sid ?? ''}:lattice`,
  };
}

/** A domain inside a VPC answers only what its security groups let connect, and AWS takes no IP
 * condition there: the network is the only limit, as with WP03's conditions, not the internet. */
function inVpc(policy: NormalizedPolicy, path: string, st: Statement, caller: string, actions: string): Found<CheckId> {
  return {
    check: 'WP03',
    policy,
    path,
    severity: 'warning',
    message: `Principal "*" is limited only by the network: the domain may sit in a VPC (vpc_options), so ${caller}, can run ${actions}${conditionSummary(st)} once it can connect to the domain's endpoint; a security group says what may connect, not who the principal is. Name the principals, or pin "*" with aws:PrincipalOrgID or aws:PrincipalAccount`,
    witness: `${caller} can run ${actions} from inside the domain's VPC`,
    key: `${st.sid ?? ''}:vpc`,
  };
}
