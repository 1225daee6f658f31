import type { RunContext } from './run-context.js';
import type { Report } from '../model/finding.js';
import type { RuleInput, Undecided } from '../../rules/api.js';
import { policySize as policySizeRule, unresolved as unresolvedRule } from '../../rules/engine-rules.js';
import { MAX_STATEMENTS_ANALYSED, policySize } from './policy-size.js';
import type { Extraction } from '../extract/terraform.js';
import type { IamGraph } from '../extract/iam-graph-merge.js';
import { normalize } from '../policy/normalize.js';
import type { NormalizedPolicy, Policy, Statement } from '../model/policy.js';
import { getEntry } from '../model/value.js';
import { displayPath } from '../model/locate.js';
import { HCL } from '../discover/files.js';

const DUPLICATE_HINT = ': IAM rejects repeated keys, and JSON parsers silently keep the last one; merge the values into one key';

/** Normalizes a unit's policies and runs every rule on them; `graph`: a module's IAM users,
 * groups, roles and attachments (extract/iam-graph.ts), for group-mfa and oidc-trust, built here
 * after the unit's earlier modules had their problems reported, as a module unit always did. */
export async function judge(ctx: RunContext, units: Array<{ ex: Extraction; graph?: () => IamGraph }>) {
  const { opts } = ctx;
  const normalized: NormalizedPolicy[] = [];
  const graphs: RuleInput['graphs'] = [];
  for (const { ex, graph } of units) {
    for (const p of ex.problems) {
      if (p.anchor && !ctx.reportable.has(p.anchor)) continue;
      ctx.parseError(p.file, p.duplicate ? `${p.message}${DUPLICATE_HINT}` : p.message, p.range);
    }
    // A JSON policy's address is its path from the repository root, so fingerprints do not depend on
    // the machine or the working directory.
    for (const p of ex.policies) if (p.source === 'json-file') p.address = displayPath(opts.root ?? opts.cwd, p.address);
    const mine = ex.policies.map((p) => normalize(p));
    if (opts.collectPolicies) ctx.policies.push(...ex.policies.filter((p) => visible(ctx, p)));
    normalized.push(...mine);
    if (graph) graphs.push({ graph: graph(), policies: mine });
  }
  const strict = opts.ruleOptions.strict && ctx.enabled('unresolved');
  for (const n of normalized) {
    const r = policySize(n);
    if (r && ctx.enabled('policy-size')) ctx.report(policySizeRule.meta, r);
    if (strict && n.unknown) {
      const what = n.policy.document.kind === 'unknown' ? n.policy.document.text : 'its statements';
      ctx.report(unresolvedRule.meta, {
        policy: n,
        message: `${n.policy.address}${n.policy.attribute ? `.${n.policy.attribute}` : ''} is ${what}, which policylint cannot resolve, so no rule judged it (--strict)`,
        key: 'unresolved',
        checkId: 'UR01',
      });
    }
  }
  const analysable = normalized.filter((n) => n.statements.length <= MAX_STATEMENTS_ANALYSED);
  if (opts.analyzer) ctx.analysable.push(...analysable);
  const undecided = new UndecidedStatements();
  for (const n of analysable) for (const st of n.statements) undecided.unreadable(n, st);
  const input: RuleInput = { policies: analysable, graphs, options: opts.ruleOptions, undecided: (ruleId, u) => undecided.add(ruleId, u) };
  for (const rule of opts.rules) {
    if (!rule.check) continue;
    let reports: Report[];
    try {
      reports = await rule.check(input);
    } catch (e) {
      // A rule that fails must not hide the other rules' findings; the run still exits 2.
      ctx.internalErrors.push(`rule ${rule.meta.id} failed: ${(e as Error).message}`);
      continue;
    }
    for (const r of reports) ctx.report(rule.meta, r);
  }
  for (const n of normalized) {
    if (!visible(ctx, n.policy)) continue;
    // A policy whose statements cannot be read counts as one statement no rule judged.
    const total = n.unknown && !n.statements.length ? 1 : n.statements.length;
    const unjudged = n.unknown && !n.statements.length ? 1 : n.statements.filter((st) => undecided.has(n, st)).length;
    ctx.coverage.statements += total;
    ctx.coverage.judged += total - unjudged;
  }
  if (strict) for (const r of undecided.notes()) ctx.report(unresolvedRule.meta, r);
  ctx.endUnit();
}

