import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, repo, snapshotRepo, temp, version } from './snapshot.js';

// Installs as the README says, with production dependencies only, and runs the installed CLI from
// a folder that has nothing of policylint's: it must find what the checkout finds.
let clone: { dir: string; rev: string };
let expected: string;
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', env: cleanEnv() });

function project(): string {
  const dir = temp('user');
  cpSync(join(repo, 'examples', 'pccs-deployer'), join(dir, 'infra'), { recursive: true });
  return dir;
}

function lintWith(bin: string, dir: string) {
  return spawnSync(bin, ['--format', 'json', 'infra'], { cwd: dir, encoding: 'utf8', env: cleanEnv() });
}

function expectWorking(bin: string, packageDir: string, depsDir = join(packageDir, 'node_modules')) {
  const empty = temp('empty');
  const v = spawnSync(bin, ['--version'], { cwd: empty, encoding: 'utf8', env: cleanEnv() });
  expect(v.stderr).toBe('');
  expect(v.stdout).toBe(`${version}\n`);
  const dir = project();
  const r = lintWith(bin, dir);
  expect(r.status, r.stderr).toBe(1);
  expect(r.stdout).toBe(expected);
  // Production dependencies only: no bundler, compiler or test runner came with it.
  const installed = readdirSync(depsDir);
  expect(installed).toContain('web-tree-sitter');
  for (const dev of ['esbuild', 'typescript', 'vitest', '@microsoft']) expect(installed).not.toContain(dev);
  expect(existsSync(join(packageDir, 'dist', 'action'))).toBe(false);
}

beforeAll(() => {
  clone = snapshotRepo();
  const dir = project();
  const r = spawnSync(process.execPath, [join(repo, 'bin', 'policylint.js'), '--format', 'json', 'infra'], { cwd: dir, encoding: 'utf8' });
  expected = r.stdout;
  const rules = (JSON.parse(expected).findings as Array<{ ruleId: string }>).map((f) => f.ruleId);
  // The grammar (Terraform), the IAM data (ecr-scope) and the JSON reader are all exercised.
  expect(rules).toEqual(expect.arrayContaining(['wildcard-principal', 'principal-arn-pattern', 'ecr-scope']));
});

describe('npm package', () => {
  it('npm pack prints only the tarball name, and npm install -g of the tarball works', () => {
    const out = temp('pack');
    const stdout = npm(['pack', '--pack-destination', out], clone.dir);
    // pre-commit reads the tarball name from this output.
    expect(stdout).toBe(`policylint-${version}.tgz\n`);
    const prefix = temp('prefix');
    npm(['install', '-g', '--prefix', prefix, join(out, `policylint-${version}.tgz`)], temp('cwd'));
    expectWorking(join(prefix, 'bin', 'policylint'), join(prefix, 'lib', 'node_modules', 'policylint'));
  });

  it('npm install -g git+file:// works without building', () => {
    const prefix = temp('prefix');
    npm(['install', '-g', '--prefix', prefix, `git+file://${clone.dir}#${clone.rev}`], temp('cwd'));
    expectWorking(join(prefix, 'bin', 'policylint'), join(prefix, 'lib', 'node_modules', 'policylint'));
  });

  it('npm i -D git+file:// works in a project, and npx runs it', () => {
    const dir = temp('project');
    writeFileSync(join(dir, 'package.json'), '{"name": "infra", "private": true}\n');
    npm(['install', '-D', `git+file://${clone.dir}#${clone.rev}`], dir);
    expectWorking(join(dir, 'node_modules', '.bin', 'policylint'), join(dir, 'node_modules', 'policylint'), join(dir, 'node_modules'));
    const v = spawnSync('npx', ['--no-install', 'policylint', '--version'], { cwd: dir, encoding: 'utf8', env: cleanEnv() });
    expect(v.stdout).toBe(`${version}\n`);
  });
});
