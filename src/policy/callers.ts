import type { Statement } from '../model/policy.js';
import { instantiate, parseArn, witnessAccount } from './arn.js';
import { evaluateConditions, type RequestContext, type Truth } from './conditions.js';

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

function roleCaller(arn: string, account: string, inOrg: boolean, network: boolean, description: string): Caller {
  const values: Record<string, string[]> = {
    'aws:principalarn': [arn],
    'aws:principalaccount': [account],
    'aws:principaltype': ['AssumedRole'],
    'aws:principalisawsservice': ['false'],
    'aws:userid': [`AROAEXAMPLEWITNESS:session`],
  };
  if (inOrg) {
    values['aws:principalorgid'] = ['o-witness0000'];
    values['aws:principalorgpaths'] = ['o-witness0000/r-wit0/'];
  }
  return { description, arn, account, context: context(values, false, network) };
}

/** Callers from outside: anonymous (where the service allows it), a role in a foreign account with
 * and without an organization, and roles built from the policy's own `aws:PrincipalArn` patterns. */
export function outsideCallers(st: Statement, opts: { anonymous: boolean; network: boolean; avoidAccounts: string[] }): Caller[] {
  const callers: Caller[] = [];
  for (const c of st.conditions) {
    if (c.keyLower !== 'aws:principalarn' || c.negated) continue;
    for (const v of c.values) {
      if (typeof v.value !== 'string') continue;
      const arn = parseArn(v.value);
      if (!arn) continue;
      const account = witnessAccount(arn.account, opts.avoidAccounts);
      if (!account) continue;
      const partition = arn.partition.includes('*') || arn.partition.includes('?') ? 'aws' : arn.partition;
      const concrete = `arn:${partition}:${instantiate(arn.service, 'iam')}:${instantiate(arn.region)}:${account}:${instantiate(arn.resource, 'x')}`;
      const name = concrete.split('/').pop();
      const description = `a principal named ${name} in any AWS account, such as ${concrete}`;
      callers.push(roleCaller(concrete, account, false, opts.network, description));
      callers.push(roleCaller(concrete, account, true, opts.network, description));
    }
  }
  const outsider = `arn:aws:iam::${OUTSIDER_ACCOUNT}:role/ExampleRole`;
  const desc = `a role in any other AWS account, such as ${outsider}`;
  callers.push(roleCaller(outsider, OUTSIDER_ACCOUNT, false, opts.network, desc));
  callers.push(roleCaller(outsider, OUTSIDER_ACCOUNT, true, opts.network, `${desc} (in its own organization)`));
  // Where the service takes unsigned requests, the anonymous caller is the widest witness: when it
  // gets in, the message must say "anyone", not "another account" (issue 10 item 6, §1.3).
  if (opts.anonymous) callers.unshift(anonymousCaller(opts.network));
  return callers;
}

/** The first caller that satisfies every condition, or whether some might (unknown). */
export function findWitness(st: Statement, callers: Caller[]): { caller?: Caller; truth: Truth } {
  let sawUnknown = false;
  for (const caller of callers) {
    const t = evaluateConditions(st, caller.context);
    if (t === true) return { caller, truth: true };
    if (t === 'unknown') sawUnknown = true;
  }
  return { truth: sawUnknown ? 'unknown' : false };
}
