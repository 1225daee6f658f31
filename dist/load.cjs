var __policylintUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/load.ts
var load_exports = {};
__export(load_exports, {
  loadForCli: () => loadForCli,
  loadForWorker: () => loadForWorker
});
module.exports = __toCommonJS(load_exports);
var import_node_fs2 = require("node:fs");
var import_node_module = require("node:module");
var import_node_path = require("node:path");
var import_node_url = require("node:url");

// src/cli/args.ts
var { parseArgs } = process.getBuiltinModule("node:util");
var FORMATS = ["friendly", "compact", "json", "sarif"];
var UsageError = class extends Error {
};
function plainArgsError(e) {
  const option = /'([^']+)'/.exec(e.message)?.[1];
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option ${option.startsWith("-") ? option : `-${option}`}`;
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option)
    return `option ${option.split(" ")[0]} ${/argument missing/.test(e.message) ? "needs a value" : "takes no value"}`;
  return e.message.split("\n")[0];
}
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        "output-file": { type: "string", short: "o" },
        "print-policies": { type: "boolean", default: false },
        version: { type: "boolean", short: "v", default: false },
        help: { type: "boolean", short: "h", default: false },
        strict: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        "max-warnings": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        "var-file": { type: "string", multiple: true, default: [] },
        "no-inline-config": { type: "boolean", default: false },
        "sarif-category": { type: "string" },
        "trusted-account": { type: "string", multiple: true, default: [] },
        config: { type: "string", short: "c" },
        "no-config-lookup": { type: "boolean", default: false },
        "print-config": { type: "boolean", default: false },
        rule: { type: "string", multiple: true, default: [] },
        stdin: { type: "boolean", default: false },
        "stdin-filename": { type: "string" },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        verbose: { type: "boolean", default: false },
        "access-analyzer": { type: "boolean", default: false },
        "access-analyzer-required": { type: "boolean", default: false },
        "no-cache": { type: "boolean", default: false },
        "cache-location": { type: "string" },
        "whole-module": { type: "boolean", default: false },
        root: { type: "string" }
      }
    });
  } catch (e) {
    throw new UsageError(plainArgsError(e));
  }
  const v = parsed.values;
  if (v.format !== void 0 && !FORMATS.includes(v.format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${v.format}"`);
  }
  let maxWarnings;
  if (v["max-warnings"] !== void 0) {
    maxWarnings = Number(v["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, not "${v["max-warnings"]}"`);
  }
  for (const a of v["trusted-account"]) if (!/^\d{12}$/.test(a)) throw new UsageError(`--trusted-account takes a 12-digit account id, not "${a}"`);
  const rules = v.rule.map((r) => {
    const m = /^([a-z0-9-]+):(off|error|warning|note)$/.exec(r);
    if (!m) throw new UsageError(`--rule takes rule-id:severity (off, error, warning, note), e.g. ecr-scope:error, not "${r}"`);
    return { id: m[1], severity: m[2] };
  });
  if (v["stdin-filename"] && !v.stdin) throw new UsageError("--stdin-filename goes with --stdin");
  return {
    paths: parsed.positionals,
    format: v.format,
    outputFile: v["output-file"],
    printPolicies: !!v["print-policies"],
    version: !!v.version,
    help: !!v.help,
    strict: !!v.strict,
    quiet: !!v.quiet,
    maxWarnings,
    color: v["no-color"] ? false : v.color,
    varFiles: v["var-file"],
    inlineConfig: !v["no-inline-config"],
    sarifCategory: v["sarif-category"],
    trustedAccounts: v["trusted-account"],
    config: v.config,
    configLookup: !v["no-config-lookup"],
    printConfig: !!v["print-config"],
    rules,
    stdin: !!v.stdin,
    stdinFilename: v["stdin-filename"],
    baseline: v.baseline,
    writeBaseline: v["write-baseline"],
    verbose: !!v.verbose,
    accessAnalyzer: !!v["access-analyzer"] || !!v["access-analyzer-required"],
    accessAnalyzerRequired: !!v["access-analyzer-required"],
    cache: !v["no-cache"],
    cacheLocation: v["cache-location"],
    wholeModule: !!v["whole-module"],
    root: v.root
  };
}

// src/discover/own-files.ts
var import_node_fs = require("node:fs");
function trustworthy(path, kind) {
  try {
    const st = (0, import_node_fs.lstatSync)(path);
    if (kind === "file" ? !st.isFile() : !st.isDirectory()) return false;
    if (typeof process.getuid === "function" && st.uid !== process.getuid()) return false;
    return process.platform === "win32" || (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function readTrusted(path, maxBytes = 64 * 1024 * 1024) {
  if (!trustworthy(path, "file")) return void 0;
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NOFOLLOW ?? 0) | (import_node_fs.constants.O_NONBLOCK ?? 0));
    const st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile() || st.size > maxBytes) return void 0;
    return (0, import_node_fs.readFileSync)(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}
function ownDir(dir) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
  } catch {
    return void 0;
  }
  return trustworthy(dir, "dir") ? dir : void 0;
}
function writeAtomic(path, data) {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    (0, import_node_fs.writeFileSync)(tmp, data, { flag: "wx", mode: 384 });
    (0, import_node_fs.renameSync)(tmp, path);
  } catch (e) {
    (0, import_node_fs.rmSync)(tmp, { force: true });
    throw e;
  }
}

