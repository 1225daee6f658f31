import type { Principals, Statement } from '../model/policy.js';
import { PARTITIONS, instantiate, parseArn, witnessAccount } from './arn.js';
import { globMatch } from './glob.js';
import { allTrue, anyTrue, evaluateConditions, not, widestPattern, type RequestContext, type Truth } from './conditions.js';

/** A concrete caller outside the owner's accounts, used to prove that a policy lets it in. */
export interface Caller {
  /** How the message names it, e.g. "an anonymous caller (no aws:PrincipalArn)". */
  description: string;
  arn?: string;
  account?: string;
  context: RequestContext;
}

/** Keys a caller controls in its own request (iam-semantics §3.2 lists which principal keys exist). */
const CALLER_CHOSEN =
  /^(aws:securetransport|aws:requestedregion|aws:currenttime|aws:epochtime|aws:useragent|aws:referer|aws:requesttag\/.*|aws:tagkeys|aws:tokenissuetime|aws:multifactorauthage)$/;
const OWN_IDENTITY_CHOSEN = /^(aws:principaltag\/.*|aws:multifactorauthpresent)$/;
/** The caller can send from any network, but an IP or VPC condition does say where from. */
const NETWORK_KEYS = /^(aws:sourceip|aws:sourcevpc|aws:sourcevpce|aws:vpcsourceip|aws:sourcevpcarn)$/;

function context(values: Record<string, string[]>, anonymous: boolean, network: boolean): RequestContext {
  return {
    values: new Map(Object.entries(values)),
    chosen: (k) => CALLER_CHOSEN.test(k) || (!anonymous && OWN_IDENTITY_CHOSEN.test(k)) || (network && NETWORK_KEYS.test(k)),
  };
}

const OUTSIDER_ACCOUNT = '000000000000';

/** An unsigned request: no aws:PrincipalArn, and aws:PrincipalAccount "anonymous" (iam-semantics §3.2). */
function anonymousCaller(network: boolean): Caller {
  return {
    description: 'anyone, with an unsigned (anonymous) request',
    context: context({ 'aws:principalaccount': ['anonymous'], 'aws:principaltype': ['Anonymous'], 'aws:userid': ['anonymous'] }, true, network),
  };
}

/** aws:PrincipalType and aws:userid of the principal an ARN names, as AWS sets them in the request
 * (IAM policy elements reference, "aws:userid"): a role's session, an IAM user, an account's root,
 * a federated user. A pattern that names users must be answered by a user, not a role session. */
function identityOf(arn: string, account: string): { type: string; userid: string } {
  const resource = parseArn(arn)?.resource ?? '';
  if (resource === 'root') return { type: 'Account', userid: account };
  if (resource.startsWith('user/')) return { type: 'User', userid: 'AIDAEXAMPLEWITNESS' };
  if (resource.startsWith('federated-user/')) return { type: 'FederatedUser', userid: `${account}:${resource.slice('federated-user/'.length)}` };
  return { type: 'AssumedRole', userid: 'AROAEXAMPLEWITNESS:session' };
}

function roleCaller(arn: string, account: string, inOrg: boolean, network: boolean, description: string): Caller {
  const who = identityOf(arn, account);
  const values: Record<string, string[]> = {
    'aws:principalarn': [arn],
    'aws:principalaccount': [account],
    'aws:principaltype': [who.type],
    'aws:principalisawsservice': ['false'],
    'aws:userid': [who.userid],
  };
  if (inOrg) {
    values['aws:principalorgid'] = ['o-witness0000'];
    values['aws:principalorgpaths'] = ['o-witness0000/r-wit0/'];
  }
  return { description, arn, account, context: context(values, false, network) };
}

export interface CallerOptions {
  /** Whether the caller may send from any network (IP and VPC conditions pass). */
  network: boolean;
  /** Accounts that are not outsiders (trusted accounts): never chosen as a witness's account. */
  avoidAccounts: string[];
}

/** Roles an `aws:PrincipalArn` pattern with a wildcard account lets in from outside — one in an
 * organization and one in none — or none when the pattern pins the account. */
export function patternCallers(pattern: string, opts: CallerOptions): Caller[] {
  // Callers are read-only: the same pattern (a module's policies repeat it) builds them once.
  const key = `${pattern}\u0000${opts.network}\u0000${opts.avoidAccounts.join(',')}`;
  let callers = patternCache.get(key);
  if (!callers) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the cache is cleared only bounds memory; every caller is rebuilt the same
    if (patternCache.size > 10_000) patternCache.clear();
    callers = buildPatternCallers(pattern, opts);
    patternCache.set(key, callers);
  }
  return callers;
}

const patternCache = new Map<string, Caller[]>();

/** The names CreateRole and CreateUser accept (IAM API reference, RoleName / UserName:
 * `[\w+=,.@-]+`, 1 to 64 characters); a path may hold more, the name after it may not. */
const CREATABLE_NAME = /^[\w+=,.@-]{1,64}$/;

