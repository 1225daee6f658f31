import type { Hover } from 'vscode-languageserver/node';
import type { Policy } from '../model/policy.js';
import type { Origin, Value } from '../model/value.js';
import { toPlain } from '../model/value.js';
import type { HclFile } from '../parse/hcl-ast.js';

/** The attribute that takes the policy (`policy = data.aws_iam_policy_document.d.json`), when
 * its resource block is in this file: the document itself may be written elsewhere. */
function attributeOf(p: Policy, path: string, hcl: HclFile | undefined): Origin | undefined {
  const m = /^([^.[]+)\.([^.[]+)/.exec(p.address);
  if (!hcl || !m || !p.attribute || p.modulePath?.length) return undefined;
  const block = hcl.body.blocks.find((b) => b.type === 'resource' && b.labels[0] === m[1] && b.labels[1] === m[2]);
  const attribute = block?.body.attributes.find((a) => a.name === p.attribute);
  return attribute && { file: path, range: attribute.range };
}

/** The policy whose attribute (or `aws_iam_policy_document` block) is under `offset`: the
 * innermost place that holds the offset, as `--print-policies` prints it, Unknown values named. */
export function policyHover(policies: Policy[], path: string, offset: number, hcl?: HclFile): Hover | undefined {
  let best: { p: Policy; size: number } | undefined;
  for (const p of policies) {
    for (const o of [p.origin, p.usedAt, attributeOf(p, path, hcl)].filter((x): x is Origin => !!x)) {
      if (o.file !== path || offset < o.range.start || offset > o.range.end) continue;
      const size = o.range.end - o.range.start;
      if (!best || size < best.size) best = { p, size };
    }
  }
  if (!best) return undefined;
  const p = best.p;
  const unknowns = new Set<string>();
  collectUnknowns(p.document, unknowns);
  const title = `${p.address}${p.attribute ? `.${p.attribute}` : ''}`;
  const lines = [
    `**${title}** — ${p.kind} policy (${p.source})${p.modulePath?.length ? `, in ${p.modulePath.join(' > ')}` : ''}`,
    '',
    'What policylint resolves this to (`--print-policies`):',
    '',
    '```json',
    JSON.stringify(toPlain(p.document, true), null, 2),
    '```',
  ];
  if (unknowns.size)
    lines.push(
      '',
      `Unknown until Terraform plans (policylint cannot resolve them; the rules stay silent where they could change the verdict): ${[...unknowns].map((u) => `\`${u}\``).join(', ')}`,
    );
  return { contents: { kind: 'markdown', value: lines.join('\n') } };
}

function collectUnknowns(v: Value, out: Set<string>) {
  if (v.kind === 'unknown') out.add(v.text);
  else if (v.kind === 'list') for (const i of v.items) collectUnknowns(i, out);
  else if (v.kind === 'object') for (const e of v.entries) collectUnknowns(e.value, out);
}
