import type { Condition, Elem, Statement } from '../model/policy.js';
import { evaluateConditions, type RequestContext, type Truth } from './conditions.js';
import { globMatch } from './glob.js';
import { eksTokens, githubTokens, gitlabTokens, terraformTokens, type Patterns, type Provider, type Token } from './oidc-tokens.js';

/** An issuer as condition keys name it: the provider URL without `https://` (iam-semantics §8.2). */
export interface Issuer {
  host: string;
  provider?: Provider;
  /** A GitLab the organization runs itself: only its users get tokens (§8.3). */
  selfManaged?: boolean;
}

export interface Trusted {
  github: string[];
  gitlab: string[];
  terraform: string[];
}

const WEB_IDENTITY = 'sts:assumerolewithwebidentity';
const EKS = /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/([A-Za-z0-9]+)$/;

/** Keys a caller sets in its own request: the audience (§8.2), the session name, request tags. */
function chosenBy(issuer: string) {
  return (k: string) =>
    k === `${issuer}:aud` ||
    /^(sts:rolesessionname|sts:transitivetagkeys|aws:requesttag\/.*|aws:tagkeys|aws:requestedregion|aws:currenttime|aws:epochtime|aws:securetransport|aws:useragent)$/.test(
      k,
    );
}

/** Whether an Allow or Deny statement covers `sts:AssumeRoleWithWebIdentity`; `sts:AssumeRole`
 * alone does not (§8.1). Unknown when an action is not resolved. */
export function coversWebIdentity(st: Statement): Truth {
  const hits = (list: Elem[]) => {
    let unknown = false;
    for (const a of list) {
      if (typeof a.value !== 'string') unknown = true;
      else if (globMatch(a.value.toLowerCase(), WEB_IDENTITY)) return true;
    }
    return unknown ? 'unknown' : false;
  };
  if (st.notActions) {
    const h = hits(st.notActions);
    return h === 'unknown' ? h : !h;
  }
  return hits(st.actions ?? []);
}

export function classify(host: string, subPatterns: string[]): Issuer {
  const h = host.toLowerCase();
  if (h === 'token.actions.githubusercontent.com') return { host: h, provider: 'github' };
  if (h === 'gitlab.com') return { host: h, provider: 'gitlab' };
  if (h === 'app.terraform.io') return { host: h, provider: 'terraform' };
  if (EKS.test(h)) return { host: h, provider: 'eks' };
  // A self-managed GitLab is known by its name or by GitLab's sub format (§8.3).
  if (/(^|[./-])gitlab([./-]|$)/.test(h) || (subPatterns.length && subPatterns.every((s) => s.startsWith('project_path:'))))
    return { host: h, provider: 'gitlab', selfManaged: true };
  return { host: h };
}

/** The issuer host of a `Federated` principal: an IAM OIDC provider ARN or a built-in name. */
export function issuerOfPrincipal(value: string): string | undefined {
  const m = /^arn:[^:]+:iam::[^:]*:oidc-provider\/(.+)$/.exec(value);
  if (m) return m[1].toLowerCase();
  if (value.startsWith('arn:')) return undefined; // a SAML provider or something else: not web identity
  return value.toLowerCase();
}

/** Issuers named by the statement's condition keys (`<issuer>:<claim>`). */
export function issuersInConditions(st: Statement): string[] {
  const out = new Set<string>();
  for (const c of st.conditions) {
    const i = c.keyLower.lastIndexOf(':');
    const host = c.keyLower.slice(0, i);
    if (i > 0 && host.includes('.')) out.add(host);
  }
  return [...out];
}

/** A literal value (no wildcard) under a positive String operator: admits one `sub` at most. */
const pinsLiterally = (c: Condition) =>
  !c.negated &&
  !c.ifExists &&
  !c.set &&
  /^String(Equals|Like)$/.test(c.base) &&
  c.values.length > 0 &&
  c.values.every((v) => typeof v.value === 'string' && !/[*?]/.test(v.value));

/**
 * A `<Unknown>:sub` condition key (`"${replace(aws_iam_openid_connect_provider.x.url, "https://", "")}:sub"`)
 * pinned to literal values: in a web-identity request the only key ending in `:sub` is the token
 * issuer's `sub` claim (§8.2), so whatever issuer the Unknown names, either it is the token's and
 * `sub` is pinned, or the key is absent and the positive operator admits nobody (§2.2). Who can
 * assume is then one subject at most, for every value of the Unknown.
 */
export function subPinnedWhateverIssuer(st: Statement): boolean {
  return (st.keyUnknownConditions ?? []).some((c) => c.keyLower.endsWith(':sub') && pinsLiterally(c));
}

export function subConditions(st: Statement, host: string): Condition[] {
  return st.conditions.filter((c) => c.keyLower === `${host}:sub`);
}

