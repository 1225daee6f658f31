import {
  RunContext,
  lintJsonUnit,
  lintModuleUnit
} from "./chunk-XNO2MQTU.js";
import "./chunk-YGB3JIDU.js";
import {
  loadParser
} from "./chunk-VSCWEEMA.js";
import {
  RULES
} from "./chunk-ZZV5GTML.js";
import "./chunk-XJ4INLGQ.js";
import "./chunk-YNEVWCS2.js";
import {
  locate
} from "./chunk-3JI36CET.js";
import "./chunk-AOHGMMBA.js";
import {
  HCL,
  calledFolders,
  filterByConfig,
  minimatch,
  siblings
} from "./chunk-5MVIL7ED.js";

// src/engine/lint.ts
import { dirname, relative as relative3, resolve as resolve2 } from "node:path";

// src/discover/walk.ts
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".terraform", "node_modules", ".git"]);
function isLintable(path) {
  return /\.(tf|tofu|tf\.json|json|tpl|tftpl)$/.test(path);
}
async function discover(paths, cwd) {
  const out = { files: [], notices: [] };
  const seenDirs = /* @__PURE__ */ new Set();
  const seenFiles = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = await stat(abs);
    } catch {
      out.notices.push({ path: p, message: "no such file or directory" });
      continue;
    }
    if (st.isDirectory()) await walk(abs, abs, await parentIgnores(abs), out, seenDirs, seenFiles);
    else if (!seenFiles.has(abs)) {
      seenFiles.add(abs);
      out.files.push(abs);
    }
  }
  return out;
}
async function parentIgnores(dir) {
  const chain = [];
  let cur = dir;
  for (let i = 0; i < 50; i++) {
    chain.unshift(cur);
    if (await exists(join(cur, ".git"))) break;
    const up = resolve(cur, "..");
    if (up === cur) return [];
    cur = up;
  }
  const rules = [];
  for (const d of chain.slice(0, -1)) rules.push(...await readIgnore(d));
  return rules;
}
async function exists(p) {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}
async function readIgnore(dir) {
  let text;
  try {
    text = await readFile(join(dir, ".gitignore"), "utf8");
  } catch {
    return [];
  }
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((l) => {
    const negate = l.startsWith("!");
    let pattern = negate ? l.slice(1) : l;
    const dirOnly = pattern.endsWith("/");
    if (dirOnly) pattern = pattern.slice(0, -1);
    if (!pattern.includes("/")) pattern = `**/${pattern}`;
    else pattern = pattern.replace(/^\//, "");
    return { base: dir, pattern, negate, dirOnly };
  });
}
function ignored(abs, isDir, rules) {
  let result = false;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    const rel = relative(r.base, abs).split(sep).join("/");
    if (rel.startsWith("..")) continue;
    if (minimatch(rel, r.pattern, { dot: true })) result = !r.negate;
  }
  return result;
}
async function walk(root, dir, rules, out, seenDirs, seenFiles) {
  let real;
  try {
    real = await realpath(dir);
  } catch (e) {
    out.notices.push({ path: dir, message: e.message });
    return;
  }
  if (seenDirs.has(real)) return;
  seenDirs.add(real);
  const here = [...rules, ...await readIgnore(dir)];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.notices.push({ path: dir, message: `cannot read folder: ${e.code ?? e.message}` });
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    const abs = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const target = await realpath(abs).catch(() => void 0);
      const rootReal = await realpath(root);
      if (!target || !(target === rootReal || target.startsWith(rootReal + sep))) continue;
      const st = await stat(target).catch(() => void 0);
      isDir = !!st?.isDirectory();
      isFile = !!st?.isFile();
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name) || ignored(abs, true, here)) continue;
      await walk(root, abs, here, out, seenDirs, seenFiles);
    } else if (isFile && isLintable(e.name) && !ignored(abs, false, here)) {
      const key = await realpath(abs).catch(() => abs);
      if (seenFiles.has(key)) continue;
      seenFiles.add(key);
      out.files.push(abs);
    }
  }
}

