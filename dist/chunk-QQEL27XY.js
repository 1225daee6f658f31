import {
  RunContext,
  UnitRecorder,
  lintUnit,
  parseTerraformJson
} from "./chunk-V7T4W66J.js";
import {
  fingerprint,
  locate
} from "./chunk-GFT7FK3D.js";
import {
  discover,
  isLintable
} from "./chunk-PZREASDV.js";
import {
  HCL,
  fileBytes,
  filterByConfig,
  listDir,
  minimatch,
  siblings
} from "./chunk-IKHQYRCF.js";
import {
  confine
} from "./chunk-XBJQR4S2.js";
import {
  RULES,
  buildModule,
  localSource,
  localTarget
} from "./chunk-6WM2UGMR.js";
import {
  isLiteralString,
  loadParser,
  outline,
  parseHcl
} from "./chunk-3GXURZLZ.js";
import {
  makeSource
} from "./chunk-CLV62ZXN.js";

// src/engine/lint.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname, relative as relative2, resolve } from "node:path";

// src/engine/module-roots.ts
import { isUtf8 } from "node:buffer";

// src/parse/module-calls.ts
function moduleCallSources(bytes) {
  const view = bytes.toString("latin1");
  const blocks = outline(view);
  if (!blocks) return void 0;
  const sources = [];
  for (const block of blocks) {
    if (block.type !== "module") continue;
    for (const item of block.items) {
      if (item.block || item.name !== "source") continue;
      const quoted = view.slice(item.valueStart, item.end).trim();
      if (!isLiteralString(quoted)) continue;
      const start = item.end - quoted.length + 1;
      sources.push(bytes.toString("utf8", start, item.end - 1));
    }
  }
  return sources;
}

// src/engine/module-roots.ts
async function calledFolders(dirs, roots, calls = /* @__PURE__ */ new Map(), discovered = /* @__PURE__ */ new Set(), listings = /* @__PURE__ */ new Map(), keep) {
  let kept = 0;
  const all = new Set(dirs);
  for (const dir of all) {
    const out = /* @__PURE__ */ new Set();
    for (const file of siblings(dir, listings.get(dir))) {
      if (!discovered.has(file) && !confine(file, roots).ok) continue;
      const bytes = fileBytes(file);
      if (!bytes) continue;
      if (keep && kept + bytes.length <= KEEP_BYTES) {
        keep.set(file, bytes);
        kept += bytes.length;
      }
      for (const target of await callTargets(bytes, file, dir)) if (target !== dir && all.has(target)) out.add(target);
    }
    calls.set(dir, out);
  }
  const calledByAnother = new Set([...calls.values()].flatMap((s) => [...s]));
  const reached = /* @__PURE__ */ new Set();
  const pending = [...all].filter((d) => !calledByAnother.has(d));
  for (const root of pending) reached.add(root);
  const through = /* @__PURE__ */ new Set();
  while (pending.length) {
    for (const next of calls.get(pending.pop()) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      through.add(next);
      pending.push(next);
    }
  }
  return through;
}
function readsPerFolder(units, calls) {
  const reads = /* @__PURE__ */ new Map();
  for (const u of units) if (u.kind === "module" && u.dir) for (const d of reachedFolders(u.dir, calls)) reads.set(d, (reads.get(d) ?? 0) + 1);
  return reads;
}
function reachedFolders(dir, calls) {
  const seen = /* @__PURE__ */ new Set([dir]);
  const pending = [...calls.get(dir) ?? []];
  while (pending.length) {
    const d = pending.pop();
    if (seen.has(d)) continue;
    seen.add(d);
    pending.push(...calls.get(d) ?? []);
  }
  seen.delete(dir);
  return seen;
}
async function callTargets(bytes, file, dir) {
  if (!bytes.includes("module") || bytes.subarray(0, 8192).indexOf(0) >= 0 || !isUtf8(bytes)) return [];
  const sources = file.endsWith(".json") ? void 0 : moduleCallSources(bytes);
  if (sources) return sources.flatMap((s) => localTarget(dir, s) ?? []);
  const src = makeSource(file, bytes.toString("utf8"));
  let hcl;
  try {
    hcl = file.endsWith(".json") ? await parseTerraformJson(src) : await parseHcl(src);
  } catch {
    return [];
  }
  const module = buildModule(dir, [{ src, hcl }], () => void 0);
  return [...module.calls.values()].flatMap((call) => localSource(module, call.item) ?? []);
}
var KEEP_BYTES = 10 * 1024 * 1024;

