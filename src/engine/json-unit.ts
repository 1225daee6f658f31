// A JSON file as a unit (a policy, a template no module rendered, or a plan): all that a run of
// JSON policies alone loads of the engine; the Terraform path (module-path.ts) only for a template
// or a plan (issue 16).

import { relative, sep } from 'node:path';
import { minimatch } from 'minimatch';
import type { ConfiguredKind } from '../model/aws-resources.js';
import { readSource } from '../discover/files.js';
import type { RunContext } from './run-context.js';
import { loadParser } from '../parse/parser.js';
import { isTemplateText } from '../resolve/template-text.js';
import { extractJsonFile } from '../extract/json-files.js';
import { rootLacks } from '../parse/json.js';
import { judge } from './judge.js';
import type { Parsed } from './unit.js';

export async function lintJsonUnit(ctx: RunContext, path: string, deferred = false) {
  // A policy is linted after the modules (one may render it), and so is every JSON file on disk:
  // which ones are policies is known only from their text, read once, then (issue 16).
  if (!deferred && !ctx.overrides.has(path)) {
    ctx.deferredPolicyFiles.push(path);
    ctx.endUnit();
    return;
  }
  const src = readSource(path, ctx.parseError, ctx.overrides);
  if (!src) return;
  ctx.sources.set(path, src);
  const policy = /"Statement"/.test(src.text);
  if (!deferred && policy) {
    ctx.deferredPolicyFiles.push(path);
    ctx.endUnit();
    return;
  }
  // A template no module rendered: judged with every interpolation Unknown, never as broken JSON.
  // A text whose root has no Statement (a CloudFormation template's inline policies under
  // `${AWS::Region}` substitutions) is no policy however it is read: not parsed as a template,
  // which costs the HCL parser (issue 16: 0.5 s for 650 KB of such files in AWS's accelerators).
  if (policy && isTemplateText(src.text)) {
    if (rootLacks(src.text, 'Statement')) return judge(ctx, [{ ex: { policies: [], problems: [] } }]);
    await loadParser(true);
    const { extractTemplateFile } = await import('./module-path.js');
    await judge(ctx, [{ ex: extractTemplateFile(src, configuredKind(ctx, path)) }]);
    return;
  }
  const ex = extractJsonFile(src, configuredKind(ctx, path));
  if (ex.planModuleDirs) {
    // A plan's resources are found in their modules' .tf files: the Terraform path, loaded here.
    const { configurationOf } = await import('./module-path.js');
    const parsed: Parsed = new Map();
    for (const p of ex.policies) {
      const target = await configurationOf(ctx, p, ex.planModuleDirs, parsed);
      if (!target) continue;
      p.configuration = target;
      ctx.reportable.add(target.resource.file);
    }
  }
  await judge(ctx, [{ ex }]);
}

/** The kind `.policylintrc` `policyKinds` gives a JSON file, e.g. every file under `org/scp/`;
 * else a VPC endpoint's policy where the file's path says so. */
function configuredKind(ctx: RunContext, path: string): ConfiguredKind | undefined {
  const rel = relative(ctx.opts.configDir ?? ctx.opts.cwd, path)
    .split(sep)
    .join('/');
  return ctx.opts.policyKinds?.find((k) => minimatch(rel, k.files, { dot: true }))?.kind ?? (ENDPOINT_PATH.test(rel) ? 'vpc-endpoint' : undefined);
}

/** A path that names a VPC endpoint's policy (`vpc-endpoint-policies/default.json`,
 * `vpc_endpoint_policies/s3_endpoint_policy.json`, as AWS's landing zone accelerator and data
 * perimeter examples keep them): nothing in such a document tells it from a bucket policy, and
 * an open "*" that only filters what goes through an endpoint grants nothing
 * (rules/wildcard-principal.md). `policyKinds` says otherwise where a name misleads. */
const ENDPOINT_PATH = /endpoint[-_.]?polic/i;
