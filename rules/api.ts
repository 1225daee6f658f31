/**
 * The rule API: everything a rule needs, from one place (docs/ARCHITECTURE.md). A rule is
 * `defineRule({ meta, checks, messages, options, create })`, in the manner of typescript-eslint's
 * `createRule`: typed options with defaults and a JSON schema, message ids with `{{data}}`
 * placeholders, and a stable id for every distinct check, carried by each finding as `checkId`.
 */
import type { Report, RuleMeta, Severity } from '../src/model/finding.js';
import type { Elem, NormalizedPolicy, Statement } from '../src/model/policy.js';
import type { Origin, UnknownValue, Value } from '../src/model/value.js';
import type { IamGraph } from '../src/extract/iam-graph-merge.js';
import { childPath } from '../src/model/paths.js';

export type { Report, RuleMeta, Severity } from '../src/model/finding.js';
export type { Condition, Elem, NormalizedPolicy, Policy, Principals, Statement } from '../src/model/policy.js';
export { refAddress, type Origin, type Value } from '../src/model/value.js';
export { mergeGraphs, type IamGraph } from '../src/extract/iam-graph-merge.js';
export { acceptsAnonymous, ORGANIZATION_KINDS, policySlot, resourceInfo, type ResourceInfo } from '../src/model/aws-resources.js';
export { hasWildcard, globMatch } from '../src/policy/glob.js';
export { PARTITIONS, parseArn, witnessAccount, instantiate, arnLike } from '../src/policy/arn.js';
export { admits, admitsDespite, findWitness, foreignRoles, outsideCallers, patternCallers, type Caller } from '../src/policy/callers.js';
export { denialOf, denyStatements } from '../src/policy/denies.js';
export { describeActions, conditionSummary, opaquePrincipal, unknownTexts, whoUnknowns } from '../src/policy/describe.js';
export { expandAction, serviceActions, ecrHarm, ECR_HARMFUL, ECR_PULL, ECR_PUSH, ECS_TASK_EXECUTION, type ActionInfo } from '../src/policy/actions.js';
export { allTrue, evaluateConditions, not, widestPattern, type Truth } from '../src/policy/conditions.js';
export {
  classify,
  coversWebIdentity,
  deniesFor,
  findTokenWitness,
  patternsFor,
  subConditions,
  subPinnedWhateverIssuer,
  tokensFor,
  webIdentityTargets,
  type Issuer,
  type Target,
  type Trusted,
} from '../src/policy/web-identity.js';
export { pinFor, type Token } from '../src/policy/oidc-tokens.js';
export { roleCapabilities } from '../src/policy/capabilities.js';
export { arnMatchesFormat, formatService } from '../src/policy/arn-format.js';
export {
  conditionEffect,
  elementEffect,
  multivalued,
  CONDITION_OPERATORS,
  operatorFamily,
  operatorNameProblem,
  truthWhenAbsent,
  truthWhenNeverMatching,
  wrongFamily,
} from '../src/policy/condition-types.js';
export { need, settle } from '../src/policy/settled.js';
export {
  actionKeys,
  allServices,
  closest,
  editDistance,
  globalKeys,
  keyPattern,
  listedByAnAction,
  listedByItsService,
  lookupKey,
  resourceFormat,
  rootFormats,
  serviceKeys,
} from '../src/policy/iam-names.js';

/** Options every rule sees, from the command line and `.policylintrc`. */
export interface RuleOptions {
  trustedAccounts: string[];
  strict: boolean;
  /** Per-rule options from `.policylintrc`, validated against each rule's `meta.options`. */
  rules?: Record<string, Record<string, unknown>>;
}

export interface RuleInput {
  policies: NormalizedPolicy[];
  graphs: Array<{ graph: IamGraph; policies: NormalizedPolicy[] }>;
  options: RuleOptions;
  /** Where a rule says which statement it could not judge; the engine counts them and, with
   * `--strict`, names each one in an `unresolved` note (Unknown is a third answer). */
  undecided?: (ruleId: string, u: Undecided) => void;
}

/** A statement a rule could not judge because of an Unknown that could change its verdict. */
export interface Undecided {
  policy: NormalizedPolicy;
  statement: Statement;
  /** The expressions that stopped it, as written (`var.p`), with their JSON path when known. */
  unknowns: Array<string | UnknownAt>;
  /** The rule made a `--strict` note of its own (WP04): counted, not said twice. */
  noted?: boolean;
}

/** One Unknown of a statement: the expression as written, and where it sits in the policy. */
export interface UnknownAt {
  text: string;
  path: string;
}

/** Every Unknown of a statement, leaf by leaf, except in the elements listed (`Resource`, ...). */
export function statementUnknowns(st: Statement, ignore: readonly string[] = []): UnknownAt[] {
  const out: UnknownAt[] = [];
  const walk = (v: Value, path: string) => {
    if (v.kind === 'unknown') out.push({ text: v.text, path });
    else if (v.kind === 'list') v.items.forEach((it, i) => walk(it, childPath(path, i)));
    else if (v.kind === 'object') for (const e of v.entries) walk(e.value, childPath(path, e.key));
  };
  if (st.node.kind !== 'object') walk(st.node, st.path);
  else for (const e of st.node.entries) if (!ignore.includes(e.key)) walk(e.value, childPath(st.path, e.key));
  return out;
}

/** What the registry holds: metadata, and a check unless the engine itself makes the findings. */
export interface Rule {
  meta: RuleMeta;
  check?(input: RuleInput): Report[] | Promise<Report[]>;
}

/** The known string of a policy element, or undefined when policylint could not resolve it:
 * a rule then stays silent (Unknown is a third answer, design §1). */