function buildPatternCallers(pattern: string, opts: CallerOptions): Caller[] {
  const arn = parseArn(pattern);
  if (!arn) return [];
  const account = witnessAccount(arn.account, opts.avoidAccounts);
  if (!account) return [];
  // A principal's ARN is in a real partition: a wildcard one is filled with a partition it matches
  // (`aws-*` is aws-cn or aws-us-gov, never aws), and a pattern no partition matches admits no one.
  const partition = PARTITIONS.find((p) => globMatch(arn.partition, p));
  if (!partition) return [];
  const concrete = `arn:${partition}:${instantiate(arn.service, 'iam')}:${instantiate(arn.region)}:${account}:${instantiate(arn.resource, 'x')}`;
  const name = concrete.split('/').pop();
  // A role or user name only AWS can give (`aws:ec2-infrastructure`, the role EC2 acts as in every
  // account): no customer can create it, so no one outside matches the pattern.
  if (/^(role|user)\//.test(arn.resource) && !CREATABLE_NAME.test(name ?? '')) return [];
  const description = `a principal named ${name} in any AWS account, such as ${concrete}`;
  return [roleCaller(concrete, account, false, opts.network, description), roleCaller(concrete, account, true, opts.network, description)];
}

/** A role in a foreign account, outside any organization and inside its own. */
export function foreignRoles(network: boolean): Caller[] {
  return (foreign[String(network)] ??= buildForeignRoles(network));
}

const foreign: Record<string, Caller[]> = {};
const anonymousCallers: Record<string, Caller> = {};

function buildForeignRoles(network: boolean): Caller[] {
  const outsider = `arn:aws:iam::${OUTSIDER_ACCOUNT}:role/ExampleRole`;
  const desc = `a role in any other AWS account, such as ${outsider}`;
  return [
    roleCaller(outsider, OUTSIDER_ACCOUNT, false, network, desc),
    roleCaller(outsider, OUTSIDER_ACCOUNT, true, network, `${desc} (in its own organization)`),
  ];
}

/** Callers from outside: anonymous (where the service allows it), a role in a foreign account with
 * and without an organization, and roles built from the policy's own `aws:PrincipalArn` patterns —
 * an Unknown pattern by its widest reading (`arn:aws:iam::${var.account}:role/x` may be any
 * account's role/x), so the search says 'unknown' exactly when the Unknown could let one in. */
export function outsideCallers(st: Statement, opts: CallerOptions & { anonymous: boolean }): Caller[] {
  const callers: Caller[] = [];
  for (const c of st.conditions) {
    if (c.keyLower !== 'aws:principalarn' || c.negated) continue;
    for (const v of c.values) {
      const pattern = typeof v.value === 'string' && !v.value.includes('${') ? v.value : widestPattern(v);
      if (pattern !== undefined) callers.push(...patternCallers(pattern, opts));
    }
  }
  callers.push(...foreignRoles(opts.network));
  // Where the service takes unsigned requests, the anonymous caller is the widest witness: when it
  // gets in, the message must say "anyone", not "another account" (issue 10 item 6, §1.3).
  if (opts.anonymous) callers.unshift((anonymousCallers[String(opts.network)] ??= anonymousCaller(opts.network)));
  return callers;
}

/**
 * The first caller that the whole statement lets in — its Principal (or NotPrincipal) and every
 * condition together (§2.1: a condition block is an AND) — or whether some might ('unknown': an
 * Unknown value that could pin the caller out). No rule judges one element on its own. With
 * `denied`, the policy's Deny statements count too.
 */
export function findWitness(st: Statement, callers: Caller[], denied?: (caller: Caller) => Truth): { caller?: Caller; truth: Truth } {
  let sawUnknown = false;
  for (const caller of callers) {
    const t = admitsDespite(st, caller, denied);
    if (t === true) return { caller, truth: true };
    if (t === 'unknown') sawUnknown = true;
  }
  return { truth: sawUnknown ? 'unknown' : false };
}

/** Whether the statement lets the caller in and no Deny of its policy stops it: a Deny that
 * stops the caller wins over the Allow (policy/denies.ts). */
export function admitsDespite(st: Statement, caller: Caller, denied?: (caller: Caller) => Truth): Truth {
  const admitted = admits(st, caller);
  // The Denies are asked only about a caller the Allow lets in.
  return denied && admitted !== false ? allTrue([admitted, not(denied(caller))]) : admitted;
}

/** Whether the statement applies to this caller: principal and conditions (three-valued). */
export function admits(st: Statement, caller: Caller): Truth {
  const principal = st.notPrincipal ? not(namedIn(st.notPrincipal, caller)) : st.principal ? principalAdmits(st.principal, caller) : true;
  if (principal === false) return false;
  return allTrue([principal, evaluateConditions(st, caller.context)]);
}

/** Whether a Principal element names this caller (§1.1): "*" everyone (anonymous callers too),
 * an account id or `:root` ARN every principal of that account, a role or user ARN that one. */
export function principalAdmits(p: Principals, caller: Caller): Truth {
  if (p.star) return true;
  // A list of bare strings is rejected by IAM (principal-grammar): it lets no one in.
  if (p.list) return false;
  const t = namedIn(p, caller);
  // An Unknown principal object (`{ AWS = var.p }` gives no entries) may name anyone.
  return t === false && p.unknown && !p.entries.length ? 'unknown' : t;
}

function namedIn(p: Principals, caller: Caller): Truth {
  return anyTrue(
    p.entries.map(({ type, elem }): Truth => {
      // A template (`arn:aws:iam::${local.partner}:root`) names one principal, never "*" (a
      // wildcard inside a principal ARN is rejected, §1.1): an arbitrary outsider is not it.
      if (typeof elem.value !== 'string') return type === 'AWS' && couldBeAnyone(elem) ? 'unknown' : false;
      if (type !== 'AWS') return false;
      const v = elem.value;
      if (v === '*') return true;
      if (!caller.account) return false;
      if (/^\d{12}$/.test(v)) return v === caller.account;
      const arn = parseArn(v);
      if (!arn) return false;
      if (arn.resource === 'root') return arn.account === caller.account;
      return v === caller.arn;
    }),
  );
}

function couldBeAnyone(elem: Principals['entries'][number]['elem']): boolean {
  const widest = widestPattern(elem);
  return widest === undefined || widest.replace(/\*+/g, '*') === '*';
}
