import type { NormalizedPolicy } from './policy.js';
import type { Origin } from './value.js';

export type Severity = 'error' | 'warning' | 'note';

export interface RuleMeta {
  id: string;
  name: string;
  description: string;
  severity: Severity;
  /** Tags for SARIF and docs; every IAM rule is a `security` rule. */
  tags: string[];
  precision: 'very-high' | 'high' | 'medium' | 'low';
  /** GitHub code scanning's 0–10 score for the default severity. */
  securitySeverity: number;
  fix: string;
  /** iam-semantics.md sections the rule implements. */
  semantics: string[];
  /** JSON schema of the rule's options in `.policylintrc` (`rules.<id>.options`). */
  options?: Record<string, unknown>;
  /** The options' default values, for `--print-config`. */
  optionDefaults?: Record<string, unknown>;
  /** Every distinct check the rule makes, by stable id (PA07, WP01): what each one finds. */
  checks?: Record<string, string>;
  /** Made by the engine itself (input it cannot read, suppression comments): no `check` function. */
  engine?: boolean;
}

/** A rule reports a JSON path in a policy (the engine finds the line) or an origin directly. */
export interface Report {
  policy?: NormalizedPolicy;
  path?: string;
  /** Where on the path the finding points: at the key's text (a condition key's `variable`
   * line in an aws_iam_policy_document) rather than at its value. Not part of its identity. */
  at?: 'key';
  origin?: Origin;
  message: string;
  severity?: Severity;
  witness?: string;
  related?: Array<{ origin: Origin; message: string }>;
  /** Stable identity for fingerprints: what was found, not where. */
  key?: string;
  /** Which of the rule's checks found it (`meta.checks`). */
  checkId?: string;
}

export interface Finding {
  ruleId: string;
  /** Which of the rule's checks found it: `PA07`; JSON `checkId`, SARIF `properties.checkId`. */
  checkId?: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suppressed: boolean;
  suppression?: { reason: string; expires?: string };
  fingerprint: string;
  witness?: string;
  address?: string;
  jsonPath?: string;
  modulePath?: string[];
  relatedLocations?: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; message: string }>;
  /** Where to read about it: the rule's doc for this release (set by the CLI for every finding),
   * or Access Analyzer's "learn more" page for its findings. */
  helpUri?: string;
  /** Absolute path and offsets, for suppression matching and SARIF; not in JSON output. */
  absFile?: string;
  offset?: number;
}
