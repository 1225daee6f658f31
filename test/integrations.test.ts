import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bin, repo, run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';
import { listFiles } from './helpers/files.js';

const temp = tempDirs('int');

describe('pre-commit hook', () => {
  const [hook] = parse(readFileSync(join(repo, '.pre-commit-hooks.yaml'), 'utf8'));

  it('is a node hook that runs policylint with compact output', () => {
    expect(hook).toMatchObject({ id: 'policylint', language: 'node' });
    expect(hook.entry.split(' ')[0]).toBe(Object.keys(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).bin)[0]);
  });

  it('gives the same findings when pre-commit splits the files into batches', () => {
    const filesRe = new RegExp(hook.files);
    const files = listFiles(join(repo, 'examples'))
      .filter((f) => filesRe.test(f))
      .map((f) => f.slice(repo.length + 1));
    expect(files.length).toBeGreaterThan(3);
    const argv = [...hook.entry.split(' ').slice(1), '--format', 'json'];
    const found = (r: { stdout: string }) =>
      (JSON.parse(r.stdout).findings as Array<{ file: string; line: number; ruleId: string }>).map((f) => `${f.file}:${f.line} ${f.ruleId}`);
    const all = run([...argv, ...files]);
    const half = Math.ceil(files.length / 2);
    const batches = [files.slice(0, half), files.slice(half)].map((b) => run([...argv, ...b]));
    expect(all.code).toBe(1);
    // A module with files in both batches is judged whole in each: the same findings, twice.
    expect([...new Set(batches.flatMap(found))].sort()).toEqual(found(all).sort());
    expect(found(all)).toEqual(expect.arrayContaining([expect.stringMatching(/^examples\/pccs-deployer\/main\.tf:\d+ wildcard-principal$/)]));
  });

  it('prints file:line:col for each finding', () => {
    const r = run([...hook.entry.split(' ').slice(1), 'examples/pccs-deployer/main.tf']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\s+examples\/pccs-deployer\/main\.tf:\d+:\d+$/m);
    expect(r.stdout).toContain('wildcard-principal');
  });

  describe('--whole-module: a staged file stands for its module', () => {
    const bucket = (principal: string) =>
      `resource "aws_s3_bucket_policy" "b" {\n  bucket = "b"\n  policy = jsonencode({\n    Statement = [{ Effect = "Allow", Principal = { AWS = ${principal} }, Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*" }]\n  })\n}\n`;
    function tree(variable: string) {
      const dir = temp();
      for (const d of ['infra', 'infra/child', 'other']) mkdirSync(join(dir, d), { recursive: true });
      writeFileSync(join(dir, 'infra/main.tf'), bucket('var.p'));
      writeFileSync(join(dir, 'infra/variables.tf'), `variable "p" {\n  default = "${variable}"\n}\n`);
      // Already wrong, and not part of the change: must not be reported.
      writeFileSync(join(dir, 'infra/child/main.tf'), bucket('"*"'));
      writeFileSync(join(dir, 'other/main.tf'), bucket('"*"'));
      return dir;
    }
    const files = (r: { stdout: string }) => [
      ...new Set((JSON.parse(r.stdout).findings as Array<{ file: string; line: number }>).map((f) => `${f.file}:${f.line}`)),
    ];

    it('a variables.tf change is judged with the policy it opens in main.tf, and only that module is reported', () => {
      const dir = tree('*');
      const alone = run(['--format', 'json', 'infra/variables.tf'], dir);
      expect(files(alone)).toEqual([]);
      const r = run(['--format', 'json', '--whole-module', 'infra/variables.tf'], dir);
      expect(r.code).toBe(1);
      expect(files(r)).toEqual(['infra/main.tf:4']);
    });

    it('so are terraform.tfvars, *.auto.tfvars and terraform.tfvars.json changes', () => {
      for (const [name, text] of [
        ['terraform.tfvars', 'p = "*"\n'],
        ['x.auto.tfvars', 'p = "*"\n'],
        ['terraform.tfvars.json', '{"p": "*"}\n'],
      ]) {
        const dir = tree('111122223333');
        expect(run(['--format', 'json', '--whole-module', 'infra/main.tf'], dir).code, name).toBe(0);
        writeFileSync(join(dir, 'infra', name), text);
        const r = run(['--format', 'json', '--whole-module', `infra/${name}`], dir);
        expect(files(r), name).toEqual(['infra/main.tf:4']);
      }
    });

    it('a variable file with no module beside it lints nothing, not the whole folder', () => {
      const dir = tree('111122223333');
      writeFileSync(join(dir, 'vars.tfvars'), 'p = "*"\n');
      const r = run(['--format', 'json', '--whole-module', 'vars.tfvars'], dir);
      expect(r).toMatchObject({ code: 0, stdout: '' });
    });
  });

  it('ignores files pre-commit passes that policylint does not read', () => {
    const dir = temp();
    writeFileSync(join(dir, 'package.json'), '{"name": "x"}');
    const r = run(['--format', 'compact', 'package.json'], dir);
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('npm package', () => {
  it('ships the built CLI, its docs and no tests', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'bin/policylint.js',
        'dist/load.cjs',
        'dist/worker.cjs',
        'bin/package.json',
        'dist/tree-sitter-terraform.wasm',
        'dist/tree-sitter-hcl.LICENSE',
        'rules/wildcard-principal.md',
        'docs/iam-semantics.md',
        'README.md',
      ]),
    );
    // Installing policylint must not build the grammar's native binding (it uses the wasm).
    expect(Object.keys(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).dependencies)).not.toContain('@tree-sitter-grammars/tree-sitter-hcl');
    // The command's code: the whole script and the JSON-only one, each named after its content
    // (src/cli/load.ts), and no other.
    expect(files.filter((f) => /^dist\/policylint-/.test(f)).map((f) => f.replace(/[0-9a-f]{10}\.cjs$/, '<hash>.cjs'))).toEqual([
      'dist/policylint-<hash>.cjs',
      'dist/policylint-json-<hash>.cjs',
    ]);
    expect(files.some((f) => f.startsWith('test/') || f.startsWith('fixtures/'))).toBe(false);
    expect(bin.endsWith('bin/policylint.js')).toBe(true);
    // The action's bundle (with its copy of the IAM data) is for action.yml only.
    expect(files.some((f) => f.startsWith('dist/action/'))).toBe(false);
  });

  it('installs from git without building: no script that makes npm prepare a git dependency', () => {
    // npm (pacote) installs a git dependency's dev dependencies and runs its prepare script when
    // package.json has any of these; dist/ is committed instead (test/install runs the installs).
    const scripts = Object.keys(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts);
    for (const s of ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall']) expect(scripts).not.toContain(s);
  });
});

