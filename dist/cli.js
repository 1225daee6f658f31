import {
  configDir,
  effectiveConfig,
  lint,
  repositoryRoot
} from "./chunk-FGNTPMOZ.js";
import {
  HOMEPAGE,
  VERSION,
  docsBase,
  ruleDocsUrl
} from "./chunk-QR5U3DXG.js";
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
} from "./chunk-BD6VZAOR.js";
import "./chunk-ILESBZFY.js";
import "./chunk-W3TADBF4.js";
import "./chunk-E4K6YNQW.js";
import "./chunk-ZQ2FVNUG.js";
import {
  locate
} from "./chunk-4T5MNSV4.js";
import "./chunk-XRNNRSWR.js";
import {
  MAX_JSON_BYTES,
  loadSource,
  readRegularFile,
  scanRoots,
  siblings
} from "./chunk-Y7NYNGOL.js";
import {
  toPlain
} from "./chunk-KMQPKPIB.js";
import "./chunk-CMMA6BZU.js";

// src/cli/main.ts
import { closeSync, openSync, statSync, writeSync } from "node:fs";
import { readFile, realpath, writeFile } from "node:fs/promises";
import { resolve as resolve4, sep } from "node:path";

// src/format/escape.ts
var TEXT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var SOURCE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeControl(s, keepLines = false) {
  return s.replace(keepLines ? SOURCE : TEXT, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    const hex = c.charCodeAt(0).toString(16);
    return c.charCodeAt(0) < 256 ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
  });
}

// src/format/json.ts
function publicFinding(f) {
  const { absFile: _a, offset: _o, ...rest } = f;
  return rest;
}
function* jsonChunks(findings) {
  if (!findings.length) {
    yield '{\n  "version": 1,\n  "findings": []\n}\n';
    return;
  }
  yield '{\n  "version": 1,\n  "findings": [';
  for (let i = 0; i < findings.length; i++) yield `${i ? "," : ""}
${indented(publicFinding(findings[i]), "    ")}`;
  yield "\n  ]\n}\n";
}
function indented(value, indent) {
  return indent + JSON.stringify(value, null, 2).replaceAll("\n", `
${indent}`);
}

// src/format/compact.ts
import { resolve } from "node:path";
var LEVEL = { error: "Error", warning: "Warning", note: "Info" };
function* compactLines(findings, cwd) {
  for (const f of findings)
    if (!f.suppressed)
      yield `${escapeControl(resolve(cwd, f.file))}: line ${f.line}, col ${f.column}, ${LEVEL[f.severity]} - ${escapeControl(f.message.replace(/[ \t\n]+/g, " "))} (${escapeControl(f.ruleId)})
`;
}

// src/format/sarif.ts
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
var LEVEL2 = { error: "error", warning: "warning", note: "note" };
function artifact(file) {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function* sarifChunks(findings, opts) {
  const metas = [...opts.rules, ...analyzerRules(findings)];
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const rules = metas.map((m) => {
    const helpUri = m.helpUri ?? ruleDocsUrl(opts.docsBase, m.id);
    return {
      id: m.id,
      name: m.name,
      shortDescription: { text: m.description },
      fullDescription: { text: `${m.description}. ${m.fix}` },
      help: {
        text: `${m.description}.

Fix: ${m.fix}`,
        markdown: `**${m.description}.**

Fix: ${m.fix}

See [${m.id}](${helpUri}).`
      },
      helpUri,
      defaultConfiguration: { level: LEVEL2[m.severity] },
      properties: { tags: m.tags, precision: m.precision, "security-severity": m.securitySeverity.toFixed(1) }
    };
  });
  const region = (x) => ({
    startLine: x.line,
    startColumn: x.column,
    endLine: x.endLine,
    endColumn: x.endColumn
  });
  const location = (file, x) => ({ physicalLocation: { artifactLocation: artifact(file), region: region(x) } });
  const result = (f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? 0,
    level: LEVEL2[f.severity],
    message: { text: f.message },
    locations: [location(f.file, f)],
    partialFingerprints: { "policylintFingerprint/v1": f.fingerprint },
    ...f.relatedLocations?.length ? { relatedLocations: f.relatedLocations.map((r, i) => ({ id: i + 1, ...location(r.file, r), message: { text: r.message } })) } : {},
    ...f.suppressed ? { suppressions: [{ kind: "inSource", justification: f.suppression?.reason ?? "" }] } : {},
    ...f.witness || f.address || f.checkId ? {
      properties: {
        ...f.checkId ? { checkId: f.checkId } : {},
        ...f.witness ? { witness: f.witness } : {},
        ...f.address ? { address: f.address } : {}
      }
    } : {}
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "policylint", semanticVersion: opts.version, version: opts.version, informationUri: opts.informationUri, rules } },
        ...opts.category ? { automationDetails: { id: opts.category.endsWith("/") ? opts.category : `${opts.category}/` } } : {},
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(opts.root).href.replace(/\/?$/, "/") } },
        invocations: [
          {
            executionSuccessful: !opts.internalErrors?.length,
            toolExecutionNotifications: [
              ...opts.notifications.map((n) => ({ level: "warning", message: { text: `${n.file}: ${n.message}` } })),
              ...(opts.internalErrors ?? []).map((e) => ({ level: "error", message: { text: e } }))
            ]
          }
        ],
        results: []
      }
    ]
  };
  const text = JSON.stringify(sarif, null, 2) + "\n";
  const at = text.lastIndexOf('"results": []');
  if (!findings.length) {
    yield text;
    return;
  }
  yield text.slice(0, at) + '"results": [';
  for (let i = 0; i < findings.length; i++) yield `${i ? "," : ""}
${indented(result(findings[i]), "        ")}`;
  yield "\n      ]" + text.slice(at + '"results": []'.length);
}
function analyzerRules(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.ruleId.startsWith("access-analyzer/") || seen.has(f.ruleId)) continue;
    const code = f.ruleId.slice("access-analyzer/".length);
    const words = code.toLowerCase().split(/[_-]+/).filter(Boolean);
    seen.set(f.ruleId, {
      id: f.ruleId,
      name: `AccessAnalyzer${words.map((w) => w[0].toUpperCase() + w.slice(1)).join("")}`,
      description: `IAM Access Analyzer: ${words.join(" ")}`,
      severity: f.severity,
      tags: ["security", "iam", "access-analyzer"],
      precision: "high",
      securitySeverity: f.severity === "error" ? 7 : f.severity === "warning" ? 4 : 1,
      fix: "Follow the recommendation in the finding and Access Analyzer's documentation linked here.",
      semantics: [],
      ...f.helpUri ? { helpUri: f.helpUri } : {}
    });
  }
  return [...seen.values()];
}

