import {
  configDir,
  effectiveConfig,
  lint,
  repositoryRoot
} from "./chunk-FGNTPMOZ.js";
import {
  findConfig,
  isLintable
} from "./chunk-L5UHJ52A.js";
import {
  parseCli
} from "./chunk-SSVZOC2V.js";
import {
  RULES
} from "./chunk-BD6VZAOR.js";
import "./chunk-ILESBZFY.js";
import "./chunk-W3TADBF4.js";
import "./chunk-E4K6YNQW.js";
import "./chunk-ZQ2FVNUG.js";
import "./chunk-4T5MNSV4.js";
import "./chunk-XRNNRSWR.js";
import {
  HCL,
  siblings
} from "./chunk-Y7NYNGOL.js";
import "./chunk-KMQPKPIB.js";
import "./chunk-CMMA6BZU.js";

// src/lsp/workspace.ts
import { realpathSync, statSync } from "node:fs";
import { dirname, sep } from "node:path";
var Workspace = class {
  constructor(log) {
    this.log = log;
  }
  log;
  folders = [];
  settings = /* @__PURE__ */ new Map();
  caches = /* @__PURE__ */ new Map();
  setFolders(folders) {
    this.folders = folders.map(real).sort((a, b) => b.length - a.length);
  }
  folderOf(path) {
    const p = real(dirname(path)) + sep;
    return this.folders.find((f) => p.startsWith(f.endsWith(sep) ? f : f + sep)) ?? real(dirname(path));
  }
  /** The folder's configuration, re-read when the file appears, changes or goes away. */
  async settingsOf(folder) {
    let file;
    let error;
    try {
      file = findConfig(folder);
    } catch (e) {
      error = e.message;
    }
    const stat = file ? statSync(file, { throwIfNoEntry: false }) : void 0;
    const stamp = `${file ?? ""}:${stat?.mtimeMs ?? ""}:${stat?.size ?? ""}:${error ?? ""}`;
    const known = this.settings.get(folder);
    if (known?.stamp === stamp) return known;
    let eff;
    if (!error)
      try {
        eff = await effectiveConfig(parseCli([]), folder, RULES);
      } catch (e) {
        error = e.message;
      }
    if (error) this.log(`policylint: ${error}; linting with the default configuration until it is fixed`);
    if (!eff) eff = await effectiveConfig(parseCli(["--no-config-lookup"]), folder, RULES);
    const settings = { stamp, eff, error, root: repositoryRoot(folder, eff.file ? configDir(eff, folder) : void 0) };
    this.settings.set(folder, settings);
    return settings;
  }
  /**
   * Lints the files open in one directory (`paths`) as `policylint <paths>` run from their
   * workspace folder would, with `overlays` (absolute path → unsaved text) read in place of the
   * disk's. Only variable files open: the directory's Terraform files, for the module's values.
   */
  async lintFiles(paths, overlays, extra = {}) {
    const folder = this.folderOf(paths[0]);
    const { eff, root } = await this.settingsOf(folder);
    const lintable = paths.filter(isLintable);
    const dir = dirname(paths[0]);
    const asked = lintable.length ? lintable : siblings(dir).filter((f) => HCL.test(f));
    let cache = this.caches.get(folder);
    if (!cache) this.caches.set(folder, cache = /* @__PURE__ */ new Map());
    const result = await lint({
      cwd: folder,
      root,
      paths: asked,
      rules: eff.rules,
      ruleOptions: { trustedAccounts: eff.config.trustedAccounts ?? [], strict: !!eff.config.strict, rules: eff.ruleOptions },
      severities: eff.severities,
      include: eff.config.include,
      exclude: eff.config.exclude,
      ignores: eff.config.ignores,
      policyKinds: eff.config.policyKinds,
      configDir: configDir(eff, folder),
      overlays,
      roots: [folder],
      parseCache: cache,
      collectPolicies: true,
      ...extra
    });
    return { result, root, folder };
  }
  /** Whether the folder's configuration asks for IAM Access Analyzer (never otherwise). */
  async wantsAnalyzer(folder) {
    return !!(await this.settingsOf(folder)).eff?.config.accessAnalyzer?.enabled;
  }
  async analyzerFor(folder) {
    const config = (await this.settingsOf(folder)).eff?.config;
    if (!config?.accessAnalyzer?.enabled) return void 0;
    const [{ runAccessAnalyzer }, { cacheFileFor }] = await Promise.all([import("./run-G3I5PQOL.js"), import("./cache-CA254GMS.js")]);
    const aa = config.accessAnalyzer;
    return (policies) => runAccessAnalyzer(policies, {
      region: aa.region,
      checkNoPublicAccess: aa.checkNoPublicAccess,
      accessNotGranted: aa.accessNotGranted,
      cacheFile: cacheFileFor(void 0, folder)
    });
  }
  /** Forgets parsed files of a folder whose files changed on disk behind the editor's back. */
  forget(path) {
    this.caches.get(this.folderOf(path))?.delete(path);
  }
};
function real(p) {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
export {
  Workspace
};