describe('README', () => {
  it('names the current version in every rev, uses and git install line (the release script keeps them so)', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    const refs = [...readme.matchAll(/(?:rev: |policylint\/policylint@|policylint\.git#)(v[^\s]+)/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    expect(new Set(refs)).toEqual(new Set([`v${version}`]));
  });

  it('starts with the two fresh-machine command lines, then Install', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    expect(readme.split('\n').slice(0, 6).join('\n')).toBe('# policylint\n\n```sh\nnpm ci && npx policylint examples/\nnpm ci && npm test\n```');
    expect(readme.match(/^## .*/gm)?.[0]).toBe('## Install');
  });
});

describe('configuration', () => {
  // That it is what rule metadata generates: test/rules-meta.unit.test.ts (where mutation testing sees it).
  it('.policylintrc.example is a valid configuration', () => {
    const example = readFileSync(join(repo, '.policylintrc.example'), 'utf8');
    const dir = temp();
    writeFileSync(join(dir, '.policylintrc'), example);
    const r = run(['--print-config'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rules['ecr-scope'].severity).toBe('warning');
  });

  it('a typo exits 2 and names the key and what was expected', () => {
    const dir = temp();
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ rules: { 'ecr-scop': 'off' } }));
    const r = run(['.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown key "rules.ecr-scop"');
    expect(r.stderr).toContain('ecr-scope');
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ rules: { 'ecr-scope': 'warn' } }));
    expect(run(['.'], dir).stderr).toContain('"rules.ecr-scope" must be one of "off", "error", "warning", "note"');
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ trustedAcounts: [] }));
    expect(run(['.'], dir).stderr).toContain('unknown key "trustedAcounts"');
  });

  it('a value of the wrong form says what was given and how to write it', () => {
    const dir = temp();
    const said = (config: string) => {
      writeFileSync(join(dir, '.policylintrc.yaml'), config);
      const r = run(['.'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr.startsWith(`policylint: ${join(dir, '.policylintrc.yaml')}: `)).toBe(true);
      return r.stderr.split('.policylintrc.yaml: ')[1].trim();
    };
    expect(said('trustedAccounts: ["1111-2222-3333"]\n')).toBe(
      '"trustedAccounts.0" is "1111-2222-3333"; it must be a 12-digit AWS account ID, written as a string: "111122223333"',
    );
    // YAML reads an unquoted account ID as a number.
    expect(said('trustedAccounts: [111122223333]\n')).toBe('"trustedAccounts.0" is the number 111122223333, not text: put it in quotes');
    expect(said('ignores:\n  - files: a.json\n    rules: [wildcard-principal]\n    reason: r\n    expires: 30/06/2027\n')).toBe(
      '"ignores.0.expires" is "30/06/2027"; it must be a date written YYYY-MM-DD: "2027-06-30"',
    );
  });

  it('is found upward from the working directory, merged with the command line, and printed', () => {
    const dir = temp();
    writeFileSync(join(dir, '.policylintrc.yaml'), 'rules:\n  ecr-scope: error\n  group-mfa: off\ntrustedAccounts: ["111122223333"]\n');
    const sub = join(dir, 'infra');
    execFileSync('mkdir', ['-p', sub]);
    const r = run(['--print-config', '--rule', 'wildcard-principal:warning', '--trusted-account', '444455556666'], sub);
    expect(JSON.parse(r.stdout)).toMatchObject({
      configFile: join(dir, '.policylintrc.yaml'),
      rules: { 'ecr-scope': { severity: 'error' }, 'group-mfa': 'off', 'wildcard-principal': 'warning' },
      trustedAccounts: ['111122223333', '444455556666'],
    });
  });

  it('turns rules off, changes severities, and suppresses JSON files through ignores', () => {
    const dir = temp();
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}';
    writeFileSync(join(dir, 'public.json'), policy);
    writeFileSync(join(dir, 'other.json'), policy);
    writeFileSync(
      join(dir, '.policylintrc.json'),
      JSON.stringify({ ignores: [{ files: 'public.json', rules: ['wildcard-principal'], reason: 'static website' }] }),
    );
    const f = JSON.parse(run(['--format', 'json', '.'], dir).stdout).findings;
    expect(f.map((x: { file: string; suppressed: boolean }) => `${x.file} ${x.suppressed}`)).toEqual(['other.json false', 'public.json true']);
    expect(f[1].suppression.reason).toBe('static website');
    const asWarning = run(['--format', 'json', '--rule', 'wildcard-principal:warning', 'other.json'], dir);
    expect(asWarning.code).toBe(0);
    expect(JSON.parse(asWarning.stdout).findings[0].severity).toBe('warning');
    expect(JSON.parse(run(['--format', 'json', '--rule', 'wildcard-principal:off', '.'], dir).stdout).findings).toEqual([]);
  });

  it('include and exclude globs choose the files', () => {
    const dir = temp();
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}';
    execFileSync('mkdir', ['-p', join(dir, 'vendor'), join(dir, 'live')]);
    writeFileSync(join(dir, 'vendor', 'p.json'), policy);
    writeFileSync(join(dir, 'live', 'p.json'), policy);
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ exclude: ['vendor/**'] }));
    const f = JSON.parse(run(['--format', 'json', '.'], dir).stdout).findings;
    expect(f.map((x: { file: string }) => x.file)).toEqual(['live/p.json']);
  });
});

