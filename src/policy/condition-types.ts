import type { Condition, Statement } from '../model/policy.js';
import type { Severity } from '../model/finding.js';

/**
 * The condition operators AWS defines (iam-semantics P-OPS), without the `…IfExists` suffix and
 * the `ForAllValues:` / `ForAnyValue:` qualifiers. The policy grammar, not a name the Service
 * Authorization Reference lists, so iam-data has no table of them.
 */
export const CONDITION_OPERATORS: readonly string[] = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Null',
];

const OPERATORS_LOWER = new Set(CONDITION_OPERATORS.map((o) => o.toLowerCase()));

/** What is wrong with an operator's name, if anything: one AWS does not define, or `NullIfExists`
 * ("IfExists" goes with every operator except Null, P-OPS). Compared without case: policylint
 * does not claim what AWS does with `stringequals`. */
export function operatorNameProblem(c: Pick<Condition, 'base' | 'ifExists'>): 'unknown' | 'null-if-exists' | undefined {
  if (!OPERATORS_LOWER.has(c.base.toLowerCase())) return 'unknown';
  if (c.base === 'Null' && c.ifExists) return 'null-if-exists';
  return undefined;
}

/** The value type an operator compares (iam-semantics §2.3–§2.5); `Null` and `BinaryEquals` compare none. */
export function operatorFamily(base: string): 'String' | 'ARN' | 'Numeric' | 'Date' | 'Bool' | 'IPAddress' | undefined {
  if (/^String/.test(base)) return 'String';
  if (/^Arn/.test(base)) return 'ARN';
  if (/^Numeric/.test(base)) return 'Numeric';
  if (/^Date/.test(base)) return 'Date';
  if (base === 'Bool') return 'Bool';
  if (base === 'IpAddress' || base === 'NotIpAddress') return 'IPAddress';
  return undefined;
}

/**
 * Operator families that cannot compare a key of the given SAR type. Only clear cases: String
 * keys are the SAR's default type and often hold ARNs, numbers or booleans, so nothing is judged
 * on them; ARN keys take string operators (AWS recommends, not requires, ARN operators, §2.3);
 * Date keys take numeric operators (`aws:EpochTime` is "Date, Numeric" in the global-key list).
 * The verdict for Bool/Numeric keys under a string operator is not documented, so it is not judged.
 */
export function wrongFamily(keyType: string, family: string): boolean {
  const t = keyType.replace(/^ArrayOf/, '');
  switch (t) {
    case 'Date':
      return family !== 'Date' && family !== 'Numeric';
    case 'IPAddress':
      return family !== 'IPAddress';
    case 'ARN':
      return family !== 'ARN' && family !== 'String';
    case 'Bool':
    case 'Numeric':
      return family !== t && family !== 'String';
    default:
      return false;
  }
}

export const multivalued = (keyType: string) => keyType.startsWith('ArrayOf');

/** A condition whose key is never in the request (§2.1 "missing key rule", §2.2 table). */
export function truthWhenAbsent(c: Condition): boolean {
  if (c.base === 'Null') return c.values.some((v) => v.value === 'true');
  if (c.ifExists || c.set === 'ForAllValues') return true;
  if (c.set === 'ForAnyValue') return false;
  return c.negated;
}

/** A condition whose comparison can never succeed: positive operators are false, negated true. */
export const truthWhenNeverMatching = (c: Condition) => c.negated;

/**
 * What a condition that is always true or always false does to its statement, and how bad that
 * is: in an Allow, always false means the statement grants nothing (a dead permission, warning)
 * and always true means the condition limits nothing (error); in a Deny, always false means the
 * deny protects nothing (error) and always true means it denies every request it names (warning).
 */
export function conditionEffect(st: Statement, truth: boolean): { severity: Severity; effect: string } {
  if (st.effect === 'Allow')
    return truth
      ? { severity: 'error', effect: 'the condition is always true, so it limits nothing: the Allow grants to every caller it names' }
      : { severity: 'warning', effect: 'the condition is never true, so the Allow grants nothing (a dead permission)' };
  return truth
    ? { severity: 'warning', effect: 'the condition is always true, so the Deny applies to every request it names, also the ones it was meant to let through' }
    : { severity: 'error', effect: 'the condition is never true, so the Deny protects nothing: the deny the policy relies on does not exist' };
}

/** What a name that matches nothing in Action/NotAction/Resource does to its statement. */
export function elementEffect(st: Statement, element: 'Action' | 'NotAction' | 'Resource'): { severity: Severity; effect: string } {
  const allow = st.effect === 'Allow';
  if (element === 'NotAction')
    return allow
      ? { severity: 'error', effect: 'so NotAction excludes nothing and the Allow grants what it was meant to leave out' }
      : { severity: 'warning', effect: 'so NotAction exempts nothing and the Deny also blocks what it was meant to leave out' };
  return allow
    ? { severity: 'warning', effect: 'so the Allow grants nothing through it (a dead permission)' }
    : { severity: 'error', effect: 'so the Deny protects nothing through it: the deny the policy relies on does not exist' };
}
