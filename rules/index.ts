import type { Rule } from './api.js';
import { wildcardPrincipal } from './wildcard-principal.js';
import { principalArnPattern } from './principal-arn-pattern.js';
import { groupMfa } from './group-mfa.js';
import { ecrScope } from './ecr-scope.js';
import { principalGrammar } from './principal-grammar.js';
import { oidcTrust } from './oidc-trust.js';
import { policyGrammar } from './policy-grammar.js';
import { parseError, policySize, suppression, unresolved } from './engine-rules.js';

/** The one rule registry the CLI, the workers and the config schema read: every rule, in the order
 * the README and SARIF list them; the engine's own findings (`meta.engine`) last. */
export const RULES: Rule[] = [
  wildcardPrincipal,
  principalArnPattern,
  groupMfa,
  ecrScope,
  principalGrammar,
  oidcTrust,
  policyGrammar,
  parseError,
  suppression,
  unresolved,
  policySize,
];

/** The registry's rules with these ids, in registry order: what a worker runs for the main thread. */
export function rulesByIds(ids: Iterable<string>): Rule[] {
  const wanted = new Set(ids);
  return RULES.filter((r) => wanted.has(r.meta.id));
}
