import type { Origin, PolicySource, UnknownValue, Value } from './value.js';
import type { PolicyKind } from './aws-resources.js';

/** One policy document as found, before interpretation. */
export interface Policy {
  origin: Origin;
  /** Terraform address (`aws_ecr_repository_policy.charts`), or the file path for a JSON file. */
  address: string;
  attribute?: string;
  kind: PolicyKind;
  resourceType?: string;
  source: PolicySource;
  document: Value;
  /** Module call chain for policies inside local child modules, outermost first. */
  modulePath?: string[];
  /** The attribute that holds the policy, when the document is written elsewhere. */
  usedAt?: Origin;
  /** For a policy inside a module `terraform init` downloaded (under `.terraform/`): the module
   * call in the user's code, where its findings are reported (with the module's line related). */
  calledAt?: Origin;
  /** A document judged where no catalogued attribute takes it (issue 20): where it goes, for messages. */
  goesTo?: string;
  /** The resource answers only inside a VPC (an OpenSearch domain with `vpc_options`): a "*"
   * there reaches whoever can connect in that VPC, not the internet. */
  network?: 'vpc';
  /** OpenSearch fine-grained access control authenticates what the policy lets through (the
   * domain's advanced_security_options on, anonymous access off): `unknown` when either is Unknown. */
  fineGrained?: 'on' | 'unknown';
  /** For a plan policy whose configuration was found: its `.tf` positions by JSON path. */
  configuration?: { sourceMap: Map<string, Origin>; resource: Origin };
}

/** A scalar inside a policy with its JSON path, e.g. `Statement[0].Action[2]`. */
export interface Elem {
  path: string;
  value: string | UnknownValue;
  node: Value;
  /** How to show the value in a message: as written when it holds symbolic stand-ins. */
  shown: string;
}

export interface Principals {
  path: string;
  /** `"*"` as a plain string (iam-semantics §1.1). */
  star: boolean;
  entries: Array<{ type: string; elem: Elem }>;
  unknown: boolean;
  /** Rendered from `dynamic` blocks over an Unknown collection: the element may not exist. */
  maybeAbsent?: boolean;
  /** A JSON array of bare strings (`["arn:...:root", "*"]`), which IAM rejects (§1.1): its items
   * are entries of type `?`, and `"*"` among them does not make `star`. */
  list?: boolean;
}

export type SetQualifier = 'ForAllValues' | 'ForAnyValue' | undefined;

export interface Condition {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** Without qualifier and IfExists; `ArnEquals` is kept distinct from `ArnLike` for PA09. */
  base: string;
  ifExists: boolean;
  set: SetQualifier;
  negated: boolean;
  key: string;
  /** Key names are case-insensitive (iam-semantics §2.1). */
  keyLower: string;
  values: Elem[];
  path: string;
  operatorPath: string;
}

export interface Statement {
  path: string;
  node: Value;
  sid?: string;
  effect: 'Allow' | 'Deny' | undefined;
  principal?: Principals;
  notPrincipal?: Principals;
  actions?: Elem[];
  notActions?: Elem[];
  resources?: Elem[];
  notResources?: Elem[];
  conditions: Condition[];
  /** Some part of the statement could not be resolved. */
  unknownParts: string[];
  /** Paths of a Condition, or an operator's keys, that could not be read at all: an Unknown that
   * may hold any pin, so the condition block as a whole is Unknown at best (§2.1). */
  opaqueConditions: string[];
  /** Opaque conditions whose key alone is Unknown, read with the key's widest pattern
   * (`keyLower` is e.g. `*:sub`): for the rules that decide whatever the key names (§8.2). */
  keyUnknownConditions?: Condition[];
}

export interface NormalizedPolicy {
  policy: Policy;
  version?: string;
  statements: Statement[];
  /** The document or its statement list could not be resolved. */
  unknown: boolean;
  sourceMap: Map<string, Origin>;
  /** Path → where the value was written, for values that came through variables or locals. */
  viaMap?: Map<string, Origin[]>;
}
