// src/access-analyzer/cache.ts
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
var FILE_NAME = "access-analyzer.json";
function userCacheDir(env = process.env) {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith("/") ? env.XDG_CACHE_HOME : join(homedir(), ".cache");
  return join(base, "policylint");
}
function cacheFileFor(location, cwd, env = process.env) {
  if (!location) return join(userCacheDir(env), FILE_NAME);
  const abs = resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= lstatSync(abs).isDirectory();
  } catch {
  }
  return isDir ? join(abs, FILE_NAME) : abs;
}
function trustworthy(path, kind) {
  try {
    const st = lstatSync(path);
    if (kind === "file" ? !st.isFile() : !st.isDirectory()) return false;
    if (typeof process.getuid === "function" && st.uid !== process.getuid()) return false;
    return process.platform === "win32" || (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function readTrusted(path) {
  if (!trustworthy(path, "file")) return void 0;
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > 64 * 1024 * 1024) return void 0;
    return readFileSync(fd, "utf8");
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function ownDir(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
  } catch {
    return void 0;
  }
  return trustworthy(dir, "dir") ? dir : void 0;
}
function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    writeFileSync(tmp, text, { flag: "wx", mode: 384 });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
function userSecret(env) {
  const dir = ownDir(userCacheDir(env));
  if (!dir) return void 0;
  const path = join(dir, "secret");
  const existing = readTrusted(path);
  if (existing && /^[0-9a-f]{64}$/.test(existing.trim())) return Buffer.from(existing.trim(), "hex");
  const fresh = randomBytes(32).toString("hex");
  try {
    writeAtomic(path, fresh);
    return Buffer.from(fresh, "hex");
  } catch {
    return void 0;
  }
}
var AnalyzerCache = class {
  constructor(file, env = process.env) {
    this.file = file;
    if (!file) return;
    this.secret = userSecret(env);
    if (!this.secret) {
      this.problems.push(`the cache folder ${userCacheDir(env)} is not this user's own; answers are not cached`);
      this.file = void 0;
      return;
    }
    let exists = true;
    try {
      lstatSync(file);
    } catch {
      exists = false;
    }
    if (!exists) return;
    const text = readTrusted(file);
    let data;
    try {
      data = text === void 0 ? void 0 : JSON.parse(text);
    } catch {
      data = void 0;
    }
    const entries = data?.version === 2 && data.entries && typeof data.entries === "object" ? data.entries : void 0;
    if (entries && typeof data?.mac === "string" && this.verify(JSON.stringify(entries), data.mac)) {
      this.entries = Object.assign(/* @__PURE__ */ Object.create(null), entries);
      return;
    }
    this.problems.push(`ignored the cache ${file}: it was not written by policylint for this user`);
  }
  file;
  entries = /* @__PURE__ */ Object.create(null);
  dirty = false;
  secret;
  /** Why the cache was ignored, for a notice. */
  problems = [];
  mac(text) {
    return createHmac("sha256", this.secret).update(text).digest("hex");
  }
  verify(text, mac) {
    const want = Buffer.from(this.mac(text), "hex");
    const got = Buffer.from(mac, "hex");
    return got.length === want.length && timingSafeEqual(got, want);
  }
  static key(parts) {
    return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
  }
  get(key) {
    return this.entries[key];
  }
  set(key, value) {
    this.entries[key] = value;
    this.dirty = true;
  }
  save() {
    if (!this.file || !this.dirty || !this.secret) return;
    if (!ownDir(dirname(this.file))) {
      this.problems.push(`did not write the cache: ${dirname(this.file)} is not a folder of this user's own`);
      return;
    }
    const entries = JSON.stringify(this.entries);
    try {
      writeAtomic(this.file, `{"version":2,"mac":"${this.mac(entries)}","entries":${entries}}
`);
    } catch (e) {
      this.problems.push(`did not write the cache ${this.file}: ${e.code ?? e.message}`);
    }
  }
};

export {
  userCacheDir,
  cacheFileFor,
  AnalyzerCache
};
