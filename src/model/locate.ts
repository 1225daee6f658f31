import { dirname, relative, sep } from 'node:path';
import { fingerprint } from './fingerprint.js';
import type { Origin, Value } from './value.js';
import { parentPath } from './paths.js';
import { positionAt, type SourceFile } from './source.js';
import type { Finding, Report, RuleMeta } from './finding.js';

export interface Locator {
  /** Paths are shown relative to this folder: the repository root (issue 13). */
  root: string;
  source(file: string): SourceFile | undefined;
}

/** The origin of a report: its own, else the path's, else the nearest mapped ancestor's. */
export function originOf(r: Report): Origin | undefined {
  if (r.origin) return r.origin;
  if (!r.policy) return undefined;
  // A plan finding points at the .tf line of the same JSON path when the configuration is beside it.
  const config = r.policy.policy.configuration;
  const path = r.at === 'key' && r.path !== undefined ? `${r.path}${KEY}` : r.path;
  if (config) return nearest(config.sourceMap, path) ?? config.resource;
  return nearest(r.policy.sourceMap, path) ?? r.policy.policy.origin;
}

/** The sources map a key's place under its path with this suffix (policy/normalize.ts). */
const KEY = '#key';

function nearest(map: Map<string, Origin>, path: string | undefined): Origin | undefined {
  // A key's place where none was recorded: its value's, before any parent's.
  for (let p: string | undefined = path ?? ''; p !== undefined; p = p ? (p.endsWith(KEY) ? p.slice(0, -KEY.length) : (parentPath(p) ?? '')) : undefined) {
    const o = map.get(p);
    if (o) return o;
    if (p === '') break;
  }
  return undefined;
}

/** `file` relative to `root` with `/` separators; a file outside the root keeps its absolute path. */
export function displayPath(root: string, file: string): string {
  let byFile = displayPaths.get(root);
  if (!byFile) displayPaths.set(root, (byFile = new Map<string, string>()));
  let shown = byFile.get(file);
  if (shown === undefined) {
    const rel = relative(root, file);
    shown = (rel.startsWith('..') ? file : rel).split(sep).join('/');
    // Bounded: a run shows a few thousand files; a language server runs for days.
    if (byFile.size >= 50_000) byFile.clear();
    byFile.set(file, shown);
  }
  return shown;
}

/** Every finding and every identity asks for its file's display path, and `path.relative` resolves
 * both paths each time: one answer per file (a tenth of the cost of making findings). */
const displayPaths = new Map<string, Map<string, string>>();

