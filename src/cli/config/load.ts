import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { confine, repositoryRoot } from '../../discover/confine.js';
import { readRegularFile } from '../../discover/files.js';
import { dirname, join, resolve } from 'node:path';
import type { Severity } from '../../model/finding.js';
import type { ConfiguredKind } from '../../model/aws-resources.js';
import type { Rule } from '../../../rules/api.js';
import { configSchema } from './schema.js';

export type RuleSetting = 'off' | Severity | { severity?: 'off' | Severity; options?: Record<string, unknown> };

export interface Config {
  rules?: Record<string, RuleSetting>;
  include?: string[];
  exclude?: string[];
  ignores?: Array<{ files: string; rules: string[]; reason: string; expires?: string }>;
  trustedAccounts?: string[];
  strict?: boolean;
  policyKinds?: Array<{ files: string; kind: ConfiguredKind }>;
  accessAnalyzer?: {
    enabled?: boolean;
    region?: string;
    checkNoPublicAccess?: boolean;
    accessNotGranted?: Array<{ addresses: string[]; actions?: string[]; resources?: string[] }>;
  };
}

export class ConfigError extends Error {}

export const CONFIG_NAMES = ['.policylintrc', '.policylintrc.json', '.policylintrc.yaml', '.policylintrc.yml'];

/** `.policylintrc` from the working directory upward (design §2), or the file `--config` names. */
export function findConfig(cwd: string, explicit?: string): string | undefined {
  if (explicit) return resolve(cwd, explicit);
  // Inside a repository the lookup stops at its root: a folder above it is not the project's.
  const top = repositoryRoot(cwd);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (!existsSync(p) && !isLink(p)) continue;
      // A link out of the repository would show another file's text in error messages.
      if (top && confinedOutside(p, top)) throw new ConfigError(`${p} is a link to a file outside the repository; policylint does not read it`);
      return p;
    }
    if (dir === top || dirname(dir) === dir) return undefined;
  }
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

export async function loadConfig(path: string, rules: Rule[]): Promise<Config> {
  const read = readRegularFile(path, 'configuration file');
  if (typeof read !== 'string') throw new ConfigError(`${path}: ${read.error}`);
  const text = read;
  let data: unknown;
  const trimmed = text.trim();
  if (/\.ya?ml$/.test(path) || (!trimmed.startsWith('{') && path.endsWith('.policylintrc'))) {
    const { parse } = await import('yaml');
    try {
      data = parse(text) ?? {};
    } catch (e) {
      throw new ConfigError(`${path}: invalid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
  } else {
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new ConfigError(`${path}: invalid JSON: ${(e as Error).message}`);
    }
  }
  // Compiled from configSchema(RULES) by `npm run docs` (ajv standalone code): no schema compile
  // at start-up (issue 16). test/config-validator.test.ts keeps it equal to the schema.
  const { validate } = await import('./validate.generated.js');
  if (!validate(data)) throw new ConfigError(`${path}: ${describeErrors(validate.errors ?? [], rules, data)}`);
  return data as Config;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** What each `pattern` of the configuration schema (schema.ts) stands for, in the words of an error
 * message: `must match pattern "^\\d{12}$"` tells nobody that an account ID goes in quotes.
 * test/config-validator.test.ts fails when the schema gains a pattern this does not explain. */
export const PATTERN_MEANINGS: Record<string, string> = {
  '^\\d{12}$': 'a 12-digit AWS account ID, written as a string: "111122223333"',
  '^\\d{4}-\\d{2}-\\d{2}$': 'a date written YYYY-MM-DD: "2027-06-30"',
};

/** Names the key and the expected form: `rules.ecr-scop: unknown key (expected one of ...)`. */
function describeErrors(errors: AjvError[], rules: Rule[], data: unknown): string {
  const unknown = errors.find((e) => e.keyword === 'additionalProperties');
  const pick = unknown ?? errors.find((e) => e.keyword !== 'oneOf') ?? errors[0];
  const path = pick.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  if (pick.keyword === 'additionalProperties') {
    const key = String(pick.params.additionalProperty);
    const expected = path === 'rules' ? rules.map((r) => r.meta.id) : path === '' ? Object.keys(configSchema(rules).properties) : [];
    return `unknown key "${path ? `${path}.` : ''}${key}"${expected.length ? ` (expected one of: ${expected.join(', ')})` : ''}`;
  }
  if (pick.keyword === 'enum') return `"${path}" must be one of ${(pick.params.allowedValues as string[]).map((v) => `"${v}"`).join(', ')}`;
  const meaning = pick.keyword === 'pattern' ? PATTERN_MEANINGS[String(pick.params.pattern)] : undefined;
  if (meaning) return `"${path}" is ${shownValue(valueAt(data, pick.instancePath))}; it must be ${meaning}`;
  // An account ID left unquoted in YAML (`trustedAccounts: [111122223333]`) is read as a number.
  const given = valueAt(data, pick.instancePath);
  if (pick.keyword === 'type' && pick.params.type === 'string' && typeof given === 'number')
    return `"${path}" is the number ${given}, not text: put it in quotes`;
  return `"${path || '(top level)'}" ${pick.message}`;
}

/** A value from the configuration as a message shows it: quoted and escaped (JSON), and cut, since
 * the file comes with the repository and a value may be a megabyte long. */
function shownValue(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 60)}...` : s;
}

/** The value an error's JSON pointer names (`/trustedAccounts/0`). */
function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const key of pointer.split('/').slice(1)) v = (v as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  return v;
}

function confinedOutside(p: string, top: string): boolean {
  const c = confine(p, [realpathSync(top)]);
  return !c.ok && c.reason === 'outside';
}