// src/format/friendly.ts
import { resolve as resolve2 } from "node:path";
async function formatFriendly(findings, cwd, color, roots) {
  process.env.EFF_NO_LINK_RULES = "true";
  process.env.FORCE_COLOR = color ? "1" : "0";
  const mod = await import("eslint-formatter-friendly");
  const format = mod.default ?? mod;
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) if (!f.suppressed && f.severity !== "note") byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const results = [...byFile].map(([file, list]) => ({
    filePath: escapeControl(resolve2(cwd, file)),
    // The formatter would read the file itself, blocking on a FIFO or following a link out of the
    // tree: it gets the text from policylint's own checked reader, or a blank (no code frame).
    source: escapeControl(loadSource(resolve2(cwd, file), roots)?.text ?? "", true) || " ",
    messages: list.map((f) => ({
      ruleId: escapeControl(f.ruleId),
      severity: f.severity === "error" ? 2 : 1,
      message: escapeControl(f.message),
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn
    })),
    errorCount: list.filter((f) => f.severity === "error").length,
    warningCount: list.filter((f) => f.severity === "warning").length
  }));
  const suppressed = findings.filter((f) => f.suppressed).length;
  const notes = findings.filter((f) => !f.suppressed && f.severity === "note");
  let text = results.length ? format(results) : notes.length ? "" : "No problems found.\n";
  if (notes.length) {
    const lines = notes.map((f) => `  ${resolve2(cwd, f.file)}:${f.line}:${f.column}  ${f.message}  (${f.ruleId})`);
    text = `${text.trimEnd()}${text.trim() ? "\n\n" : ""}${notes.length} note${notes.length === 1 ? "" : "s"}:
${lines.join("\n")}
`;
  }
  const docs = [...new Map([...byFile.values(), notes].flat().map((f) => [f.ruleId, f.helpUri])).entries()].filter(([, url]) => url).sort(([a], [b]) => a.localeCompare(b));
  if (docs.length) text = `${text.trimEnd()}

Rule docs:
${docs.map(([id, url]) => `  ${escapeControl(id)}: ${escapeControl(url)}`).join("\n")}
`;
  return suppressed ? `${text.trimEnd()}
${suppressed} suppressed finding${suppressed === 1 ? "" : "s"} not shown (see --format json).
` : text;
}

// src/format/policies.ts
function printPolicies(policies, root) {
  const sources = /* @__PURE__ */ new Map();
  const source = (f) => {
    if (!sources.has(f)) sources.set(f, loadSource(f));
    return sources.get(f);
  };
  const out = policies.map((p) => {
    const where = locate(p.origin, { root, source });
    return {
      file: where.file,
      line: where.line,
      column: where.column,
      address: p.address,
      ...p.attribute ? { attribute: p.attribute } : {},
      kind: p.kind,
      source: p.source,
      ...p.modulePath ? { modulePath: p.modulePath } : {},
      document: toPlain(p.document, true)
    };
  });
  return JSON.stringify({ policies: out }, null, 2) + "\n";
}

// src/cli/whole-module.ts
import { dirname, resolve as resolve3 } from "node:path";
var MODULE_FILE = /\.(tf|tofu|tf\.json|tfvars|tfvars\.json)$/;
function expandToModules(paths, cwd) {
  const out = /* @__PURE__ */ new Set();
  for (const p of paths) {
    if (MODULE_FILE.test(p)) for (const f of siblings(dirname(resolve3(cwd, p)))) out.add(f);
    if (!MODULE_FILE.test(p) || /\.(tf|tofu|tf\.json)$/.test(p)) out.add(resolve3(cwd, p));
  }
  return [...out];
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
  const paths = args.wholeModule ? expandToModules(args.paths, io.cwd) : args.paths;
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
  const { runAccessAnalyzer } = await import("./run-G3I5PQOL.js");
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
  for (const f of args.varFiles) if (!statSync(resolve4(cwd, f), { throwIfNoEntry: false })?.isFile()) throw new UsageError(`--var-file ${f}: no such file`);
}
function rootFor(args, cwd, configFolder, configFile) {
  if (args.root === void 0) return repositoryRoot(cwd, configFile ? configFolder : void 0);
  const dir = resolve4(cwd, args.root);
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
      return formatFriendly(findings, root, color, roots);
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
  const t = await real(resolve4(cwd, target));
  if (!t) return false;
  for (const p of paths.length ? paths : ["."]) {
    const r = await real(resolve4(cwd, p));
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
if (lsp) (await import("./server-62ZG52QI.js")).serve();
if (!lsp)
  process.exitCode = await main(argv, {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin,
    isTTY: !!process.stdout.isTTY,
    env: process.env
  });