// src/engine/workers.ts
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var WORKER_THRESHOLD = 300;
function workerCount(files, opts) {
  if (opts.stdin || opts.analyzer || opts.collectPolicies) return 0;
  if (!existsSync(workerFile())) return 0;
  const forced = process.env.POLICYLINT_WORKERS;
  if (forced !== void 0 && forced !== "") return Math.max(0, Math.min(16, Number(forced) || 0));
  const cores = availableParallelism();
  return cores > 1 && files >= WORKER_THRESHOLD ? Math.min(cores, 4) : 0;
}
function workerFile() {
  return fileURLToPath(new URL("./worker.js", import.meta.url));
}
async function lintInWorkers(ctx, units, n) {
  const size = (u) => u.kind === "json" ? fileSize(u.path) : u.files.reduce((s, f) => s + fileSize(f), 0);
  const sized = units.map((u) => ({ u, s: size(u) })).sort((a, b) => b.s - a.s);
  const buckets = Array.from({ length: n }, () => ({ units: [], load: 0 }));
  for (const { u, s } of sized) {
    const b = buckets.reduce((min, x) => x.load < min.load ? x : min);
    b.units.push(u);
    b.load += s;
  }
  const { Worker } = await import("node:worker_threads");
  const { rules: _r, severities, analyzer: _a, stdin: _s, ...opts } = ctx.opts;
  const results = await Promise.all(
    buckets.filter((b) => b.units.length).map(
      (b) => new Promise((resolve3, reject) => {
        const task = {
          opts,
          severities: [...severities ?? []],
          ruleIds: ctx.opts.rules.map((r) => r.meta.id),
          requested: [...ctx.requested],
          units: b.units
        };
        const w = new Worker(workerFile(), { workerData: task });
        w.once("message", resolve3);
        w.once("error", reject);
        w.once("exit", (code) => code !== 0 && reject(new Error(`worker exited with code ${code}`)));
      })
    )
  );
  for (const r of results) {
    ctx.findings.push(...r.findings);
    ctx.suppressions.push(...r.suppressions);
    ctx.info.push(...r.info);
    ctx.internalErrors.push(...r.internalErrors);
    for (const f of r.reportable) ctx.reportable.add(f);
    for (const f of r.rendered) ctx.rendered.add(f);
    ctx.deferredPolicyFiles.push(...r.deferredPolicyFiles);
  }
}
function fileSize(p) {
  try {
    return statSync(p).size;
  } catch {
    return 0;
  }
}

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
    const expired = s.expires !== void 0 && s.expires < opts.today;
    for (const f of findings) {
      if (f.absFile !== s.file || f.offset === void 0 || f.offset < s.scope.start || f.offset >= s.scope.end || !s.rules.includes(f.ruleId)) continue;
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

// src/suppress/config-ignores.ts
import { relative as relative2, sep as sep2 } from "node:path";
function uselessConfigIgnores(ignores, knownRules, files, configDir, wholeTree) {
  const rels = files.map((f) => relative2(configDir, f).split(sep2).join("/"));
  const out = [];
  ignores.forEach((i, n) => {
    for (const r of i.rules) if (!knownRules.has(r)) out.push(`ignores[${n}] names unknown rule "${r}"`);
    if (wholeTree && !rels.some((rel) => minimatch(rel, i.files, { dot: true }))) out.push(`ignores[${n}] ("${i.files}") matches no file`);
  });
  return out;
}
function applyConfigIgnores(findings, ignores, configDir, today) {
  for (const f of findings) {
    if (f.suppressed || !f.absFile) continue;
    const rel = relative2(configDir, f.absFile).split(sep2).join("/");
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
  const stdinPath = opts.stdin && resolve2(opts.cwd, opts.stdin.path);
  const found = stdinPath ? { files: [stdinPath], notices: [] } : await discover(opts.paths.length ? opts.paths : ["."], opts.cwd);
  const files = filterByConfig(found.files, opts.configDir ?? opts.cwd, opts.include, opts.exclude);
  const hclFiles = files.filter((f) => HCL.test(f)).length;
  if (hclFiles) loadParser(hclFiles <= 30).catch(() => {
  });
  const ctx = new RunContext(opts, new Set(files), new Map(stdinPath ? [[stdinPath, opts.stdin.text]] : []));
  ctx.notices.push(...found.notices.map((n) => ({ file: n.path, message: n.message })));
  const moduleDirs = /* @__PURE__ */ new Map();
  for (const f of files) if (HCL.test(f)) moduleDirs.set(dirname(f), /* @__PURE__ */ new Set());
  for (const [dir, set] of moduleDirs) for (const f of siblings(dir)) set.add(f);
  for (const f of files) if (HCL.test(f)) moduleDirs.get(dirname(f)).add(f);
  const called = stdinPath || moduleDirs.size < 2 ? /* @__PURE__ */ new Set() : calledFolders(moduleDirs.keys());
  const units = [
    ...[...moduleDirs].filter(([dir]) => !called.has(dir)).map(([dir, set]) => ({ kind: "module", dir, files: [...set] })),
    ...files.filter((p) => !HCL.test(p) && isLintable(p)).map((path) => ({ kind: "json", path }))
  ];
  const workers = workerCount(files.length, opts);
  if (workers > 0) await lintInWorkers(ctx, units, workers);
  else for (const u of units) await (u.kind === "module" ? lintModuleUnit(ctx, u.dir, new Set(u.files)) : lintJsonUnit(ctx, u.path));
  for (const path of ctx.deferredPolicyFiles.sort()) if (!ctx.rendered.has(path)) await lintJsonUnit(ctx, path, true);
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
  const unique = dedupe(inScope);
  applyConfigIgnores(unique, opts.ignores ?? [], opts.configDir ?? opts.cwd, today);
  if (opts.ignores?.length) {
    const configDir = resolve2(opts.configDir ?? opts.cwd);
    const wholeTree = !stdinPath && (opts.paths.length ? opts.paths : ["."]).some((p) => !relative3(resolve2(opts.cwd, p), configDir).startsWith(".."));
    const known = new Set([...RULES, ...opts.rules].map((r) => r.meta.id));
    for (const message of uselessConfigIgnores(opts.ignores, known, files, configDir, wholeTree)) ctx.notices.push({ file: ".policylintrc", message });
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
  const cmp = (x, y) => x < y ? -1 : x > y ? 1 : 0;
  all.sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message) || cmp(a.fingerprint, b.fingerprint)
  );
  return {
    findings: all,
    info: [...new Set(ctx.info)].sort(),
    internalErrors: ctx.internalErrors,
    analyzer,
    policies: ctx.policies,
    notices: ctx.notices,
    filesLinted: files.length
  };
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const k = `${f.ruleId}\0${f.file}\0${f.line}:${f.column}\0${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
export {
  lint
};
