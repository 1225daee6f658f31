import { dirname } from 'node:path';
import type { CliArgs } from '../args.js';
import type { Severity } from '../../model/finding.js';
import type { Rule } from '../../../rules/api.js';
import { ConfigError, findConfig, loadConfig, type Config } from './load.js';

export interface Effective {
  /** Where the configuration came from, if anywhere. */
  file?: string;
  config: Config;
  rules: Rule[];
  severities: Map<string, Severity>;
  ruleOptions: Record<string, Record<string, unknown>>;
}

/** The configuration file merged with the command line (the command line wins). */
export async function effectiveConfig(args: CliArgs, cwd: string, all: Rule[]): Promise<Effective> {
  const file = args.configLookup || args.config ? findConfig(cwd, args.config) : undefined;
  const config: Config = file ? await loadConfig(file, all) : {};
  const settings = new Map(Object.entries(config.rules ?? {}));
  const known = new Set(all.map((r) => r.meta.id));
  for (const r of args.rules) {
    if (!known.has(r.id)) throw new ConfigError(`--rule names unknown rule "${r.id}" (expected one of: ${[...known].join(', ')})`);
    const prev = settings.get(r.id);
    settings.set(r.id, typeof prev === 'object' ? { ...prev, severity: r.severity } : r.severity);
  }
  const severities = new Map<string, Severity>();
  const ruleOptions: Record<string, Record<string, unknown>> = {};
  const rules = all.filter((rule) => {
    const s = settings.get(rule.meta.id);
    const severity = typeof s === 'object' ? s.severity : s;
    if (typeof s === 'object' && s.options) ruleOptions[rule.meta.id] = s.options;
    if (severity === 'off') return false;
    if (severity) severities.set(rule.meta.id, severity);
    return true;
  });
  config.rules = Object.fromEntries(settings);
  config.trustedAccounts = [...new Set([...(config.trustedAccounts ?? []), ...args.trustedAccounts])];
  config.strict = args.strict || config.strict || false;
  return { file, config, rules, severities, ruleOptions };
}

export function configDir(e: Effective, cwd: string): string {
  return e.file ? dirname(e.file) : cwd;
}
