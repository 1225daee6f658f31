import {
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-EOXBGROJ.js";

// src/cli/config/effective.ts
import { dirname } from "node:path";
async function effectiveConfig(args, cwd, all) {
  const file = args.configLookup || args.config ? findConfig(cwd, args.config) : void 0;
  const config = file ? await loadConfig(file, all) : {};
  const settings = new Map(Object.entries(config.rules ?? {}));
  const known = new Set(all.map((r) => r.meta.id));
  for (const r of args.rules) {
    if (!known.has(r.id)) throw new ConfigError(`--rule names unknown rule "${r.id}" (expected one of: ${[...known].join(", ")})`);
    const prev = settings.get(r.id);
    settings.set(r.id, typeof prev === "object" ? { ...prev, severity: r.severity } : r.severity);
  }
  const severities = /* @__PURE__ */ new Map();
  const ruleOptions = {};
  const rules = all.filter((rule) => {
    const s = settings.get(rule.meta.id);
    const severity = typeof s === "object" ? s.severity : s;
    if (typeof s === "object" && s.options) ruleOptions[rule.meta.id] = s.options;
    if (severity === "off") return false;
    if (severity) severities.set(rule.meta.id, severity);
    return true;
  });
  config.rules = Object.fromEntries(settings);
  config.trustedAccounts = [.../* @__PURE__ */ new Set([...config.trustedAccounts ?? [], ...args.trustedAccounts])];
  config.strict = args.strict || config.strict || false;
  return { file, config, rules, severities, ruleOptions };
}
function configDir(e, cwd) {
  return e.file ? dirname(e.file) : cwd;
}

export {
  effectiveConfig,
  configDir
};
