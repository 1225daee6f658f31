import {
  readRegularFile
} from "./chunk-IKHQYRCF.js";
import {
  confine,
  repositoryRoot
} from "./chunk-XBJQR4S2.js";

// src/cli/config/load.ts
import { existsSync, lstatSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/cli/config/schema.ts
var SEVERITY = { enum: ["off", "error", "warning", "note"] };
function configSchema(rules) {
  const ruleEntries = Object.fromEntries(
    rules.map((r) => [
      r.meta.id,
      {
        description: r.meta.description,
        oneOf: [
          SEVERITY,
          {
            type: "object",
            additionalProperties: false,
            properties: { severity: SEVERITY, ...r.meta.options ? { options: r.meta.options } : {} }
          }
        ]
      }
    ])
  );
  return {
    $id: "https://policylint.dev/schema/policylintrc.json",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: {
        type: "object",
        additionalProperties: false,
        properties: ruleEntries,
        description: 'Rule on/off and severity: "off", "error", "warning", "note", or { "severity": ..., "options": {...} }'
      },
      include: {
        type: "array",
        items: { type: "string" },
        description: "Globs (relative to the config file) of files to lint; default: every .tf, .tofu, .tf.json and .json file"
      },
      exclude: { type: "array", items: { type: "string" }, description: "Globs of files never to lint" },
      ignores: {
        type: "array",
        description: "Suppressions for files that cannot carry a comment, such as JSON policies",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["files", "rules", "reason"],
          properties: {
            files: { type: "string", description: "glob, relative to the config file" },
            rules: { type: "array", items: { type: "string" }, minItems: 1 },
            reason: { type: "string", minLength: 1 },
            expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }
          }
        }
      },
      policyKinds: {
        type: "array",
        description: 'What standalone JSON policy files are, when their content cannot say: e.g. { "files": "org/scp/**/*.json", "kind": "scp" }. Without it a file with a Principal is a resource or trust policy, one without an identity policy',
        items: {
          type: "object",
          additionalProperties: false,
          required: ["files", "kind"],
          properties: {
            files: { type: "string", description: "glob, relative to the config file" },
            kind: { enum: ["identity", "resource", "trust", "scp", "rcp"] }
          }
        }
      },
      trustedAccounts: {
        type: "array",
        items: { type: "string", pattern: "^\\d{12}$" },
        description: "Your account ids: never used as outside witnesses, and offered in fixes"
      },
      strict: { type: "boolean", description: "Report, as notes, policies whose verdict depends on values policylint cannot resolve" },
      accessAnalyzer: {
        type: "object",
        additionalProperties: false,
        description: "IAM Access Analyzer checks, run only with --access-analyzer or enabled: true",
        properties: {
          enabled: { type: "boolean" },
          region: { type: "string" },
          checkNoPublicAccess: { type: "boolean", description: "billed per call" },
          accessNotGranted: {
            type: "array",
            description: "CheckAccessNotGranted (billed per call): actions or resources the matching policies must not grant",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["addresses"],
              properties: {
                addresses: { type: "array", items: { type: "string" }, description: "Terraform address globs, e.g. aws_iam_policy.ci_*" },
                actions: { type: "array", items: { type: "string" } },
                resources: { type: "array", items: { type: "string" } }
              }
            }
          }
        }
      }
    }
  };
}

// src/cli/config/load.ts
var ConfigError = class extends Error {
};
var CONFIG_NAMES = [".policylintrc", ".policylintrc.json", ".policylintrc.yaml", ".policylintrc.yml"];
function findConfig(cwd, explicit) {
  if (explicit) return resolve(cwd, explicit);
  const top = repositoryRoot(cwd);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (!existsSync(p) && !isLink(p)) continue;
      if (top && confinedOutside(p, top)) throw new ConfigError(`${p} is a link to a file outside the repository; policylint does not read it`);
      return p;
    }
    if (dir === top || dirname(dir) === dir) return void 0;
  }
}
function isLink(p) {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
async function loadConfig(path, rules) {
  const read = readRegularFile(path, "configuration file");
  if (typeof read !== "string") throw new ConfigError(`${path}: ${read.error}`);
  const text = read;
  let data;
  const trimmed = text.trim();
  if (/\.ya?ml$/.test(path) || !trimmed.startsWith("{") && path.endsWith(".policylintrc")) {
    const { parse } = await import("yaml");
    try {
      data = parse(text) ?? {};
    } catch (e) {
      throw new ConfigError(`${path}: invalid YAML: ${e.message.split("\n")[0]}`);
    }
  } else {
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new ConfigError(`${path}: invalid JSON: ${e.message}`);
    }
  }
  const { validate } = await import("./validate.generated-HFF537GD.js");
  if (!validate(data)) throw new ConfigError(`${path}: ${describeErrors(validate.errors ?? [], rules)}`);
  return data;
}
function describeErrors(errors, rules) {
  const unknown = errors.find((e) => e.keyword === "additionalProperties");
  const pick = unknown ?? errors.find((e) => e.keyword !== "oneOf") ?? errors[0];
  const path = pick.instancePath.replace(/^\//, "").split("/").filter(Boolean).join(".");
  if (pick.keyword === "additionalProperties") {
    const key = String(pick.params.additionalProperty);
    const expected = path === "rules" ? rules.map((r) => r.meta.id) : path === "" ? Object.keys(configSchema(rules).properties) : [];
    return `unknown key "${path ? `${path}.` : ""}${key}"${expected.length ? ` (expected one of: ${expected.join(", ")})` : ""}`;
  }
  if (pick.keyword === "enum") return `"${path}" must be one of ${pick.params.allowedValues.map((v) => `"${v}"`).join(", ")}`;
  return `"${path || "(top level)"}" ${pick.message}`;
}
function confinedOutside(p, top) {
  const c = confine(p, [realpathSync(top)]);
  return !c.ok && c.reason === "outside";
}

export {
  ConfigError,
  CONFIG_NAMES,
  findConfig,
  loadConfig
};
