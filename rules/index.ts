import type { Rule } from '../src/engine/types.js';
import { wildcardPrincipal } from './wildcard-principal.js';
import { principalArnPattern } from './principal-arn-pattern.js';
import { groupMfa } from './group-mfa.js';
import { ecrScope } from './ecr-scope.js';
import { principalGrammar } from './principal-grammar.js';
import { policyGrammar } from './policy-grammar.js';

/** Every rule, in the order the README and SARIF list them. */
export const RULES: Rule[] = [wildcardPrincipal, principalArnPattern, groupMfa, ecrScope, principalGrammar, policyGrammar];
