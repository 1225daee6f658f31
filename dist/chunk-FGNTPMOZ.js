import {
  ConfigError,
  discover,
  findConfig,
  isLintable,
  loadConfig
} from "./chunk-L5UHJ52A.js";
import {
  RULES
} from "./chunk-BD6VZAOR.js";
import {
  workerCount
} from "./chunk-E4K6YNQW.js";
import {
  RunContext,
  lintUnit
} from "./chunk-ZQ2FVNUG.js";
import {
  fingerprint,
  locate
} from "./chunk-4T5MNSV4.js";
import {
  HCL,
  filterByConfig,
  listDir,
  minimatch,
  siblings
} from "./chunk-Y7NYNGOL.js";
import {
  loadParser
} from "./chunk-CMMA6BZU.js";

// src/engine/lint.ts
import { existsSync } from "node:fs";
import { dirname, relative as relative2, resolve } from "node:path";

// src/suppress/apply.ts
function applySuppressions(findings, suppressions, loc, opts) {
  const extra = [];
  const report = (s, message, severity) => {
    if (opts.report === false) return;
    const where = locate({ file: s.file, range: s.comment }, loc);
    extra.push({
      ruleId: "suppression",
      severity: opts.severity ?? severity,
      message,
      ...where,
      suppressed: false,
      fingerprint: `suppression:${where.file}:${s.rules.join(",")}:${message.slice(0, 40)}`,
      absFile: s.file,
      offset: s.comment.start
    });
  };
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.absFile === void 0) continue;
    const list = byFile.get(f.absFile);
    if (list) list.push(f);
    else byFile.set(f.absFile, [f]);
  }
  for (const s of suppressions) {
    const unknownRules = s.rules.filter((r) => !opts.knownRules.has(r) && !r.startsWith("access-analyzer/"));
    if (unknownRules.length)
      report(
        s,
        `policylint:ignore names unknown rule ${unknownRules.map((r) => `"${r}"`).join(", ")}; known rules: ${[...opts.knownRules].join(", ")}`,
        "warning"
      );
    if (!s.reason) {
      report(
        s,
        `policylint:ignore ${s.rules.join(",")} has no reason, so it suppresses nothing: write why after " -- ", e.g. "# policylint:ignore ${s.rules[0] ?? "rule-id"} -- CI user signs in with an access key"`,
        "error"
      );
      continue;
    }
    if (s.expires !== void 0 && !isDate(s.expires)) {
      report(
        s,
        `policylint:ignore ${s.rules.join(",")} has expires=${s.expires}, which is not a date, so it suppresses nothing: write expires=YYYY-MM-DD, e.g. expires=${opts.today}`,
        "error"
      );
      continue;
    }
    const expired = s.expires !== void 0 && s.expires < opts.today;
    for (const f of byFile.get(s.file) ?? []) {
      if (f.offset === void 0 || f.offset < s.scope.start || f.offset >= s.scope.end || !s.rules.includes(f.ruleId)) continue;
      s.used = true;
      if (expired) f.message += ` (the suppression on line ${locate({ file: s.file, range: s.comment }, loc).line} expired on ${s.expires})`;
      else {
        f.suppressed = true;
        f.suppression = { reason: s.reason, ...s.expires ? { expires: s.expires } : {} };
      }
    }
    if (expired)
      report(
        s,
        `policylint:ignore ${s.rules.join(",")} expired on ${s.expires} and no longer suppresses; fix the finding or renew the date with a reason`,
        "warning"
      );
    else if (!s.used && !unknownRules.length && s.rules.some((r) => opts.activeRules?.has(r) ?? true))
      report(s, `policylint:ignore ${s.rules.join(",")} matches no finding; remove it`, "warning");
  }
  return [...findings, ...extra];
}
function isDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