export function known(e: Elem | undefined): string | undefined {
  return e && typeof e.value === 'string' ? e.value : undefined;
}

export function isUnknown(v: string | UnknownValue | Value | undefined): v is UnknownValue {
  return typeof v === 'object' && v !== null && v.kind === 'unknown';
}

/** `{{name}}` in a message template, filled from `data`. */
export function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

type Schema = Record<string, unknown>;

/** The statements a rule neither judged nor said it could not judge, named with their Unknowns. */
function accountUnknowns<O extends Record<string, unknown>, C extends string, M extends string>(
  def: RuleDefinition<O, C, M>,
  input: RuleInput,
  reports: Report[],
  settled: Set<Statement>,
  vouched: Set<Statement>,
) {
  const ignores = def.unknowns?.ignores ?? [];
  for (const policy of input.policies) {
    if (def.unknowns?.judges && !def.unknowns.judges(policy, input)) continue;
    for (const st of policy.statements) {
      if (settled.has(st) || vouched.has(st) || !st.unknownParts.length) continue;
      const within = (p: string | undefined) => p !== undefined && (p === st.path || p.startsWith(`${st.path}.`) || p.startsWith(`${st.path}[`));
      if (reports.some((r) => r.policy === policy && within(r.path))) continue;
      const unknowns = statementUnknowns(st, ignores);
      if (unknowns.length) input.undecided!(def.meta.id, { policy, statement: st, unknowns });
    }
  }
}

export interface RuleReport<C extends string, M extends string> {
  policy?: NormalizedPolicy;
  path?: string;
  /** Point at the key of `path` rather than at its value (the engine finds either line). */
  at?: 'key';
  origin?: Origin;
  /** Which check found it: a key of `checks`. */
  check: C;
  /** A key of `messages`, filled with `data`; or `message`, for text built in code. */
  messageId?: M;
  data?: Record<string, string | number>;
  message?: string;
  severity?: Severity;
  witness?: string;
  related?: Array<{ origin: Origin; message: string }>;
  /** Stable identity for fingerprints: what was found, not where (defaults to the check id). */
  key?: string;
}

/** A report a rule's helper functions build before `ctx.report` (checks and text known). */
export type Found<C extends string = string> = RuleReport<C, never> & { message: string };

export interface RuleContext<O, C extends string, M extends string> {
  input: RuleInput;
  policies: NormalizedPolicy[];
  /** This rule's options from `.policylintrc`, over the defaults. */
  options: O;
  trustedAccounts: string[];
  strict: boolean;
  report(r: RuleReport<C, M>): void;
  /** This statement's verdict depends on an Unknown: not judged (see `Undecided`). */
  undecided(u: Undecided): void;
  /** This rule reached its verdict on the statement whatever its Unknowns are (see `unknowns`). */
  judged(policy: NormalizedPolicy, st: Statement): void;
}

export interface RuleDefinition<O extends Record<string, unknown>, C extends string, M extends string> {
  meta: Omit<RuleMeta, 'options' | 'checks' | 'engine'>;
  /** Every distinct check, by stable id, with one line on what it finds (listed in the rule doc). */
  checks: Record<C, string>;
  messages?: Record<M, string>;
  /** Option defaults, and the JSON schema of each option (the `.policylintrc` schema uses it). */
  options?: { defaults: O; schema: { [K in keyof O]: Schema } };
  /**
   * Unknown accounting (issue 20 item 4), done here so that no rule can forget an Unknown: every
   * statement of a policy the rule `judges` (default: every policy) that holds an Unknown outside
   * the elements it `ignores` is undecided for this rule — named under `--strict` with those
   * Unknowns — unless the rule reported a finding on the statement (a finding holds for every value
   * the Unknowns could take), said `ctx.judged` (it decided despite them), or said `ctx.undecided`
   * itself (with the Unknowns that actually stopped it). Forgetting to vouch costs a statement its
   * "judged" count, never a silent pass.
   */
  unknowns?: {
    judges?: (policy: NormalizedPolicy, input: RuleInput) => boolean;
    /** Statement elements whose Unknowns can never change this rule's verdict. */
    ignores?: readonly string[];
  };
  create(ctx: RuleContext<O, C, M>): void | Promise<void>;
}

export function defineRule<O extends Record<string, unknown> = Record<string, never>, C extends string = string, M extends string = never>(
  def: RuleDefinition<O, C, M>,
): Rule {
  const meta: RuleMeta = { ...def.meta, checks: def.checks };
  if (def.options) {
    meta.options = { type: 'object', additionalProperties: false, properties: def.options.schema };
    meta.optionDefaults = def.options.defaults;
  }
  return {
    meta,
    async check(input) {
      const out: Report[] = [];
      const given = input.options.rules?.[def.meta.id] ?? {};
      const settled = new Set<Statement>();
      const vouched = new Set<Statement>();
      const ctx: RuleContext<O, C, M> = {
        input,
        policies: input.policies,
        options: { ...(def.options?.defaults ?? ({} as O)), ...(given as Partial<O>) },
        trustedAccounts: input.options.trustedAccounts,
        strict: input.options.strict,
        undecided: (u) => {
          settled.add(u.statement);
          input.undecided?.(def.meta.id, u);
        },
        judged: (_policy, st) => vouched.add(st),
        report({ check, messageId, data, message, key, ...rest }) {
          const text = messageId !== undefined ? fillMessage(def.messages![messageId], data) : message;
          if (text === undefined) throw new Error(`rule ${def.meta.id}, check ${check}: a report needs messageId or message`);
          out.push({ ...rest, message: text, checkId: check, key: key ?? check });
        },
      };
      await def.create(ctx);
      if (input.undecided) accountUnknowns(def, input, out, settled, vouched);
      return out;
    },
  };
}
