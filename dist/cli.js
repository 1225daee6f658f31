import {
  jsonChunks
} from "./chunk-4YSZLVQY.js";
import {
  escapeControl
} from "./chunk-E4MLOGC5.js";
import {
  configDir,
  effectiveConfig,
  lint,
  repositoryRoot
} from "./chunk-J5OLMZMN.js";
import {
  HOMEPAGE,
  VERSION
} from "./chunk-LE2ZDK7L.js";
import {
  docsBase,
  ruleDocsUrl
} from "./chunk-RGB5R7FS.js";
import {
  ConfigError,
  isLintable
} from "./chunk-L5UHJ52A.js";
import {
  HELP,
  UsageError,
  parseCli
} from "./chunk-SSVZOC2V.js";
import {
  RULES
} from "./chunk-CITPBV3T.js";
import "./chunk-ILESBZFY.js";
import "./chunk-E4K6YNQW.js";
import "./chunk-KA5X5QQG.js";
import "./chunk-65EAIF3L.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CMMA6BZU.js";
import "./chunk-INKYPUYQ.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import {
  MAX_JSON_BYTES,
  readRegularFile,
  scanRoots
} from "./chunk-Y7NYNGOL.js";

// src/cli/main.ts
import { closeSync, openSync, statSync, writeSync } from "node:fs";
import { readFile, realpath, writeFile } from "node:fs/promises";
import { resolve as resolve2, sep } from "node:path";

// src/format/compact.ts
import { resolve } from "node:path";
var LEVEL = { error: "Error", warning: "Warning", note: "Info" };
function* compactLines(findings, cwd) {
  for (const f of findings)
    if (!f.suppressed)
      yield `${escapeControl(resolve(cwd, f.file))}: line ${f.line}, col ${f.column}, ${LEVEL[f.severity]} - ${escapeControl(f.message.replace(/[ \t\n]+/g, " "))} (${escapeControl(f.ruleId)})
`;
}

