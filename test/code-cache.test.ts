import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, repo } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

// src/cli/load.ts: the command's script is compiled with V8's code cache, kept in the user's cache
// folder; a run says what it did with it when POLICYLINT_DEBUG_CODE_CACHE is set.
const temp = tempDirs('code-cache');

const env: NodeJS.ProcessEnv = { ...process.env, POLICYLINT_WORKERS: '0', NO_COLOR: '1' };
for (const name of ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'NODE_DISABLE_COMPILE_CACHE']) delete env[name];

const policy = 'examples/pccs-deployer/repository-policy.json';
const tf = 'examples/pccs-deployer/main.tf';

function lint(args: string[], cache: string, more: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bin, '--format', 'json', '--no-config-lookup', ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...env, XDG_CACHE_HOME: cache, POLICYLINT_DEBUG_CODE_CACHE: '1', ...more },
  });
  const said = /^policylint: code cache (\w+): (.*)$/m.exec(r.stderr);
  return { code: r.status, stdout: r.stdout, verdict: said?.[1], file: said?.[2], stderr: r.stderr.replace(/^policylint: code cache .*\n/m, '') };
}

const cacheDir = (cache: string) => join(cache, 'policylint', 'v8-code-cache');
const files = (cache: string) => (existsSync(cacheDir(cache)) ? readdirSync(cacheDir(cache)).sort() : []);
/** A file's identity and contents: a rewrite renames a new file into place. Without the header's
 * count of measuring runs left, which the JSON-only script's runs count down in place. */
const stamp = (file: string) => {
  const bytes = readFileSync(file);
  return `${statSync(file).ino}:${bytes.subarray(0, 12).toString('base64')}:${bytes.subarray(16).toString('base64')}`;
};