describe('baseline', () => {
  it('records current findings and reports only new ones, even when lines move', () => {
    const dir = temp();
    const statement = (sid: string) => `{"Sid":"${sid}","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}`;
    writeFileSync(join(dir, 'p.json'), `{"Version":"2012-10-17","Statement":[\n${statement('Old')}\n]}`);
    const baseline = join(dir, 'baseline.json');
    expect(run(['--write-baseline', baseline, '.'], dir).code).toBe(0);
    expect(run(['--format', 'json', '--baseline', baseline, '.'], dir).code).toBe(0);
    writeFileSync(join(dir, 'p.json'), `{"Version":"2012-10-17","Statement":[\n\n\n${statement('New')},\n${statement('Old')}\n]}`);
    const r = run(['--format', 'json', '--baseline', baseline, '.'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { line: number }) => f.line)).toEqual([4]);
  });
});

describe('editors', () => {
  it('lints standard input as the file --stdin-filename names, resolved against its folder', () => {
    const r = spawnSync(process.execPath, [bin, '--format', 'compact', '--stdin', '--stdin-filename', 'examples/ecr-iam-module/main.tf'], {
      cwd: repo,
      input:
        'resource "aws_iam_role" "r" {\n  name = "r"\n  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = var.deployer_role_arn }, Action = "sts:AssumeRole" }] })\n}\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const open = spawnSync(
      process.execPath,
      [bin, '--format', 'compact', '--stdin', '--stdin-filename', 'examples/ecr-iam-module/main.tf', '--var-file', 'fixtures/resolve/star.tfvars'],
      {
        cwd: repo,
        input:
          'resource "aws_iam_role" "r" {\n  name = "r"\n  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = var.deployer_role_arn }, Action = "sts:AssumeRole" }] })\n}\n',
        encoding: 'utf8',
      },
    );
    expect(open.status).toBe(1);
    expect(open.stdout).toContain(`${join(repo, 'examples/ecr-iam-module/main.tf')}: line 3, col`);
    expect(open.stdout).toContain('(wildcard-principal)');
  });

  it('needs --stdin-filename with --stdin', () => {
    const r = spawnSync(process.execPath, [bin, '--stdin'], { cwd: repo, input: '{}', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--stdin-filename');
  });
});

describe('worker threads', () => {
  it('find exactly what one thread finds, the main thread linting beside one worker or two', () => {
    const one = run(['--format', 'json', 'fixtures', 'examples'], repo, { POLICYLINT_WORKERS: '0' });
    for (const workers of ['1', '2']) {
      const more = run(['--format', 'json', 'fixtures', 'examples'], repo, { POLICYLINT_WORKERS: workers });
      expect(JSON.parse(more.stdout).findings.length).toBeGreaterThan(50);
      expect(more.stdout).toBe(one.stdout);
      expect(more.code).toBe(one.code);
    }
    // Three full runs over every fixture: generous for a loaded CI machine; no duration is asserted.
  }, 240_000);

  it('lose nothing when one dies: the units it held are linted by the main thread, policy files included', () => {
    const args = ['--format', 'json', 'fixtures', 'examples'];
    const one = run(args, repo, { POLICYLINT_WORKERS: '0' });
    // A module folder and a policy file: the dead worker's unit and the deferred policy files.
    for (const crash of ['examples/pccs-deployer', 'repository-policy.json']) {
      const two = run(args, repo, { POLICYLINT_WORKERS: '2', POLICYLINT_TEST_WORKER_CRASH: crash });
      expect(two.stdout).toBe(one.stdout);
      expect(two.code).toBe(one.code);
    }
  }, 180_000);

  it('finish when one dies while the other is already waiting for the end', () => {
    const dir = temp();
    // Two folders, one per worker: the small one is done first, and that worker waits while the
    // other dies on the large one.
    const policy = (n: number) =>
      `resource "aws_s3_bucket_policy" "b${n}" {\n  bucket = "b"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*" }] })\n}\n`;
    mkdirSync(join(dir, 'large'));
    mkdirSync(join(dir, 'small'));
    writeFileSync(join(dir, 'large/main.tf'), Array.from({ length: 40 }, (_, i) => policy(i)).join('\n'));
    writeFileSync(join(dir, 'small/main.tf'), policy(0));
    const one = run(['--format', 'json', '.'], dir, { POLICYLINT_WORKERS: '0' });
    const two = run(['--format', 'json', '.'], dir, { POLICYLINT_WORKERS: '2', POLICYLINT_TEST_WORKER_CRASH: 'large' });
    expect(JSON.parse(one.stdout).findings.length).toBe(41);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(1);
  }, 120_000);

  it('obey the configuration: a rule turned off stays off, a severity stays changed (issue 15)', () => {
    const args = [
      '--format',
      'json',
      '--rule',
      'wildcard-principal:off',
      '--rule',
      'principal-arn-pattern:warning',
      'fixtures/rules/principal-arn-pattern',
      'fixtures/rules/wildcard-principal',
    ];
    const one = run(args, repo, { POLICYLINT_WORKERS: '0' });
    const two = run(args, repo, { POLICYLINT_WORKERS: '2' });
    const found = JSON.parse(two.stdout).findings as Array<{ ruleId: string; severity: string }>;
    expect(found.filter((f) => f.ruleId === 'principal-arn-pattern').length).toBeGreaterThan(5);
    expect(found.filter((f) => f.ruleId === 'wildcard-principal')).toEqual([]);
    expect(found.filter((f) => f.ruleId === 'principal-arn-pattern' && f.severity === 'error')).toEqual([]);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe("the engine's own findings are rules", () => {
  const temp = tempDirs('engine-rules');
  it('parse-error, policy-size, unresolved and suppression can be turned off or re-graded like any rule', () => {
    const dir = temp();
    writeFileSync(join(dir, 'broken.json'), '{"Version": "2012-10-17", "Statement": [');
    writeFileSync(join(dir, 'main.tf'), '# policylint:ignore wildcard-principal\nresource "aws_iam_policy" "p" {\n  policy = var.doc\n}\nvariable "doc" {}\n');
    const ids = (args: string[]) =>
      (JSON.parse(run(['--format', 'json', '--strict', ...args, '.'], dir).stdout).findings as Array<{ ruleId: string; severity: string }>)
        .map((f) => `${f.ruleId}:${f.severity}`)
        .sort();
    expect(ids([])).toEqual(['parse-error:error', 'suppression:error', 'unresolved:note']);
    expect(ids(['--rule', 'parse-error:off', '--rule', 'suppression:off', '--rule', 'unresolved:off'])).toEqual([]);
    expect(ids(['--rule', 'parse-error:warning', '--rule', 'unresolved:error'])).toEqual(['parse-error:warning', 'suppression:error', 'unresolved:error']);
  });
});