// src/cli/main.ts
async function main(argv2, io) {
  let args;
  try {
    args = parseCli(argv2);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`policylint: ${e.message}
Run "policylint --help" for usage.
`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  try {
    return await run(args, io);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UsageError) {
      io.stderr(`policylint: ${e.message}
`);
      return 2;
    }
    io.stderr(`policylint: internal error: ${e.message}
Please report it with the input that caused it.
`);
    if (io.env.POLICYLINT_DEBUG) io.stderr(`${e.stack}
`);
    return 2;
  }
}
async function run(args, io) {
  const eff = await effectiveConfig(args, io.cwd, RULES);
  if (args.printConfig) {
    io.stdout(JSON.stringify({ configFile: eff.file ?? null, ...withDefaults(eff.config, RULES) }, null, 2) + "\n");
    return 0;
  }
  if (args.stdin && !args.stdinFilename)
    throw new UsageError("--stdin needs --stdin-filename, so policylint knows whether the text is Terraform or JSON and where its module is");
  for (const [flag, target] of [
    ["--output-file", args.outputFile],
    ["--write-baseline", args.writeBaseline]
  ]) {
    if (target && await namesAnInput(target, args.paths, io.cwd))
      throw new UsageError(`${flag} ${target} is one of the files being linted; policylint will not overwrite its input`);
  }
  checkInputs(args, io.cwd);
  const paths = args.wholeModule ? (await import("./whole-module-66CZCKXQ.js")).expandToModules(args.paths, io.cwd) : args.paths;
  if (args.paths.length && !paths.length) return 0;
  const root = rootFor(args, io.cwd, configDir(eff, io.cwd), eff.file);
  const result = await lint({
    cwd: io.cwd,
    root,
    paths,
    rules: eff.rules,
    ruleOptions: { trustedAccounts: eff.config.trustedAccounts ?? [], strict: !!eff.config.strict, rules: eff.ruleOptions },
    severities: eff.severities,
    varFiles: args.varFiles,
    inlineConfig: args.inlineConfig,
    include: eff.config.include,
    exclude: eff.config.exclude,
    ignores: eff.config.ignores,
    policyKinds: eff.config.policyKinds,
    configDir: configDir(eff, io.cwd),
    stdin: args.stdin ? { path: args.stdinFilename, text: await io.readStdin() } : void 0,
    collectPolicies: args.printPolicies,
    analyzer: args.accessAnalyzer || eff.config.accessAnalyzer?.enabled ? await analyzerFor(args, eff.config, io.cwd) : void 0
  });
  if (result.analyzer) {
    const a = result.analyzer;
    if (a.unavailable) io.stderr(`policylint: IAM Access Analyzer skipped: ${a.unavailable}; reporting offline findings only
`);
    else
      io.stderr(
        `policylint: IAM Access Analyzer: ${a.requests} request${a.requests === 1 ? "" : "s"} (${a.billedChecks} billed check${a.billedChecks === 1 ? "" : "s"}), ${a.cached} answered from cache, ${a.skippedUnknown} polic${a.skippedUnknown === 1 ? "y" : "ies"} with unresolved values not sent
`
      );
    for (const n of a.notices) io.stderr(`policylint: IAM Access Analyzer: ${n}
`);
  }
  const analyzerFailed = !!result.analyzer && args.accessAnalyzerRequired && (!!result.analyzer.unavailable || result.analyzer.validated === 0 && result.analyzer.failed > 0);
  for (const n of result.notices) io.stderr(`policylint: ${escapeControl(n.file)}: ${n.message}
`);
  if (paths.length && result.notices.filter((n) => n.message === "no such file or directory").length === paths.length) {
    io.stderr("policylint: none of the paths given exists\n");
    return 2;
  }
  if (args.paths.length && !args.stdin && result.filesLinted === 0 && result.notices.length) {
    io.stderr("policylint: nothing given could be linted\n");
    return 2;
  }
  if (args.verbose) for (const line of [...new Set(result.info)]) io.stderr(`policylint: ${line}
`);
  const { statements, judged } = result.coverage;
  if ((args.verbose || eff.config.strict) && statements)
    io.stderr(
      `policylint: ${judged} of ${statements} statement${statements === 1 ? "" : "s"} judged (${Math.floor(judged * 100 / statements)}%)${judged < statements && !eff.config.strict ? "; --strict names the others" : ""}
`
    );
  if (args.printPolicies) {
    const { printPolicies } = await import("./policies-GYOLN5VB.js");
    emit(printPolicies(result.policies, root), args, io);
    return 0;
  }
  if (args.writeBaseline) {
    const fingerprints = [...new Set(result.findings.filter((f) => !f.suppressed).map((f) => f.fingerprint))].sort();
    await writeFile(args.writeBaseline, JSON.stringify({ version: 1, fingerprints }, null, 2) + "\n");
    io.stderr(`policylint: wrote ${fingerprints.length} finding${fingerprints.length === 1 ? "" : "s"} to ${args.writeBaseline}
`);
    return 0;
  }
  let findings = result.findings;
  if (args.baseline) {
    const { kept, stale } = await withoutBaseline(findings, args.baseline);
    findings = kept;
    if (stale)
      io.stderr(
        `policylint: ${stale} baseline entr${stale === 1 ? "y matches" : "ies match"} no finding any more; rewrite the baseline with --write-baseline to drop ${stale === 1 ? "it" : "them"}
`
      );
  }
  if (args.quiet) findings = findings.filter((f) => f.severity === "error");
  const format = args.format ?? (io.isTTY && !args.outputFile ? "friendly" : "compact");
  emit(await render(format, findings, args, io, result.notices, result.internalErrors, root), args, io);
  for (const e of result.internalErrors) io.stderr(`policylint: internal error: ${e}
Please report it with the input that caused it.
`);
  if (analyzerFailed) io.stderr("policylint: --access-analyzer-required: IAM Access Analyzer validated no policy\n");
  if (result.internalErrors.length || analyzerFailed) return 2;
  const code = exitCode(findings, args.maxWarnings);
  const warnings = findings.filter((f) => !f.suppressed && f.severity === "warning").length;
  if (code === 1 && !findings.some((f) => !f.suppressed && f.severity === "error"))
    io.stderr(`policylint: ${warnings} warning${warnings === 1 ? "" : "s"}, more than --max-warnings ${args.maxWarnings} allows
`);
  return code;
}
function withDefaults(config, all) {
  const rules = Object.fromEntries(
    all.map(({ meta }) => {
      const set = config.rules?.[meta.id];
      const severity = (typeof set === "object" ? set.severity : set) ?? meta.severity;
      const given = typeof set === "object" ? set.options : void 0;
      return [meta.id, meta.optionDefaults ? { severity, options: { ...meta.optionDefaults, ...given } } : severity];
    })
  );
  return { include: [], exclude: [], ignores: [], trustedAccounts: [], strict: false, ...config, rules };
}
async function analyzerFor(args, config, cwd) {
  const { runAccessAnalyzer } = await import("./run-V25QWZ2L.js");
  const { cacheFileFor } = await import("./cache-CA254GMS.js");
  const aa = config.accessAnalyzer ?? {};
  const timeout = Number(process.env.POLICYLINT_ACCESS_ANALYZER_TIMEOUT_MS);
  return (policies) => runAccessAnalyzer(policies, {
    region: aa.region,
    checkNoPublicAccess: aa.checkNoPublicAccess,
    accessNotGranted: aa.accessNotGranted,
    cacheFile: args.cache ? cacheFileFor(args.cacheLocation, cwd) : void 0,
    timeoutMs: timeout > 0 ? timeout : void 0
  });
}
function checkInputs(args, cwd) {
  for (const f of args.varFiles) if (!statSync(resolve2(cwd, f), { throwIfNoEntry: false })?.isFile()) throw new UsageError(`--var-file ${f}: no such file`);
}
function rootFor(args, cwd, configFolder, configFile) {
  if (args.root === void 0) return repositoryRoot(cwd, configFile ? configFolder : void 0);
  const dir = resolve2(cwd, args.root);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--root ${args.root}: no such folder`);
  return dir;
}
async function withoutBaseline(findings, file) {
  let known;
  try {
    const data = JSON.parse(await readFile(file, "utf8"));
    if (!Array.isArray(data.fingerprints)) throw new Error('no "fingerprints" list');
    known = new Set(data.fingerprints.map(String));
  } catch (e) {
    throw new UsageError(`--baseline ${file}: ${e.code ?? e.message}`);
  }
  const seen = new Set(findings.map((f) => f.fingerprint));
  return { kept: findings.filter((f) => !known.has(f.fingerprint)), stale: [...known].filter((k) => !seen.has(k)).length };
}
async function render(format, findings, args, io, notices, internalErrors, root) {
  const docs = docsBase(HOMEPAGE, VERSION);
  for (const f of findings) f.helpUri ??= ruleDocsUrl(docs, f.ruleId);
  switch (format) {
    case "json":
      return jsonChunks(findings);
    case "sarif": {
      const { sarifChunks } = await import("./sarif-I6REFAZZ.js");
      return sarifChunks(findings, {
        version: VERSION,
        informationUri: HOMEPAGE,
        rules: RULES.map((r) => r.meta),
        category: args.sarifCategory,
        notifications: notices,
        internalErrors,
        docsBase: docs,
        root
      });
    }
    case "friendly": {
      const color = !io.env.NO_COLOR && (args.color ?? (io.isTTY && !args.outputFile));
      const roots = scanRoots(args.stdin && args.stdinFilename ? [args.stdinFilename] : args.paths.length ? args.paths : ["."], io.cwd);
      return (await import("./friendly-IQF5BGPT.js")).formatFriendly(findings, root, color, roots);
    }
    default:
      return compactLines(findings, root);
  }
}
function emit(out, args, io) {
  const pieces = batched(typeof out === "string" ? [out] : out);
  if (!args.outputFile) {
    for (const piece of pieces) io.stdout(piece);
    return;
  }
  const failed = (e) => new UsageError(`--output-file ${args.outputFile}: cannot write it (${e.code ?? e.message})`);
  let fd;
  try {
    fd = openSync(args.outputFile, "w");
  } catch (e) {
    throw failed(e);
  }
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } catch (e) {
    throw failed(e);
  } finally {
    closeSync(fd);
  }
}
function* batched(parts, size = 1 << 16) {
  let buf = "";
  for (const p of parts) {
    buf += p;
    if (buf.length >= size) {
      yield buf;
      buf = "";
    }
  }
  if (buf) yield buf;
}
async function namesAnInput(target, paths, cwd) {
  const real = async (p) => realpath(p).catch(() => void 0);
  const t = await real(resolve2(cwd, target));
  if (!t) return false;
  for (const p of paths.length ? paths : ["."]) {
    const r = await real(resolve2(cwd, p));
    if (!r) continue;
    if (t === r) return true;
    if (!isLintable(t) || !t.startsWith(r.endsWith(sep) ? r : r + sep)) continue;
    const text = readRegularFile(t);
    if (typeof text !== "string" || !/^\s*\{\s*"(version|fingerprints|findings|\$schema|runs)"/.test(text.slice(0, 200))) return true;
  }
  return false;
}
function exitCode(findings, maxWarnings) {
  const active = findings.filter((f) => !f.suppressed);
  if (active.some((f) => f.severity === "error")) return 1;
  const warnings = active.filter((f) => f.severity === "warning").length;
  return maxWarnings !== void 0 && maxWarnings >= 0 && warnings > maxWarnings ? 1 : 0;
}

// src/cli/bin.ts
async function readStdin() {
  const chunks = [];
  let size = 0;
  for await (const c of process.stdin) {
    chunks.push(c);
    size += c.length;
    if (size > MAX_JSON_BYTES) break;
  }
  return Buffer.concat(chunks).subarray(0, MAX_JSON_BYTES + 1).toString("utf8");
}
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
var argv = process.argv.slice(2);
var lsp = argv.includes("--lsp");
if (lsp) (await import("./server-7AWTZNKX.js")).serve();
if (!lsp)
  process.exitCode = await main(argv, {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin,
    isTTY: !!process.stdout.isTTY,
    env: process.env
  });