/**
 * Statements no rule could judge fully (issue 20 item 4), with the Unknowns that stopped them and
 * the rules they stopped: what each rule says through `ctx.undecided` or the rule API's accounting
 * (rules/api.ts), and what stops every rule — a statement that is not an object (`Statement =
 * [var.x]`, a string) or whose Effect is Unknown. One note per statement, however many rules.
 */
class UndecidedStatements {
  private readonly malformed = new Map<Statement, string>();
  private readonly byStatement = new Map<
    Statement,
    { policy: NormalizedPolicy; stops: Map<string, { path?: string; rules: Set<string> }>; rules: Set<string>; noted: boolean }
  >();

  add(ruleId: string, u: Undecided) {
    const entry = this.byStatement.get(u.statement) ?? {
      policy: u.policy,
      stops: new Map<string, { path?: string; rules: Set<string> }>(),
      rules: new Set<string>(),
      noted: false,
    };
    for (const x of u.unknowns) {
      const text = typeof x === 'string' ? x : x.text;
      const stop = entry.stops.get(text) ?? { rules: new Set<string>() };
      if (typeof x !== 'string') stop.path ??= x.path;
      stop.rules.add(ruleId);
      entry.stops.set(text, stop);
    }
    entry.rules.add(ruleId);
    // A rule's own --strict note (WP04) already names the Unknown: one note per statement.
    entry.noted ||= !!u.noted;
    this.byStatement.set(u.statement, entry);
  }

  unreadable(policy: NormalizedPolicy, st: Statement) {
    const node = st.node;
    if (node.kind === 'unknown') return this.add('every rule', { policy, statement: st, unknowns: [node.text] });
    if (node.kind !== 'object') {
      this.add('every rule', { policy, statement: st, unknowns: [] });
      this.malformed.set(st, `is a ${node.kind}, not a statement object (a JSON text where the object belongs?)`);
      return;
    }
    const effect = getEntry(node, 'Effect')?.value;
    if (effect?.kind === 'unknown') this.add('every rule', { policy, statement: st, unknowns: [{ text: effect.text, path: `${st.path}.Effect` }] });
  }

  has(policy: NormalizedPolicy, st: Statement): boolean {
    return this.byStatement.get(st)?.policy === policy;
  }

  notes(): Report[] {
    const out: Report[] = [];
    for (const [st, e] of this.byStatement) {
      if (e.noted) continue;
      const label = `${e.policy.policy.address}${e.policy.policy.attribute ? `.${e.policy.policy.attribute}` : ''} ${st.path}${st.sid ? ` ("${st.sid}")` : ''}`;
      out.push({
        policy: e.policy,
        path: st.path,
        checkId: 'UR02',
        key: `statement:${[...e.stops.keys()].sort().join(',')}`,
        message: this.malformed.has(st)
          ? `${label} ${this.malformed.get(st)}, so no rule judged it (--strict)`
          : e.stops.size
            ? `${label} was not judged fully: ${stopsText(st, e.stops)}; policylint cannot resolve ${e.stops.size === 1 ? 'it' : 'them'} (--strict)`
            : `${label} was not judged fully by ${[...e.rules].join(', ')}, which could not decide it (--strict)`,
      });
    }
    return out;
  }
}

/** `var.org (at Condition.StringEquals["aws:PrincipalOrgID"]) stopped wildcard-principal, ...`: the
 * Unknowns grouped by the rules they stopped, at most a few of each, paths relative to the statement. */
function stopsText(st: Statement, stops: Map<string, { path?: string; rules: Set<string> }>): string {
  const groups = new Map<string, string[]>();
  for (const [text, s] of stops) {
    // An Unknown that stops every rule (a statement or Effect that is Unknown) needs no list after it.
    const who = s.rules.has('every rule') ? 'every rule' : [...s.rules].join(', ');
    const where = s.path && s.path !== st.path ? ` (at ${s.path.slice(st.path.length).replace(/^\./, '')})` : '';
    groups.set(who, [...(groups.get(who) ?? []), `${text}${where}`]);
  }
  return [...groups]
    .map(([who, texts]) => `${texts.slice(0, 3).join(', ')}${texts.length > 3 ? ` and ${texts.length - 3} more` : ''} stopped ${who}`)
    .join('; ');
}

function visible(ctx: RunContext, p: Policy): boolean {
  const anchor = p.calledAt?.file ?? p.usedAt?.file ?? p.origin.file;
  return ctx.reportable.has(anchor) || !HCL.test(anchor);
}