export function patternsFor(st: Statement, host: string, positiveOnly = false): Patterns {
  const strings = (key: string) =>
    st.conditions
      .filter((c) => c.keyLower === key && !(positiveOnly && c.negated))
      .flatMap((c) => c.values.flatMap((v) => (typeof v.value === 'string' ? [v.value] : [])));
  return { sub: strings(`${host}:sub`), repository: strings(`${host}:repository`) };
}

/** `shownHost` is the issuer as written, for messages (EKS cluster ids keep their case). */
export function tokensFor(issuer: Issuer, p: Patterns, trusted: Trusted, shownHost = issuer.host): Token[] {
  switch (issuer.provider) {
    case 'github':
      return githubTokens(p, trusted.github);
    case 'gitlab':
      return gitlabTokens(p, trusted.gitlab, issuer.host);
    case 'terraform':
      return terraformTokens(p, trusted.terraform);
    case 'eks':
      return eksTokens(p, shownHost.split('/').pop()!);
    default:
      return [];
  }
}

export function tokenContext(host: string, token: Token): RequestContext {
  return {
    values: new Map(Object.entries(token.claims).map(([claim, v]) => [`${host}:${claim}`, [v]])),
    chosen: chosenBy(host),
  };
}

/** True when the statement's conditions hold for the token; a statement part policylint could not
 * resolve (a whole Condition block, say) caps the answer at Unknown. */
function holds(st: Statement, ctx: RequestContext): Truth {
  const t = evaluateConditions(st, ctx);
  return t === true && st.unknownParts.some((p) => p.includes('Condition')) ? 'unknown' : t;
}

/** The first token the Allow admits and no Deny of the same policy stops, by scope order. */
export function findTokenWitness(allow: Statement, denies: Statement[], host: string, tokens: Token[]): { token?: Token; truth: Truth } {
  let sawUnknown = false;
  for (const token of tokens) {
    const ctx = tokenContext(host, token);
    let t = holds(allow, ctx);
    for (const d of denies) {
      if (t === false) break;
      const stop = holds(d, ctx);
      if (stop === true) t = false;
      else if (stop === 'unknown') t = 'unknown';
    }
    if (t === true) return { token, truth: true };
    if (t === 'unknown') sawUnknown = true;
  }
  return { truth: sawUnknown ? 'unknown' : false };
}

/** Deny statements that can apply to a web identity of this issuer (any unknown part counts). */
export function deniesFor(statements: Statement[], host: string): Statement[] {
  return statements.filter((s) => {
    if (s.effect !== 'Deny' || coversWebIdentity(s) === false) return false;
    const p = s.principal;
    if (!p || p.star || p.unknown) return true;
    return p.entries.some((e) => typeof e.elem.value !== 'string' || (e.type === 'Federated' && issuerOfPrincipal(e.elem.value) === host));
  });
}

export interface Target {
  host?: string;
  /** The issuer as written, for messages (keys match case-insensitively, §2.1). */
  shown?: string;
  /** Where to report when no `sub` condition exists: the principal entry. */
  path: string;
  unresolved?: string;
}

/** The issuers a statement admits (`providers`: OIDC provider resources of the module → issuer): each `Federated` provider, or for `"*"` those its keys name (§8.1). */
export function webIdentityTargets(st: Statement, providers: Map<string, string> = new Map()): Target[] {
  const p = st.principal;
  if (!p) return [];
  const named = issuersInConditions(st);
  if (p.star) return named.map((host) => ({ host, shown: shownIssuer(st, host), path: p.path }));
  const out: Target[] = [];
  for (const e of p.entries) {
    if (e.type !== 'Federated') continue;
    const v = e.elem.value;
    if (typeof v === 'string') {
      const host = issuerOfPrincipal(v);
      if (host) out.push({ host, shown: v.slice(v.length - host.length), path: e.elem.path });
      continue;
    }
    // aws_iam_openid_connect_provider.x.arn: the module says which issuer it is.
    const ref = /aws_iam_openid_connect_provider\.[\w-]+/.exec(v.ref ?? v.text)?.[0];
    const host = ref && [...providers].find(([address]) => address === ref || address.endsWith(`.${ref}`))?.[1];
    if (host) out.push({ host, shown: shownIssuer(st, host), path: e.elem.path });
    else if (named.length === 1) out.push({ host: named[0], shown: shownIssuer(st, named[0]), path: e.elem.path });
    else out.push({ path: e.elem.path, unresolved: v.text });
  }
  return out;
}

function shownIssuer(st: Statement, host: string): string {
  const key = st.conditions.find((c) => c.keyLower.startsWith(`${host}:`))?.key;
  return key ? key.slice(0, host.length) : host;
}
