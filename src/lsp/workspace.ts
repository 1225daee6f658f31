import { realpathSync, statSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { lint, type LintResult } from '../engine/lint.js';
import type { LintOptions, ParseCache } from '../engine/options.js';
import { RULES } from '../../rules/index.js';
import { parseCli } from '../cli/args.js';
import { configDir, effectiveConfig, type Effective } from '../cli/config/effective.js';
import { findConfig } from '../cli/config/load.js';
import { repositoryRoot } from '../discover/root.js';
import { isLintable } from '../discover/walk.js';
import { HCL, siblings } from '../discover/files.js';

/** One workspace folder's settings: its `.policylintrc` read as the CLI reads it from that folder. */
interface FolderSettings {
  /** Which configuration file, and its modification time: a change reloads it. */
  stamp: string;
  eff?: Effective;
  error?: string;
  root: string;
}

export interface GroupRun {
  result: LintResult;
  /** Paths in findings are relative to this folder (as in the CLI's output). */
  root: string;
  folder: string;
}

/**
 * The folders the client opened, and the linting of one folder's open files with the editor's
 * unsaved text overlaid. A file belongs to the deepest workspace folder holding it, else its own
 * folder; reads are confined to that folder (the repository is untrusted input).
 */
export class Workspace {
  private folders: string[] = [];
  private readonly settings = new Map<string, FolderSettings>();
  private readonly caches = new Map<string, ParseCache>();

  constructor(private readonly log: (message: string) => void) {}

  setFolders(folders: string[]) {
    this.folders = folders.map(real).sort((a, b) => b.length - a.length);
  }

  folderOf(path: string): string {
    const p = real(dirname(path)) + sep;
    return this.folders.find((f) => p.startsWith(f.endsWith(sep) ? f : f + sep)) ?? real(dirname(path));
  }

  /** The folder's configuration, re-read when the file appears, changes or goes away. */
  async settingsOf(folder: string): Promise<FolderSettings> {
    let file: string | undefined;
    let error: string | undefined;
    try {
      file = findConfig(folder);
    } catch (e) {
      error = (e as Error).message;
    }
    const stat = file ? statSync(file, { throwIfNoEntry: false }) : undefined;
    const stamp = `${file ?? ''}:${stat?.mtimeMs ?? ''}:${stat?.size ?? ''}:${error ?? ''}`;
    const known = this.settings.get(folder);
    if (known?.stamp === stamp) return known;
    let eff: Effective | undefined;
    if (!error)
      try {
        eff = await effectiveConfig(parseCli([]), folder, RULES);
      } catch (e) {
        error = (e as Error).message;
      }
    if (error) this.log(`policylint: ${error}; linting with the default configuration until it is fixed`);
    if (!eff) eff = await effectiveConfig(parseCli(['--no-config-lookup']), folder, RULES);
    const settings = { stamp, eff, error, root: repositoryRoot(folder, eff.file ? configDir(eff, folder) : undefined) };
    this.settings.set(folder, settings);
    return settings;
  }

  /**
   * Lints the files open in one directory (`paths`) as `policylint <paths>` run from their
   * workspace folder would, with `overlays` (absolute path → unsaved text) read in place of the
   * disk's. Only variable files open: the directory's Terraform files, for the module's values.
   */
  async lintFiles(paths: string[], overlays: ReadonlyMap<string, string>, extra: Partial<LintOptions> = {}): Promise<GroupRun> {
    const folder = this.folderOf(paths[0]);
    const { eff, root } = await this.settingsOf(folder);
    const lintable = paths.filter(isLintable);
    const dir = dirname(paths[0]);
    const asked = lintable.length ? lintable : siblings(dir).filter((f) => HCL.test(f));
    let cache = this.caches.get(folder);
    if (!cache) this.caches.set(folder, (cache = new Map() as ParseCache));
    const result = await lint({
      cwd: folder,
      root,
      paths: asked,
      rules: eff!.rules,
      ruleOptions: { trustedAccounts: eff!.config.trustedAccounts ?? [], strict: !!eff!.config.strict, rules: eff!.ruleOptions },
      severities: eff!.severities,
      include: eff!.config.include,
      exclude: eff!.config.exclude,
      ignores: eff!.config.ignores,
      policyKinds: eff!.config.policyKinds,
      configDir: configDir(eff!, folder),
      overlays,
      roots: [folder],
      parseCache: cache,
      collectPolicies: true,
      ...extra,
    });
    return { result, root, folder };
  }

  /** Whether the folder's configuration asks for IAM Access Analyzer (never otherwise). */
  async wantsAnalyzer(folder: string): Promise<boolean> {
    return !!(await this.settingsOf(folder)).eff?.config.accessAnalyzer?.enabled;
  }

  async analyzerFor(folder: string): Promise<LintOptions['analyzer']> {
    const config = (await this.settingsOf(folder)).eff?.config;
    if (!config?.accessAnalyzer?.enabled) return undefined;
    const [{ runAccessAnalyzer }, { cacheFileFor }] = await Promise.all([import('../access-analyzer/run.js'), import('../access-analyzer/cache.js')]);
    const aa = config.accessAnalyzer;
    return (policies) =>
      runAccessAnalyzer(policies, {
        region: aa.region,
        checkNoPublicAccess: aa.checkNoPublicAccess,
        accessNotGranted: aa.accessNotGranted,
        cacheFile: cacheFileFor(undefined, folder),
      });
  }

  /** Forgets parsed files of a folder whose files changed on disk behind the editor's back. */
  forget(path: string) {
    this.caches.get(this.folderOf(path))?.delete(path);
  }
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