describe('the code cache', () => {
  it('is written by the first run and used, unchanged, by the next run of the same kind; the output is the same', () => {
    const cache = temp();
    const first = lint([policy], cache);
    expect(first).toMatchObject({ code: 1, verdict: 'none', stderr: '' });
    expect(first.file!.startsWith(cacheDir(cache))).toBe(true);
    // A JSON policy is linted by the JSON-only script (src/model/needs-full-script.ts), whose cache
    // is named after the flags Node was started with (it does not load node:v8 for V8's tag).
    const script = readdirSync(join(repo, 'dist')).find((f) => /^policylint-json-\w+\.cjs$/.test(f))!;
    expect(files(cache)).toEqual([
      expect.stringMatching(
        new RegExp(`^${script.replace(/\.cjs$/, '')}-[0-9a-z]+-node${process.version.replaceAll('.', '\\.')}-${process.arch}-f[0-9a-f]+-json\\.bin$`),
      ),
    ]);
    const written = stamp(first.file!);
    const second = lint([policy], cache);
    expect(second).toMatchObject({ code: 1, verdict: 'used', file: first.file, stderr: '' });
    expect(second.stdout).toBe(first.stdout);
    expect(stamp(first.file!)).toBe(written);
    expect(JSON.parse(second.stdout).findings.length).toBeGreaterThan(0);
  });

  it('keeps one cache for JSON policy files, one for a few files, one for a tree', () => {
    const cache = temp();
    lint([policy], cache);
    lint([tf], cache);
    lint(['examples/'], cache);
    expect(
      files(cache)
        .map((f) => f.replace(/.*-/, ''))
        .sort(),
    ).toEqual(['json.bin', 'terraform.bin', 'tree.bin']);
  });

  // A whole tree compiles far more than one file needs: in a cache of its own, so that a
  // pre-commit run after it deserialises only what one-file runs compiled (src/cli/load.ts).
  it('a whole tree does not grow the cache that one-file runs use', () => {
    const cache = temp();
    const one = lint([tf], cache);
    const written = stamp(one.file!);
    expect(lint(['fixtures/'], cache).verdict).toBe('none');
    expect(lint([tf], cache)).toMatchObject({ verdict: 'used', file: one.file });
    expect(stamp(one.file!)).toBe(written);
    const tree = files(cache).find((f) => f.endsWith('-tree.bin'))!;
    expect(statSync(join(cacheDir(cache), tree)).size).toBeGreaterThan(statSync(one.file!).size);
  });

  /** The counter in a cache's header (src/cli/load.ts): runs of the JSON-only script left that
   * measure whether they compiled more than the cache holds. */
  const checksLeft = (file: string) => readFileSync(file).readUInt32BE(12);

  // The JSON-only script does not load node:v8 (~4 ms with the stream modules it brings) once its
  // cache has settled: it measures the bytecode it compiled during the first 8 runs after a write.
  it('for the JSON-only script: grows after a run that compiled little, measures 8 runs after each write, then trusts it', () => {
    const cache = temp();
    const project = temp();
    writeFileSync(join(project, 'empty.json'), '{}\n');
    const first = spawnSync(process.execPath, [bin, '--format', 'json', '--no-config-lookup', 'empty.json'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...env, XDG_CACHE_HOME: cache, POLICYLINT_DEBUG_CODE_CACHE: '1' },
    });
    expect(first.stderr).toMatch(/code cache none: .*policylint-json-.*-json\.bin/);
    const file = /code cache none: (.*)/.exec(first.stderr)![1];
    const small = statSync(file).size;
    expect(checksLeft(file)).toBe(8);
    // A policy with findings needs the rules' and the report's code: the cache is rewritten.
    expect(lint([policy], cache)).toMatchObject({ verdict: 'used', file });
    expect(statSync(file).size).toBeGreaterThan(small * 1.2);
    expect(checksLeft(file)).toBe(8);
    const grown = readFileSync(file).subarray(16).toString('base64');
    for (let left = 7; left >= 0; left--) {
      expect(lint([policy], cache).verdict).toBe('used');
      expect(checksLeft(file)).toBe(left);
    }
    expect(lint([policy], cache).verdict).toBe('used');
    expect(checksLeft(file)).toBe(0);
    expect(readFileSync(file).subarray(16).toString('base64')).toBe(grown);
  });

  // V8 rejects a cache made under other flags; a run of a few .tf files sets --liftoff-only once
  // its code is compiled, and a run with workers raises the interrupt budget (Node 20).
  it('written after a run changed V8 flags, is used by a run that did not', () => {
    const cache = temp();
    // --liftoff-only, set once a run of a few files has compiled its code.
    expect(lint([tf], cache).verdict).toBe('none');
    expect(lint([tf, policy], cache).verdict).toBe('used');
    // The interrupt budget a run with workers raises (Node 20), in a tree's cache: each way round.
    expect(lint(['examples/'], cache, { POLICYLINT_WORKERS: '1' }).verdict).toBe('none');
    expect(lint(['examples/'], cache)).toMatchObject({ verdict: 'used', stderr: '' });
    expect(lint(['examples/'], cache, { POLICYLINT_WORKERS: '1' })).toMatchObject({ verdict: 'used', stderr: '' });
    expect(lint(['examples/'], cache)).toMatchObject({ verdict: 'used', stderr: '' });
  });

  it('grows: a run that compiled little (--version) is followed by one that rewrites the cache, then it stays', () => {
    const cache = temp();
    const version = lint(['--version', tf], cache);
    expect(version).toMatchObject({ code: 0, verdict: 'none' });
    const small = statSync(version.file!).size;
    expect(lint([tf], cache).verdict).toBe('used');
    expect(statSync(version.file!).size).toBeGreaterThan(small * 1.5);
    const grown = stamp(version.file!);
    expect(lint([tf], cache).verdict).toBe('used');
    expect(stamp(version.file!)).toBe(grown);
  });

  it('a run that needs more code (a .policylintrc to validate) adds it once; runs with and without it then leave it be', () => {
    const cache = temp();
    const project = temp();
    writeFileSync(join(project, 'main.tf'), readFileSync(join(repo, tf)));
    writeFileSync(join(project, '.policylintrc'), '{ "rules": {} }');
    const inProject = () =>
      /code cache (\w+): (.*)/.exec(
        spawnSync(process.execPath, [bin, '--format', 'json', 'main.tf'], {
          cwd: project,
          encoding: 'utf8',
          env: { ...env, XDG_CACHE_HOME: cache, POLICYLINT_DEBUG_CODE_CACHE: '1' },
        }).stderr,
      )!;
    const plain = lint([tf], cache);
    const before = stamp(plain.file!);
    expect(inProject()[1]).toBe('used');
    const grown = stamp(plain.file!);
    expect(grown).not.toBe(before);
    expect(inProject()[1]).toBe('used');
    expect(lint([tf], cache).verdict).toBe('used');
    expect(stamp(plain.file!)).toBe(grown);
  });

  // Caches no run has used for 30 days are removed when another is written: one in use is kept.
  it('a cache in use is kept when another is written; one unused for 30 days is removed then', () => {
    const cache = temp();
    const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 3600 * 1000);
    const used = lint([tf], cache).file!;
    utimesSync(used, daysAgo(40), daysAgo(40));
    expect(lint([tf], cache).verdict).toBe('used');
    expect(statSync(used).mtimeMs).toBeGreaterThan(daysAgo(1).getTime());
    const unused = lint([policy], cache).file!;
    expect(existsSync(used)).toBe(true);
    utimesSync(unused, daysAgo(40), daysAgo(40));
    rmSync(used);
    expect(lint([tf], cache).verdict).toBe('none');
    expect([existsSync(used), existsSync(unused)]).toEqual([true, false]);
  });

  // V8 checks a cache's version, flags and length, not its contents: a damaged one can crash the
  // run that uses it. The next run finds that run's mark, removes the cache and runs from source.
  it('a damaged cache costs at most the run that meets it: the next drops it and writes a new one', () => {
    const cache = temp();
    const good = lint([tf], cache);
    const bytes = readFileSync(good.file!);
    bytes.fill(7, 64);
    writeFileSync(good.file!, bytes);
    const damaged = lint([tf], cache);
    if (damaged.code !== good.code) {
      expect(damaged.code).toBeNull(); // killed by a signal
      const next = lint([tf], cache);
      expect(next).toMatchObject({ code: good.code, stdout: good.stdout, verdict: 'dropped', stderr: '' });
    } else expect(damaged).toMatchObject({ stdout: good.stdout, verdict: 'rejected' });
    expect(lint([tf], cache)).toMatchObject({ stdout: good.stdout, verdict: 'used' });
    expect(files(cache).filter((f) => !f.endsWith('.bin'))).toEqual([]);
    // Not a cache at all (no header): ignored.
    writeFileSync(good.file!, 'not a cache');
    expect(lint([tf], cache)).toMatchObject({ stdout: good.stdout, verdict: 'none' });
  });

  it('runs at the same time (pre-commit starts several) all use it, and none leaves a mark', async () => {
    const cache = temp();
    const first = lint([tf], cache);
    const together = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          new Promise<string>((done) => {
            const child = spawn(process.execPath, [bin, '--format', 'json', '--no-config-lookup', tf], {
              cwd: repo,
              env: { ...env, XDG_CACHE_HOME: cache, POLICYLINT_DEBUG_CODE_CACHE: '1' },
            });
            let out = '';
            let err = '';
            child.stdout.on('data', (d: Buffer) => (out += d.toString()));
            child.stderr.on('data', (d: Buffer) => (err += d.toString()));
            child.on('close', () => done(`${/code cache (\w+)/.exec(err)?.[1]} ${out === first.stdout}`));
          }),
      ),
    );
    expect(together).toEqual(Array(4).fill('used true'));
    expect(files(cache).filter((f) => !f.endsWith('.bin'))).toEqual([]);
  });

  it('a script edited in place, keeping its name and length, does not use the cache of the old one', () => {
    // A copy of the installed files, so that the edit stays in it.
    const copy = temp();
    for (const f of ['bin', 'dist', 'package.json']) cpSync(join(repo, f), join(copy, f), { recursive: true, filter: (p) => !p.includes('/dist/action') });
    symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
    const script = join(
      copy,
      'dist',
      readdirSync(join(copy, 'dist')).find((f) => /^policylint-\w+\.cjs$/.test(f))!,
    );
    const cache = temp();
    const runCopy = () =>
      /code cache (\w+)/.exec(
        spawnSync(process.execPath, [join(copy, 'bin', 'policylint.js'), '--version'], {
          encoding: 'utf8',
          env: { ...env, XDG_CACHE_HOME: cache, POLICYLINT_DEBUG_CODE_CACHE: '1' },
        }).stderr,
      )?.[1];
    expect(runCopy()).toBe('none');
    expect(runCopy()).toBe('used');
    const text = readFileSync(script, 'utf8');
    writeFileSync(script, text.replace('// src/cli/args.ts', '// src/cli/argz.ts'));
    utimesSync(script, new Date(), new Date(Date.now() + 5000));
    expect(readFileSync(script, 'utf8').length).toBe(text.length);
    expect(runCopy()).toBe('none');
  });

  it('is not read when others could have written it (a shared XDG_CACHE_HOME)', () => {
    const cache = temp();
    const good = lint([tf], cache);
    chmodSync(good.file!, 0o666);
    expect(lint([tf], cache)).toMatchObject({ stdout: good.stdout, verdict: 'none' });
    // Replaced by one of this user's own, that nobody else can write.
    expect(statSync(good.file!).mode & 0o077).toBe(0);
  });

  // V8 runs what a cache holds: one the linted repository could have provided is never read.
  it('is never read from inside the linted tree, as with XDG_CACHE_HOME in a CI workspace or a relative HOME', () => {
    const elsewhere = temp();
    const good = lint([tf], elsewhere);
    const repoDir = temp();
    writeFileSync(join(repoDir, 'main.tf'), readFileSync(join(repo, tf)));
    // A pull request commits a cache where this run would look for one: the same name, valid.
    const planted = join(repoDir, '.cache', 'policylint', 'v8-code-cache');
    mkdirSync(planted, { recursive: true });
    cpSync(good.file!, join(planted, basename(good.file!)));
    const inRepo = (more: NodeJS.ProcessEnv, args = ['main.tf']) =>
      spawnSync(process.execPath, [bin, '--format', 'json', '--no-config-lookup', ...args], {
        cwd: repoDir,
        encoding: 'utf8',
        env: { ...env, POLICYLINT_DEBUG_CODE_CACHE: '1', ...more },
      });
    for (const r of [
      inRepo({ XDG_CACHE_HOME: join(repoDir, '.cache') }, ['.']),
      inRepo({ XDG_CACHE_HOME: '', HOME: '.' }),
      inRepo({ XDG_CACHE_HOME: '', HOME: repoDir }, ['.']),
    ]) {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
    }
    expect(readdirSync(planted)).toEqual([basename(good.file!)]);
  });

  it('is not kept in a cache folder that is a link', () => {
    const cache = temp();
    const target = temp();
    mkdirSync(join(cache, 'policylint'));
    symlinkSync(target, join(cache, 'policylint', 'v8-code-cache'));
    expect(lint([tf], cache)).toMatchObject({ code: 1, verdict: undefined, stderr: '' });
    expect(readdirSync(target)).toEqual([]);
  });

  it('a cache folder that cannot be written costs nothing but the cache', () => {
    const cache = temp();
    const good = lint([tf], temp());
    // The cache folder's parent is a file.
    writeFileSync(join(cache, 'policylint'), '');
    const r = lint([tf], cache);
    expect(r).toMatchObject({ code: good.code, stdout: good.stdout, verdict: undefined, stderr: '' });
    expect(statSync(join(cache, 'policylint')).isFile()).toBe(true);
  });

  it('NODE_DISABLE_COMPILE_CACHE turns it off', () => {
    const cache = temp();
    const r = lint([tf], cache, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(r).toMatchObject({ code: 1, verdict: undefined, stderr: '' });
    expect(existsSync(join(cache, 'policylint'))).toBe(false);
  });

  it('is kept under the home folder when XDG_CACHE_HOME is unset, never in the linted tree', () => {
    const home = temp();
    const tree = temp();
    mkdirSync(join(tree, 'repo'));
    writeFileSync(join(tree, 'repo', 'main.tf'), readFileSync(join(repo, tf)));
    const r = spawnSync(process.execPath, [bin, '--format', 'json', '--no-config-lookup', 'main.tf'], {
      cwd: join(tree, 'repo'),
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...env, HOME: home, XDG_CACHE_HOME: '' },
    });
    expect(r.status).toBe(1);
    expect(readdirSync(join(home, '.cache', 'policylint', 'v8-code-cache'))).toHaveLength(1);
    expect(readdirSync(join(tree, 'repo'))).toEqual(['main.tf']);
  });
});
