import type { Finding, Severity } from '../model/finding.js';
import type { Rule, RuleOptions } from '../../rules/api.js';
import type { Policy, NormalizedPolicy } from '../model/policy.js';
import type { ConfiguredKind } from '../model/aws-resources.js';
import type { AnalyzerResult } from '../access-analyzer/run.js';
import type { ConfigIgnore } from '../suppress/config-ignores.js';
import type { HclFile } from '../parse/hcl-ast.js';
import type { SourceFile } from '../model/source.js';

/** Parsed Terraform files by path, reused while the text is the same. */
export type ParseCache = Map<string, { src: SourceFile; hcl: HclFile }>;

/** What a run is asked to do and what it gives back: the engine's contract with its callers (CLI,
 * workers, tests), kept apart from `lint()` so the engine's own modules can name it without a cycle. */
export interface LintOptions {
  cwd: string;
  /** Paths in findings are relative to this folder (the repository root); `cwd` when absent. */
  root?: string;
  paths: string[];
  /** The rules that are on, from the one registry (`rules/index.ts`), the engine's own included. */
  rules: Rule[];
  ruleOptions: RuleOptions;
  varFiles?: string[];
  inlineConfig?: boolean;
  today?: string;
  /** Severity set by configuration or `--rule`, replacing what the rule reports. */
  severities?: Map<string, Severity>;
  /** Globs relative to `configDir` (config `include` / `exclude`). */
  include?: string[];
  exclude?: string[];
  /** What standalone JSON policy files are (config `policyKinds`, globs relative to `configDir`):
   * a file's content cannot say whether it is a service control policy. */
  policyKinds?: Array<{ files: string; kind: ConfiguredKind }>;
  /** Config-file suppressions, for files that cannot carry a comment. */
  ignores?: ConfigIgnore[];
  configDir?: string;
  /** Text from an editor (`--stdin --stdin-filename`), linted as if it were that file. */
  stdin?: { path: string; text: string };
  /** Unsaved editor buffers (absolute path → text), read in place of the files on disk, for the
   * files asked about and for their siblings alike (the language server). Nothing is written. */
  overlays?: ReadonlyMap<string, string>;
  /** The folders reads are confined to (real paths), instead of the repositories of the paths
   * given: the language server confines a workspace to its folder. */
  roots?: string[];
  /** Parsed files kept between runs by the caller (the language server), so that an edit parses
   * only the file whose text changed. */
  parseCache?: ParseCache;
  /** IAM Access Analyzer, only when asked for (`--access-analyzer`). */
  analyzer?: (policies: NormalizedPolicy[]) => Promise<AnalyzerResult>;
  /** Keep every policy found, for `--print-policies`; off, memory follows the largest module. */
  collectPolicies?: boolean;
}

export interface LintResult {
  findings: Finding[];
  policies: Policy[];
  notices: Array<{ file: string; message: string }>;
  /** Said with --verbose only: what policylint did not read, such as remote modules. */
  info: string[];
  /** Bugs of policylint's own, reported after the findings; the run exits 2. */
  internalErrors: string[];
  analyzer?: Omit<AnalyzerResult, 'reports'>;
  filesLinted: number;
  /** Statements found in the files asked about, and how many every rule could judge. */
  coverage: { statements: number; judged: number };
}