// src/engine/workers.ts
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

// src/engine/dispenser.ts
var Dispenser = class {
  /** Per group, its units' indexes in the order to give them. */
  queues = [];
  started = /* @__PURE__ */ new Set();
  /** No group before this one is unstarted (groups start in order): a pick never rescans them. */
  unstarted = 0;
  remaining = 0;
  /** `groups`: the units' indexes, grouped, each group largest unit first, groups largest first. */
  constructor(groups) {
    for (const g of groups) this.add(g);
  }
  /** A group to give after the others (the policy files no module read, one unit each). */
  add(group) {
    if (!group.length) return;
    this.queues.push([...group]);
    this.remaining += group.length;
  }
  /** Units not given yet. */
  get left() {
    return this.remaining;
  }
  get empty() {
    return this.remaining === 0;
  }
  /** The next unit for a worker whose last unit was of group `current`; undefined when none is left. */
  next(current) {
    if (!this.remaining) return void 0;
    while (this.unstarted < this.queues.length && (this.started.has(this.unstarted) || !this.queues[this.unstarted].length)) this.unstarted++;
    let group = current !== void 0 && this.queues[current]?.length ? current : this.unstarted < this.queues.length ? this.unstarted : -1;
    if (group < 0) group = this.queues.reduce((best, q, i) => q.length > this.queues[best].length ? i : best, 0);
    this.started.add(group);
    this.remaining--;
    return { index: this.queues[group].shift(), group };
  }
  /** Every unit not given yet, in index order (a run whose workers all died lints them itself). */
  drain() {
    const rest = this.queues.flatMap((q) => q.splice(0));
    this.remaining = 0;
    return rest.sort((a, b) => a - b);
  }
};
function groupByCalledFolders(units, calls) {
  const parent = units.map((_, i) => i);
  const find = (i) => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const reader = /* @__PURE__ */ new Map();
  units.forEach((u, i) => {
    if (u.kind !== "module" || !u.dir) return;
    for (const d of reachedFolders(u.dir, calls)) {
      const other = reader.get(d);
      if (other === void 0) reader.set(d, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = /* @__PURE__ */ new Map();
  units.forEach((_, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].sort((a, b) => a[0] - b[0]);
}

// src/engine/workers.ts
async function spawnWorkers(ctx, n) {
  if (Number(process.versions.v8.split(".")[0]) < 12) (await import("node:v8")).setFlagsFromString("--interrupt-budget=1000000");
  const { Worker } = await import("node:worker_threads");
  const { rules: _r, severities, analyzer: _a, stdin: _s, ...opts } = ctx.opts;
  const task = {
    opts,
    severities: [...severities ?? []],
    ruleIds: ctx.opts.rules.map((r) => r.meta.id),
    requested: [...ctx.requested]
  };
  return Array.from({ length: n }, () => {
    const s = { worker: new Worker(workerFile(), { workerData: task }), exited: false };
    s.worker.once("exit", () => s.exited = true);
    s.worker.once("error", () => s.exited = true);
    return s;
  });
}
async function stopWorkers(spawned) {
  await Promise.all(spawned.map((s) => s.worker.terminate()));
}
var WORKER_THRESHOLD = 300;
function workerCount(files, opts) {
  if (opts.stdin || opts.overlays || opts.parseCache || opts.analyzer || opts.collectPolicies) return 0;
  if (!existsSync(workerFile())) return 0;
  const forced = process.env.POLICYLINT_WORKERS;
  if (forced !== void 0 && forced !== "") return Math.max(0, Math.min(16, Number(forced) || 0));
  const cores = availableParallelism();
  return cores > 1 && files >= WORKER_THRESHOLD ? Math.min(cores, 4) - 1 : 0;
}
function workerFile() {
  return fileURLToPath(new URL("./worker.js", import.meta.url));
}
var HELD = 8;
async function lintInWorkers(ctx, units, spawned, here = false) {
  const size = (u) => u.kind === "json" ? fileSize(u.path) : u.files.reduce((s, f) => s + fileSize(f), 0);
  const sized = units.map((u) => ({ u, s: size(u) })).sort((a, b) => b.s - a.s);
  const all = sized.map((x) => x.u);
  const total = (g) => g.reduce((s, i) => s + sized[i].s, 0);
  const dispenser = new Dispenser(groupByCalledFolders(all, ctx.calls).sort((a, b) => total(b) - total(a)));
  const answers = /* @__PURE__ */ new Map();
  const orphans = [];
  const idle = [];
  let deferredChecked = false;
  let deferredHandedOut = false;
  let alive = Math.min(spawned.length, all.length);
  let threads = alive + (here ? 1 : 0);
  const checkDeferred = () => {
    if (deferredChecked || !dispenser.empty || answers.size + orphans.length < all.length) return;
    deferredChecked = true;
    if (!orphans.length) {
      deferredHandedOut = true;
      const deferred = [...answers.values()].flatMap((a) => a.deferredPolicyFiles).sort();
      const rendered = /* @__PURE__ */ new Set([...ctx.rendered, ...[...answers.values()].flatMap((a) => a.rendered)]);
      for (const path of deferred) if (!rendered.has(path)) dispenser.add([all.push({ kind: "json", path, deferred: true }) - 1]);
    }
    for (const wake of idle.splice(0)) wake();
  };
  const workersDone = new Promise((done) => {
    const start = ({ worker: w, exited }) => {
      const held = [];
      let group;
      let finished = false;
      const give = () => {
        if (finished) return;
        checkDeferred();
        while (held.length < Math.max(1, Math.min(HELD, Math.ceil(dispenser.left / threads)))) {
          const next = dispenser.next(group);
          if (!next) {
            if (held.length) return;
            if (deferredChecked) w.postMessage("end");
            else idle.push(give);
            return;
          }
          group = next.group;
          held.push(next.index);
          w.postMessage({ index: next.index, unit: all[next.index] });
        }
      };
      const stop = () => {
        if (finished) return;
        finished = true;
        orphans.push(...held.splice(0).filter((i) => !answers.has(i)));
        alive--;
        threads--;
        if (!alive) {
          orphans.push(...dispenser.drain());
          for (const wake of idle.splice(0)) wake();
          done();
        } else checkDeferred();
      };
      w.on("message", (m) => {
        if (finished) return;
        const at = held.indexOf(m.index);
        if (at >= 0) held.splice(at, 1);
        for (const f of m.findings) ctx.findings.push(interned(f));
        answers.set(m.index, { ...m, findings: [] });
        give();
      });
      w.once("error", stop);
      w.once("exit", stop);
      if (exited) return stop();
      w.postMessage({ readsLeft: [...ctx.readsLeft] });
      give();
    };
    void stopWorkers(spawned.slice(all.length));
    for (const s of spawned.slice(0, all.length)) start(s);
    if (!alive) done();
  });
  const lintHere = async () => {
    const recorder = new UnitRecorder(new RunContext({ ...ctx.opts, roots: ctx.roots }, ctx.requested, ctx.overrides));
    for (const [dir, names] of ctx.listings) recorder.ctx.listings.set(dir, names);
    recorder.ctx.readsLeft = new Map(ctx.readsLeft);
    const pause = () => new Promise((then) => setImmediate(then));
    recorder.ctx.pause = pause;
    let group;
    while (alive) {
      checkDeferred();
      const next = dispenser.next(group);
      if (!next) {
        if (deferredChecked) return;
        await new Promise((wake) => idle.push(wake));
        continue;
      }
      group = next.group;
      const answer = await recorder.lint(next.index, all[next.index]);
      ctx.findings.push(...answer.findings);
      answers.set(next.index, { ...answer, findings: [] });
      await pause();
    }
  };
  await Promise.all([workersDone, here ? lintHere() : void 0]);
  for (const [index, unit] of all.entries()) {
    const r = answers.get(index);
    if (!r) continue;
    ctx.suppressions.push(...r.suppressions);
    ctx.info.push(...r.info);
    ctx.internalErrors.push(...r.internalErrors);
    for (const f of r.reportable) ctx.reportable.add(f);
    for (const f of r.rendered) ctx.rendered.add(f);
    if (!unit.deferred && !deferredHandedOut) ctx.deferredPolicyFiles.push(...r.deferredPolicyFiles);
    ctx.coverage.statements += r.coverage.statements;
    ctx.coverage.judged += r.coverage.judged;
  }
  for (const index of orphans.sort((a, b) => a - b)) await lintUnit(ctx, all[index]);
}
function interned(f) {
  f.ruleId = intern(f.ruleId);
  f.severity = intern(f.severity);
  if (f.checkId) f.checkId = intern(f.checkId);
  f.file = intern(f.file);
  if (f.absFile) f.absFile = intern(f.absFile);
  if (f.address) f.address = intern(f.address);
  if (f.jsonPath) f.jsonPath = intern(f.jsonPath);
  if (f.witness) f.witness = intern(f.witness);
  if (f.modulePath) f.modulePath = f.modulePath.map(intern);
  if (f.relatedLocations) for (const r of f.relatedLocations) r.file = intern(r.file);
  return f;
}
function intern(s) {
  let shared = strings.get(s);
  if (shared === void 0) {
    if (strings.size >= 1e5) strings.clear();
    strings.set(s, shared = s);
  }
  return shared;
}
var strings = /* @__PURE__ */ new Map();
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
function uselessConfigIgnores(ignores, knownRules, files, configDir, wholeTree) {
  const rels = files.map((f) => relative(configDir, f).split(sep).join("/"));
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
    const rel = relative(configDir, f.absFile).split(sep).join("/");
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
  const spawned = workers > 0 ? await spawnWorkers(ctx, workers) : void 0;
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
    const called = stdinPath || moduleDirs.size < 2 ? /* @__PURE__ */ new Set() : await calledFolders(moduleDirs.keys(), ctx.roots, ctx.calls, ctx.requested, ctx.listings, workers ? void 0 : ctx.scanned);
    const units = [
      ...[...moduleDirs].filter(([dir]) => !called.has(dir)).map(([dir, set]) => ({ kind: "module", dir, files: [...set] })),
      ...files.filter((p) => !HCL.test(p) && isLintable(p)).map((path) => ({ kind: "json", path }))
    ];
    ctx.readsLeft = readsPerFolder(units, ctx.calls);
    if (spawned) await lintInWorkers(ctx, units, spawned, !process.env.POLICYLINT_TEST_WORKER_CRASH);
    else for (const u of units) await lintUnit(ctx, u);
  } catch (e) {
    if (spawned) await stopWorkers(spawned);
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
    const configDir = resolve(opts.configDir ?? opts.cwd);
    const wholeTree = !stdinPath && (opts.paths.length ? opts.paths : ["."]).some((p) => !relative2(resolve(opts.cwd, p), configDir).startsWith(".."));
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
  const unsaved = paths.map((p) => resolve(opts.cwd, p)).filter((p) => overrides.has(p) && isLintable(p) && !existsSync2(p));
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

export {
  lint
};