// src/suppress/config-ignores.ts
import { relative, sep } from "node:path";
function uselessConfigIgnores(ignores, knownRules, files, configDir2, wholeTree) {
  const rels = files.map((f) => relative(configDir2, f).split(sep).join("/"));
  const out = [];
  ignores.forEach((i, n) => {
    for (const r of i.rules) if (!knownRules.has(r)) out.push(`ignores[${n}] names unknown rule "${r}"`);
    if (wholeTree && !rels.some((rel) => minimatch(rel, i.files, { dot: true }))) out.push(`ignores[${n}] ("${i.files}") matches no file`);
  });
  return out;
}
function applyConfigIgnores(findings, ignores, configDir2, today) {
  for (const f of findings) {
    if (f.suppressed || !f.absFile) continue;
    const rel = relative(configDir2, f.absFile).split(sep).join("/");
    const hit = ignores.find((i) => i.rules.includes(f.ruleId) && minimatch(rel, i.files, { dot: true }));
    if (!hit) continue;
    if (hit.expires && hit.expires < today) {
      f.message += ` (the .policylintrc ignore for ${hit.files} expired on ${hit.expires})`;
      continue;
    }
    f.suppressed = true;
    f.suppression = { reason: hit.reason, ...hit.expires ? { expires: hit.expires } : {} };
  }
}

