import {
  workerFile
} from "./chunk-E4K6YNQW.js";
import {
  UnitRecorder
} from "./chunk-5WKV3ASS.js";
import {
  RunContext,
  lintUnit
} from "./chunk-ZQ2FVNUG.js";
import {
  reachedFolders
} from "./chunk-UYKOBCRN.js";
import "./chunk-EAAWNLU4.js";
import "./chunk-4T5MNSV4.js";
import "./chunk-XRNNRSWR.js";
import "./chunk-Y7NYNGOL.js";
import "./chunk-KMQPKPIB.js";
import "./chunk-CMMA6BZU.js";

// src/engine/workers.ts
import { statSync } from "node:fs";

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
export {
  lintInWorkers,
  spawnWorkers,
  stopWorkers
};
