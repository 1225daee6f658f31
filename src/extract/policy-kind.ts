import { getEntry, type Value } from '../model/value.js';
import type { ConfiguredKind, PolicyKind } from '../model/aws-resources.js';

/** IAM's two policy-language versions; other documents with a `Statement` (SNS data protection
 * policies, "2021-06-01") are another language and not ours to judge. */
const IAM_VERSIONS = new Set(['2012-10-17', '2008-10-17']);

/** A value that is an IAM policy document: an object with a `Statement` whose statements carry an
 * `Effect`, and no `Version` other than IAM's (issue 20: judged wherever it appears). */
export function isPolicyDocument(v: Value | undefined): boolean {
  if (v?.kind !== 'object') return false;
  const st = getEntry(v, 'Statement')?.value;
  if (!st) return false;
  const version = getEntry(v, 'Version')?.value;
  if (version?.kind === 'string' && !IAM_VERSIONS.has(version.value)) return false;
  const statements = st.kind === 'list' ? st.items : [st];
  return statements.some((s) => s.kind === 'object' && getEntry(s, 'Effect'));
}

/** A standalone policy file's kind: as `.policylintrc` says, else as its content says. A VPC
 * endpoint's policy is judged as aws_vpc_endpoint's is (model/aws-resources.ts). */
export function fileKind(configured: ConfiguredKind | undefined, doc: Value): { kind: PolicyKind; resourceType?: string } {
  if (configured === 'vpc-endpoint') return { kind: 'resource', resourceType: 'aws_vpc_endpoint' };
  return { kind: configured ?? guessKind(doc) };
}

/** A document that does not say what it is attached to: a Principal means a resource or trust
 * policy (iam-semantics §1.1: identity policies have none), sts:AssumeRole* a trust policy. */
export function guessKind(doc: Value): PolicyKind {
  const st = doc.kind === 'object' ? getEntry(doc, 'Statement')?.value : undefined;
  const statements = st?.kind === 'list' ? st.items : st ? [st] : [];
  const withPrincipal = statements.filter((s) => s.kind === 'object' && (getEntry(s, 'Principal') || getEntry(s, 'NotPrincipal')));
  if (!withPrincipal.length) return 'identity';
  const assumes = withPrincipal.every((s) => s.kind === 'object' && /sts:AssumeRole/i.test(actionsText(s)));
  return assumes ? 'trust' : 'resource';
}

function actionsText(s: Value): string {
  const a = s.kind === 'object' ? getEntry(s, 'Action')?.value : undefined;
  return a?.kind === 'string' ? a.value : a?.kind === 'list' ? a.items.map((i) => (i.kind === 'string' ? i.value : '')).join(' ') : '';
}
