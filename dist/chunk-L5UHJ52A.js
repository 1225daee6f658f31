import {
  HCL,
  Minimatch,
  confine,
  readRegularFile,
  repositoryRoot
} from "./chunk-Y7NYNGOL.js";

// src/discover/walk.ts
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".terraform", "node_modules", ".git"]);
function isLintable(path) {
  return /\.(tf|tofu|tf\.json|json|tpl|tftpl)$/.test(path);
}
function ignoreSet(rules) {
  const exact = /* @__PURE__ */ new Map();
  const others = [];
  rules.forEach((r, i) => {
    if (r.test.exactName === void 0) others.push(i);
    else {
      const at = exact.get(r.test.exactName);
      if (at) at.push(i);
      else exact.set(r.test.exactName, [i]);
    }
  });
  return { rules, exact, others };
}
var NO_IGNORES = ignoreSet([]);
function discover(paths, cwd) {
  const out = { files: [], notices: [], listings: /* @__PURE__ */ new Map() };
  const seen = { dirs: /* @__PURE__ */ new Set(), files: /* @__PURE__ */ new Set() };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      out.notices.push({ path: p, message: "no such file or directory" });
      continue;
    }
    if (st.isDirectory()) {
      let real;
      try {
        real = realpathSync(abs);
      } catch (e) {
        out.notices.push({ path: abs, message: e.message });
        continue;
      }
      walk({ root: real, out, seen }, abs, real, parentIgnores(abs));
    } else if (!isLintable(abs))
      out.notices.push({
        path: p,
        message: st.isFile() ? "not a file type policylint reads (.tf, .tofu, .tf.json, .json); not linted" : "not a regular file (a device, FIFO or socket); not linted"
      });
    else if (!seen.files.has(abs)) {
      seen.files.add(abs);
      out.files.push(abs);
    }
  }
  return Promise.resolve(out);
}
function parentIgnores(dir) {
  const chain = [];
  let cur = dir;
  for (let i = 0; i < 50; i++) {
    chain.unshift(cur);
    if (exists(join(cur, ".git"))) break;
    const up = resolve(cur, "..");
    if (up === cur) return NO_IGNORES;
    cur = up;
  }
  return ignoreSet(chain.slice(0, -1).flatMap(readIgnore));
}
function exists(p) {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
function readIgnore(dir) {
  const text = readRegularFile(join(dir, ".gitignore"), ".gitignore");
  if (typeof text !== "string") return [];
  const base = dir.endsWith(sep) ? dir : dir + sep;
  return text.split(/\r?\n/).map(trimTrailingSpaces).filter((l) => l && !l.startsWith("#")).map((l) => {
    const negate = l.startsWith("!");
    let pattern = negate ? l.slice(1) : l;
    const dirOnly = pattern.endsWith("/");
    if (dirOnly) pattern = pattern.slice(0, -1);
    if (!pattern.includes("/")) pattern = `**/${pattern}`;
    else pattern = pattern.replace(/^\//, "");
    return { base, test: compileIgnore(pattern), negate, dirOnly };
  });
}
function trimTrailingSpaces(line) {
  let end = line.length;
  while (end > 0 && line[end - 1] === " ") end--;
  let slashes = 0;
  while (end - slashes > 0 && line[end - slashes - 1] === "\\") slashes++;
  return line.slice(0, slashes % 2 === 1 && end < line.length ? end + 1 : end);
}
var GIT_GLOB = { dot: true, nobrace: true, noext: true, nonegate: true, nocomment: true };
var GLOB = /[*?[\]{}!\\()+@]/;
function compileIgnore(pattern) {
  const last = pattern.slice(3);
  if (pattern.startsWith("**/") && !last.includes("/")) {
    if (!GLOB.test(last)) return Object.assign((_rel, name) => name === last, { byName: true, exactName: last });
    if (last.startsWith("*") && !GLOB.test(last.slice(1))) {
      const suffix = last.slice(1);
      return Object.assign((_rel, name) => name.endsWith(suffix), { byName: true });
    }
    const one = new Minimatch(last, GIT_GLOB);
    const [head2, tail] = literalEnds(last);
    return Object.assign((_rel, name) => name.startsWith(head2) && name.endsWith(tail) && one.match(name), { byName: true });
  }
  const m = new Minimatch(pattern, GIT_GLOB);
  const head = /\/\/|(^|\/)\.\.?(\/|$)/.test(pattern) ? "" : literalEnds(pattern)[0];
  return (rel) => rel.startsWith(head) && m.match(rel);
}
function literalEnds(glob) {
  const first = glob.search(GLOB);
  if (first < 0) return [glob, ""];
  let end = glob.length;
  while (!GLOB.test(glob[end - 1])) end--;
  return [glob.slice(0, first), glob.slice(end)];
}
function ignored(abs, name, isDir, set) {
  const { rules } = set;
  let decided = -1;
  const named = set.exact.get(name);
  if (named) {
    for (let k = named.length - 1; k >= 0; k--)
      if (isDir || !rules[named[k]].dirOnly) {
        decided = named[k];
        break;
      }
  }
  let base;
  let rel = "";
  for (let k = set.others.length - 1; k >= 0 && set.others[k] > decided; k--) {
    const r = rules[set.others[k]];
    if (r.dirOnly && !isDir) continue;
    if (!r.test.byName && r.base !== base) {
      base = r.base;
      rel = abs.slice(base.length);
      if (sep !== "/") rel = rel.split(sep).join("/");
    }
    if (r.test(rel, name)) {
      decided = set.others[k];
      break;
    }
  }
  return decided >= 0 && !rules[decided].negate;
}
function walk(w, dir, real, rules) {
  if (w.seen.dirs.has(real)) return;
  w.seen.dirs.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    w.out.notices.push({ path: dir, message: `cannot read folder: ${e.code ?? e.message}` });
    return;
  }
  if (entries.some((e) => HCL.test(e.name)))
    w.out.listings.set(
      dir,
      entries.map((e) => e.name)
    );
  const local = entries.some((e) => e.name === ".gitignore") ? readIgnore(dir) : [];
  const here = local.length ? ignoreSet([...rules.rules, ...local]) : rules;
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  const realPrefix = real.endsWith(sep) ? real : real + sep;
  for (const e of entries) {
    const abs = prefix + e.name;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    let target = realPrefix + e.name;
    if (e.isSymbolicLink()) {
      let linked;
      try {
        linked = realpathSync(abs);
      } catch {
        continue;
      }
      if (!(linked === w.root || linked.startsWith(w.root.endsWith(sep) ? w.root : w.root + sep))) continue;
      const st = statSync(linked, { throwIfNoEntry: false });
      isDir = !!st?.isDirectory();
      isFile = !!st?.isFile();
      target = linked;
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name) || ignored(abs, e.name, true, here)) continue;
      walk(w, abs, target, here);
    } else if (isFile && isLintable(e.name) && !ignored(abs, e.name, false, here)) {
      if (w.seen.files.has(target)) continue;
      w.seen.files.add(target);
      w.out.files.push(abs);
    }
  }
}

// src/cli/config/load.ts
import { existsSync, lstatSync as lstatSync2, realpathSync as realpathSync2 } from "node:fs";
import { dirname, join as join2, resolve as resolve2 } from "node:path";

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
  if (explicit) return resolve2(cwd, explicit);
  const top = repositoryRoot(cwd);
  for (let dir = resolve2(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const p = join2(dir, name);
      if (!existsSync(p) && !isLink(p)) continue;
      if (top && confinedOutside(p, top)) throw new ConfigError(`${p} is a link to a file outside the repository; policylint does not read it`);
      return p;
    }
    if (dir === top || dirname(dir) === dir) return void 0;
  }
}
function isLink(p) {
  try {
    return lstatSync2(p).isSymbolicLink();
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
  const c = confine(p, [realpathSync2(top)]);
  return !c.ok && c.reason === "outside";
}

export {
  isLintable,
  discover,
  ConfigError,
  CONFIG_NAMES,
  findConfig,
  loadConfig
};
