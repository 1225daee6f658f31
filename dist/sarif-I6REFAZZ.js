import {
  indented
} from "./chunk-4YSZLVQY.js";
import {
  ruleDocsUrl
} from "./chunk-RGB5R7FS.js";

// src/format/sarif.ts
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
var LEVEL = { error: "error", warning: "warning", note: "note" };
function artifact(file) {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function formatSarif(findings, opts) {
  return [...sarifChunks(findings, opts)].join("");
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
      defaultConfiguration: { level: LEVEL[m.severity] },
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
    level: LEVEL[f.severity],
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
export {
  formatSarif,
  sarifChunks
};