export function locate(origin: Origin, loc: Locator) {
  const src = loc.source(origin.file);
  const start = src ? positionAt(src, origin.range.start) : { line: 1, column: 1 };
  const end = src ? positionAt(src, Math.max(origin.range.start, origin.range.end)) : start;
  return { file: displayPath(loc.root, origin.file), line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** A file `terraform init` downloaded: the user cannot edit it, and never asked to lint it. */
export function isDownloaded(file: string): boolean {
  return file.split(/[\\/]/).includes('.terraform');
}

/** Where a report is shown: its origin, or for one written inside a downloaded module, the
 * user's call of that module (or the user's attribute that takes the module's output), with the
 * module's own line kept as a related location. */
function reportedAt(r: Report): { origin: Origin; inModule?: Origin } | undefined {
  const origin = originOf(r);
  if (!origin || !isDownloaded(origin.file)) return origin && { origin };
  const p = r.policy?.policy;
  const user = [p?.calledAt, p?.usedAt].find((o) => o && !isDownloaded(o.file));
  return user ? { origin: user, inModule: origin } : { origin };
}

export function toFinding(meta: Pick<RuleMeta, 'id' | 'severity'>, r: Report, loc: Locator): Finding | undefined {
  const at = reportedAt(r);
  if (!at) return undefined;
  const origin = at.origin;
  const where = locate(origin, loc);
  const address = r.policy?.policy.address;
  const print = fingerprint(identity(meta.id, r, origin, address ?? where.file, loc.root).join('\u0000'));
  const finding: Finding = {
    ruleId: meta.id,
    ...(r.checkId ? { checkId: r.checkId } : {}),
    severity: r.severity ?? meta.severity,
    message: withContext(r),
    ...where,
    suppressed: false,
    fingerprint: print,
    absFile: origin.file,
    offset: origin.range.start,
  };
  if (r.witness) finding.witness = r.witness;
  if (address) finding.address = address;
  if (r.path) finding.jsonPath = r.path;
  if (r.policy?.policy.modulePath?.length) finding.modulePath = r.policy.policy.modulePath;
  const related = [...(at.inModule ? [{ origin: at.inModule, message: 'written here, in the downloaded module' }] : []), ...(r.related ?? [])];
  const usedAt = r.policy?.policy.usedAt;
  if (usedAt && usedAt.file !== origin.file && !isDownloaded(usedAt.file)) related.push({ origin: usedAt, message: `policy of ${address} set here` });
  const node = r.path !== undefined ? findVia(r) : undefined;
  for (const v of node ?? []) related.push({ origin: v, message: 'value written here' });
  const seen = new Set<string>();
  const unique = related.filter((x) => {
    const k = `${x.origin.file}:${x.origin.range.start}:${x.origin.range.end}`;
    if (seen.has(k) || (x.origin.file === origin.file && x.origin.range.start === origin.range.start)) return false;
    seen.add(k);
    return true;
  });
  if (unique.length) finding.relatedLocations = unique.map((x) => ({ ...locate(x.origin, loc), message: x.message }));
  return detached(finding);
}

/**
 * A finding outlives its unit, but its strings are often cut from the file's text (a value, an
 * address) or built around such cuts, and V8 keeps a cut's whole parent string alive: every linted
 * file's text stayed in memory to the end of the run. Copying the strings lets each text go when
 * its unit ends (issue 16: a 20 MB tree peaked at 144 MB instead of ~170 MB).
 */
function detached(f: Finding): Finding {
  // Only the strings that can hold a cut: the rule id, check id, severity and fingerprint are the
  // rule's own or freshly built, and display paths are built by split / join.
  f.message = own(f.message);
  if (f.absFile) f.absFile = ownPath(f.absFile);
  if (f.witness) f.witness = own(f.witness);
  if (f.address) f.address = own(f.address);
  if (f.jsonPath) f.jsonPath = own(f.jsonPath);
  if (f.modulePath) f.modulePath = f.modulePath.map(own);
  if (f.relatedLocations) for (const r of f.relatedLocations) r.message = own(r.message);
  return f;
}

function own(s: string): string {
  return s.length < 16 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** One copy per file path, shared by its findings. */
function ownPath(file: string): string {
  let copy = ownedPaths.get(file);
  if (copy === undefined) {
    if (ownedPaths.size >= 50_000) ownedPaths.clear();
    ownedPaths.set(file, (copy = own(file)));
  }
  return copy;
}

const ownedPaths = new Map<string, string>();

/** The message, with where the policy goes when no catalogued attribute says it, and the module chain. */
function withContext(r: Report): string {
  const goesTo = r.policy?.policy.goesTo;
  const modulePath = r.policy?.policy.modulePath;
  let message = goesTo ? `${r.message} (the policy is ${goesTo})` : r.message;
  if (modulePath?.length) message += inModule(modulePath);
  return message;
}

/** How a message names the module instance it was found in (engine/module-instances.ts reads it back). */
export function inModule(modulePath: readonly string[]): string {
  return ` (in ${modulePath.join(' > ')})`;
}

/**
 * What a finding is, never where it is (issue 13): rule and check, the module's folder from the
 * repository root (the same address in envs/prod and envs/staging is two findings), the address,
 * the statement (its Sid, else its content) and the path inside it without array indexes, and what
 * was found. Adding lines, statements or actions above leaves it unchanged.
 */
function identity(ruleId: string, r: Report, origin: Origin, address: string, root: string): string[] {
  const policyFile = r.policy?.policy.usedAt?.file ?? r.policy?.policy.origin.file ?? origin.file;
  const folder = displayPath(root, dirname(policyFile));
  const m = r.path ? /^Statement\[(\d+)\]/.exec(r.path) : null;
  const st = m ? r.policy?.statements[Number(m[1])] : undefined;
  const statement = st ? (st.sid ? `Sid=${st.sid}` : `content=${contentHash(st.node)}`) : '';
  const inside = (m ? r.path!.slice(m[0].length) : (r.path ?? '')).replace(/\[\d+\]/g, '[]');
  return [ruleId, r.checkId ?? '', folder, address, statement, inside, r.key ?? r.message];
}

/** A statement's content hash, once per statement: every finding in a statement needs it, and a
 * statement with thousands of values gave thousands of findings, each hashing all of it (quadratic). */
function contentHash(node: Value): string {
  let h = contentHashes.get(node);
  if (h === undefined) {
    h = fingerprint(canonical(node));
    contentHashes.set(node, h);
  }
  return h;
}

const contentHashes = new WeakMap<object, string>();

/** A statement's content in an order-free form: IAM reads every list in a policy (actions,
 * resources, principals, condition values) as a set and every object by its keys, so writing them
 * in another order is the same statement and keeps its findings' identity (issue 13). Read from
 * the value itself, as `toPlain` would give it (a repeated key: its last value; an Unknown: its
 * text), without building that plain copy first. */
function canonical(v: Value): string {
  switch (v.kind) {
    case 'list':
      return `[${v.items.map(canonical).sort().join(',')}]`;
    case 'object': {
      const last = new Map<string, Value>();
      for (const e of v.entries) last.set(e.key, e.value);
      return `{${[...last]
        .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`)
        .sort()
        .join(',')}}`;
    }
    case 'null':
      return 'null';
    case 'unknown':
      return JSON.stringify(v.text);
    default:
      return JSON.stringify(v.value) ?? 'null';
  }
}

/** Where a value came from when it reached the policy through a variable or local (issue 4). */
function findVia(r: Report): Origin[] | undefined {
  return r.policy && r.path !== undefined ? r.policy.viaMap?.get(r.path) : undefined;
}