// src/engine/lint.ts
async function lint(opts) {
  const stdinPath = opts.stdin && resolve(opts.cwd, opts.stdin.path);
  const overrides = new Map(opts.overlays);
  if (stdinPath) overrides.set(stdinPath, opts.stdin.text);
  const found = stdinPath ? { files: [stdinPath], notices: [], listings: /* @__PURE__ */ new Map() } : await discoverOverlaid(opts, overrides);
  const files = filterByConfig(found.files, opts.configDir ?? opts.cwd, opts.include, opts.exclude);
  const hclFiles = files.filter((f) => HCL.test(f)).length;
  if (hclFiles) loadParser(hclFiles <= 30).catch(() => {
  });
  const ctx = new RunContext(opts, new Set(files), overrides);
  ctx.notices.push(...found.notices.map((n) => ({ file: n.path, message: n.message })));
  const workers = workerCount(files.length, opts);
  const threads = workers > 0 ? await import("./workers-JPFJWEJC.js") : void 0;
  const spawned = threads ? await threads.spawnWorkers(ctx, workers) : void 0;
  const moduleDirs = /* @__PURE__ */ new Map();
  try {
    for (const f of files) if (HCL.test(f)) moduleDirs.set(dirname(f), /* @__PURE__ */ new Set());
    for (const [dir, set] of moduleDirs) {
      const names = found.listings.get(dir) ?? listDir(dir);
      ctx.listings.set(dir, names);
      for (const f of siblings(dir, names)) set.add(f);
    }
    for (const f of overrides.keys()) if (HCL.test(f)) moduleDirs.get(dirname(f))?.add(f);
    for (const f of files) if (HCL.test(f)) moduleDirs.get(dirname(f)).add(f);
    const roots = moduleDirs.size ? await import("./module-path-HIE3CDF7.js") : void 0;
    const called = stdinPath || !roots || moduleDirs.size < 2 ? /* @__PURE__ */ new Set() : await roots.calledFolders(moduleDirs.keys(), ctx.roots, ctx.calls, ctx.requested, ctx.listings, workers ? void 0 : ctx.scanned);
    const units = [
      ...[...moduleDirs].filter(([dir]) => !called.has(dir)).map(([dir, set]) => ({ kind: "module", dir, files: [...set] })),
      ...files.filter((p) => !HCL.test(p) && isLintable(p)).map((path) => ({ kind: "json", path }))
    ];
    if (roots) ctx.readsLeft = roots.readsPerFolder(units, ctx.calls);
    if (spawned) await threads.lintInWorkers(ctx, units, spawned, !process.env.POLICYLINT_TEST_WORKER_CRASH);
    else for (const u of units) await lintUnit(ctx, u);
  } catch (e) {
    if (spawned) await threads.stopWorkers(spawned);
    throw e;
  }
  ctx.scanned.clear();
  for (const path of ctx.deferredPolicyFiles.sort()) if (!ctx.rendered.has(path)) await lintUnit(ctx, { kind: "json", path, deferred: true });
  let analyzer;
  if (opts.analyzer) {
    const { reports, ...rest } = await opts.analyzer(ctx.analysable);
    analyzer = rest;
    for (const a of reports) {
      const f = ctx.report({ id: a.ruleId, severity: a.severity }, a.report);
      if (f && a.helpUri) f.helpUri = a.helpUri;
    }
  }
  const today = opts.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const inScope = ctx.findings.filter((f) => f.absFile === void 0 || ctx.reportable.has(f.absFile) || !HCL.test(f.absFile));
  const unique = dedupe(inScope.sort(byPlace));
  applyConfigIgnores(unique, opts.ignores ?? [], opts.configDir ?? opts.cwd, today);
  if (opts.ignores?.length) {
    const configDir2 = resolve(opts.configDir ?? opts.cwd);
    const wholeTree = !stdinPath && (opts.paths.length ? opts.paths : ["."]).some((p) => !relative2(resolve(opts.cwd, p), configDir2).startsWith(".."));
    const known = new Set([...RULES, ...opts.rules].map((r) => r.meta.id));
    for (const message of uselessConfigIgnores(opts.ignores, known, files, configDir2, wholeTree)) ctx.notices.push({ file: ".policylintrc", message });
  }
  const suppressions = [...new Map(ctx.suppressions.map((s) => [`${s.file}:${s.comment.start}`, s])).values()];
  const all = applySuppressions(unique, suppressions, ctx.loc, {
    // Every rule of the registry is known, including those turned off: `--rule ecr-scope:off`
    // does not make a `policylint:ignore ecr-scope` comment wrong.
    knownRules: new Set([...RULES, ...opts.rules].map((r) => r.meta.id).filter((id) => id !== "suppression")),
    activeRules: new Set(opts.rules.map((r) => r.meta.id)),
    today,
    report: ctx.enabled("suppression"),
    severity: opts.severities?.get("suppression")
  });
  all.sort(byPlace);
  return {
    findings: all,
    info: [...new Set(ctx.info)].sort(),
    internalErrors: ctx.internalErrors,
    analyzer,
    policies: ctx.policies,
    notices: ctx.notices,
    filesLinted: files.length,
    coverage: ctx.coverage
  };
}
async function discoverOverlaid(opts, overrides) {
  const paths = opts.paths.length ? opts.paths : ["."];
  const unsaved = paths.map((p) => resolve(opts.cwd, p)).filter((p) => overrides.has(p) && isLintable(p) && !existsSync(p));
  const found = await discover(
    paths.filter((p) => !unsaved.includes(resolve(opts.cwd, p))),
    opts.cwd
  );
  return { files: [...found.files, ...unsaved], notices: found.notices, listings: found.listings };
}
var cmp = (x, y) => x < y ? -1 : x > y ? 1 : 0;
var byPlace = (a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message) || cmp(a.fingerprint, b.fingerprint);
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  const occurrences = /* @__PURE__ */ new Map();
  return findings.filter((f) => {
    const k = `${f.ruleId}\0${f.file}\0${f.line}:${f.column}\0${f.message}`;
    const same = `${f.fingerprint}\0${f.file}\0${f.line}:${f.column}`;
    if (seen.has(k) || seen.has(same)) return false;
    seen.add(k);
    seen.add(same);
    const n = occurrences.get(f.fingerprint) ?? 0;
    occurrences.set(f.fingerprint, n + 1);
    if (n) f.fingerprint = fingerprint(`${f.fingerprint}#${n}`);
    return true;
  });
}

// src/cli/config/effective.ts
import { dirname as dirname2 } from "node:path";
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
  return e.file ? dirname2(e.file) : cwd;
}

// src/discover/root.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname3, join, resolve as resolve2 } from "node:path";
function repositoryRoot(cwd, configDir2) {
  for (let dir = resolve2(cwd); ; dir = dirname3(dir)) {
    if (existsSync2(join(dir, ".git"))) return dir;
    if (dirname3(dir) === dir) break;
  }
  return configDir2 ? resolve2(configDir2) : resolve2(cwd);
}

export {
  lint,
  effectiveConfig,
  configDir,
  repositoryRoot
};