// src/model/needs-full-script.ts
var NEEDS_FULL_SCRIPT = "POLICYLINT_NEEDS_FULL_SCRIPT";
function needsFullScript(e) {
  return typeof e === "object" && e !== null && e.code === NEEDS_FULL_SCRIPT;
}

// src/cli/load.ts
var vm = process.getBuiltinModule("node:vm");
var script = (0, import_node_url.fileURLToPath)(new URL(`./${"policylint-1c78ca3579.cjs"}`, __policylintUrl));
var jsonScript = (0, import_node_url.fileURLToPath)(new URL(`./${"policylint-json-bfe559e754.cjs"}`, __policylintUrl));
var v8 = () => process.getBuiltinModule("node:v8");
var budgetFlag = Number(process.versions.v8.split(".")[0]) < 12;
var DAY_MS = 24 * 3600 * 1e3;
var STALE_MS = 30 * DAY_MS;
function loadForWorker() {
  return run(script, fromSource(script));
}
function loadForCli(argv) {
  const { paths, stdin } = namedPaths(argv);
  const few = paths.length ? fewSmallFiles(paths) : stdin;
  const kind = runKind(argv, paths, few);
  if (kind !== "json" || stdin || !few) return loadScript(script, kind, paths);
  let again = false;
  const json = loadScript(jsonScript, kind, paths, () => again);
  return {
    async runCli(args) {
      try {
        await json.runCli(args);
      } catch (e) {
        if (!needsFullScript(e)) throw e;
        again = true;
        await loadScript(script, kind, paths).runCli(args);
      }
    }
  };
}
function loadScript(file, kind, paths, abandoned = () => false) {
  const whole = file === script;
  if (whole) setRunFlags();
  const tag = whole ? v8().cachedDataVersionTag() : void 0;
  const cacheFile = codeCacheFile(file, kind, paths, tag);
  if (!cacheFile) return run(file, fromSource(file));
  const dropped = dropAfterCrash(cacheFile);
  const source = (0, import_node_fs2.readFileSync)(file, "utf8");
  const cached = readOwnCache(cacheFile);
  const mark = cached && markRunning(cacheFile);
  const compiled = new vm.Script(source, { filename: file, cachedData: cached?.data });
  const verdict = dropped ? "dropped" : !cached ? "none" : compiled.cachedDataRejected ? "rejected" : "used";
  const running = verdict === "used" ? mark : void 0;
  if (mark && !running) removeQuietly(mark);
  if (verdict === "used") keepFresh(cacheFile);
  if (process.env.POLICYLINT_DEBUG_CODE_CACHE) process.stderr.write(`policylint: code cache ${verdict}: ${cacheFile}
`);
  process.once("exit", () => {
    const used = verdict === "used" ? cached : void 0;
    if ((whole || !used || used.checksLeft > 0) && !abandoned()) {
      const packages = packagesLoaded();
      const grew = cached !== void 0 && (cached.packages & ~packages) === 0 && compiledBytes() > cached.compiledBytes * 1.02;
      if (!(packages & AWS_SDK) && (verdict !== "used" || grew)) writeCache(compiled, cacheFile, tag, packages);
      else if (!whole && used) countCheck(cacheFile, used.checksLeft - 1);
    }
    if (running) removeQuietly(running);
  });
  return run(file, compiled);
}
function fromSource(file) {
  return new vm.Script((0, import_node_fs2.readFileSync)(file, "utf8"), { filename: file });
}
function run(file, compiled) {
  const mod = { exports: {} };
  compiled.runInThisContext().call(mod.exports, mod.exports, (0, import_node_module.createRequire)(file), mod, file, (0, import_node_path.dirname)(file));
  return mod.exports;
}
var OUTSIDE = [
  [/[\\/]node_modules[\\/]eslint-formatter-friendly[\\/]/, 1],
  [/[\\/]node_modules[\\/]@aws-sdk[\\/]/, 2],
  [/[\\/]node_modules[\\/]yaml[\\/]/, 4],
  [/[\\/]node_modules[\\/]web-tree-sitter[\\/]/, 8],
  // The language server's protocol library, bundled beside the script.
  [/[\\/]lsp-protocol\.cjs$/, 16]
];
var AWS_SDK = 2;
function packagesLoaded() {
  let bits = 0;
  for (const file of Object.keys((0, import_node_module.createRequire)(__policylintUrl).cache)) for (const [pattern, bit] of OUTSIDE) if (pattern.test(file)) bits |= bit;
  return bits;
}
function keepFresh(file) {
  try {
    const now = /* @__PURE__ */ new Date();
    if (now.getTime() - ((0, import_node_fs2.lstatSync)(file, { throwIfNoEntry: false })?.mtimeMs ?? now.getTime()) > DAY_MS) (0, import_node_fs2.lutimesSync)(file, now, now);
  } catch {
  }
}
function removeQuietly(file) {
  try {
    (0, import_node_fs2.unlinkSync)(file);
  } catch {
  }
}
var RUNNING = ".running";
var MARK_MS = 3600 * 1e3;
function markRunning(file) {
  const mark = `${file}.${process.pid}${RUNNING}`;
  try {
    (0, import_node_fs2.writeFileSync)(mark, "", { mode: 384, flag: "wx" });
    return mark;
  } catch {
    return void 0;
  }
}
function dropAfterCrash(file) {
  const dir = (0, import_node_path.dirname)(file);
  const prefix = `${(0, import_node_path.basename)(file)}.`;
  let dropped = false;
  try {
    for (const name of (0, import_node_fs2.readdirSync)(dir)) {
      if (!name.startsWith(prefix) || !name.endsWith(RUNNING)) continue;
      const pid = Number(name.slice(prefix.length, -RUNNING.length));
      const age = Date.now() - ((0, import_node_fs2.statSync)((0, import_node_path.join)(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (pid !== process.pid && alive(pid) && (age < MARK_MS || file.endsWith("-lsp.bin"))) continue;
      removeQuietly(file);
      removeQuietly((0, import_node_path.join)(dir, name));
      dropped = true;
    }
  } catch {
  }
  return dropped;
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
function setRunFlags() {
  v8().setFlagsFromString("--heap-growing-percent=25");
  if (budgetFlag) v8().setFlagsFromString("--interrupt-budget=300000");
}
function restoreCompileFlags() {
  v8().setFlagsFromString("--no-liftoff-only");
  v8().setFlagsFromString("--wasm-tier-up");
  v8().setFlagsFromString("--wasm-dynamic-tiering");
  setRunFlags();
}
function namedPaths(argv) {
  try {
    const parsed = parseCli(argv);
    return { paths: parsed.paths, stdin: !!parsed.stdin };
  } catch {
    return { paths: [], stdin: false };
  }
}
var FEW_FILES = 50;
var FEW_BYTES = 2 * 1024 * 1024;
function fewSmallFiles(paths) {
  if (paths.length > FEW_FILES) return false;
  let bytes = 0;
  for (const p of paths) {
    const st = (0, import_node_fs2.lstatSync)(p, { throwIfNoEntry: false });
    if (!st?.isFile()) return false;
    bytes += st.size;
  }
  return bytes <= FEW_BYTES;
}
function runKind(argv, paths, few) {
  if (argv.includes("--lsp")) return "lsp";
  if (paths.length && paths.every((p) => /\.json$/i.test(p) && !/\.tf\.json$/i.test(p))) return "json";
  return few ? "terraform" : "tree";
}
function codeCacheDir(paths) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  const xdg = process.env.XDG_CACHE_HOME;
  const home = process.env.HOME || process.getBuiltinModule("node:os").homedir();
  const base = xdg && (0, import_node_path.isAbsolute)(xdg) ? xdg : (0, import_node_path.isAbsolute)(home) ? (0, import_node_path.join)(home, ".cache") : void 0;
  if (!base) return void 0;
  const dir = (0, import_node_path.join)(base, "policylint", "v8-code-cache");
  const real = realPathOf(dir);
  for (const linted of lintedRoots(paths)) {
    const rel = (0, import_node_path.relative)(linted, real);
    if (!rel || !rel.startsWith("..") && !(0, import_node_path.isAbsolute)(rel)) return void 0;
  }
  return ownDir(dir) && trustworthy((0, import_node_path.dirname)(dir), "dir") ? dir : void 0;
}
function realPathOf(path) {
  try {
    return (0, import_node_fs2.realpathSync)(path);
  } catch {
    const up = (0, import_node_path.dirname)(path);
    return up === path ? path : (0, import_node_path.join)(realPathOf(up), (0, import_node_path.basename)(path));
  }
}
function lintedRoots(paths) {
  const roots = paths.length ? paths.map((p) => (0, import_node_path.resolve)(p)) : [process.cwd()];
  return roots.flatMap((p) => {
    try {
      return [(0, import_node_fs2.realpathSync)(p)];
    } catch {
      return [];
    }
  });
}
function codeCacheFile(file, kind, paths, tag) {
  const dir = codeCacheDir(paths);
  const { size, mtimeMs } = (0, import_node_fs2.statSync)(file);
  const id = `${size.toString(36)}${Math.trunc(mtimeMs).toString(36)}`;
  const flags = tag === void 0 ? `f${startFlags()}` : tag.toString(16);
  return dir && (0, import_node_path.join)(dir, `${(0, import_node_path.basename)(file).replace(/\.cjs$/, "")}-${id}-node${process.version}-${process.arch}-${flags}-${kind}.bin`);
}
function startFlags() {
  let h = 2166136261;
  for (const c of `${process.execArgv.join("\0")}\0${process.env.NODE_OPTIONS ?? ""}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h.toString(16);
}
var MAGIC = 1347175219;
var HEADER = 16;
var CHECKS_AT = 12;
var CHECKS = 8;
function compiledBytes() {
  return v8().getHeapCodeStatistics().bytecode_and_metadata_size;
}
function readOwnCache(file) {
  const all = readTrusted(file);
  if (!all || all.length <= HEADER || all.readUInt32BE(0) !== MAGIC) return void 0;
  return { data: all.subarray(HEADER), compiledBytes: all.readUInt32BE(4), packages: all.readUInt32BE(8), checksLeft: all.readUInt32BE(CHECKS_AT) };
}
function countCheck(file, left) {
  try {
    const { openSync: openSync2, writeSync, closeSync: closeSync2, constants: constants2 } = process.getBuiltinModule("node:fs");
    const fd = openSync2(file, constants2.O_WRONLY | (constants2.O_NOFOLLOW ?? 0));
    try {
      const at = Buffer.alloc(4);
      at.writeUInt32BE(Math.max(left, 0));
      writeSync(fd, at, 0, 4, CHECKS_AT);
    } finally {
      closeSync2(fd);
    }
  } catch {
  }
}
function writeCache(compiled, file, tag, packages) {
  try {
    const bytes = compiledBytes();
    if (tag !== void 0) {
      restoreCompileFlags();
      if (v8().cachedDataVersionTag() !== tag) return;
    }
    const dir = (0, import_node_path.dirname)(file);
    const now = Date.now();
    for (const name of (0, import_node_fs2.readdirSync)(dir)) {
      const age = now - ((0, import_node_fs2.statSync)((0, import_node_path.join)(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? now);
      if (age > (name.endsWith(".bin") ? STALE_MS : DAY_MS)) removeQuietly((0, import_node_path.join)(dir, name));
    }
    const header = Buffer.alloc(HEADER);
    header.writeUInt32BE(MAGIC, 0);
    header.writeUInt32BE(Math.min(bytes, 4294967295), 4);
    header.writeUInt32BE(packages, 8);
    header.writeUInt32BE(CHECKS, CHECKS_AT);
    writeAtomic(file, Buffer.concat([header, compiled.createCachedData()]));
  } catch {
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  loadForCli,
  loadForWorker
});
