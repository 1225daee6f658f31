// `node scripts/bench-lsp.mjs [--small]`: the language server's speed, as an editor sees it (issue 14).
//  - start-up: spawning `policylint --lsp` until its answer to `initialize` (budget 300 ms);
//  - a one-character edit in one file of a 50-file module, once warm: from `didChange` to the
//    `publishDiagnostics` of that version, with the server's default debounce, and without (budget
//    100 ms median);
//  - memory over 1,000 edits: the server's resident memory after the first 100 and after all.
// Prints the figures and the budgets; exits 1 when one is over (`--small`: fewer edits, no verdict).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/policylint.js');
const small = process.argv.includes('--small');
const STARTS = small ? 3 : 15;
const EDITS = small ? 20 : 100;
const MEMORY_EDITS = small ? 100 : 1000;
const BUDGET = { startMs: 300, editMs: 100 };

/** A module of 50 files shaped like real ones: jsonencode, heredoc, policy documents, variables. */
function buildModule(dir) {
  writeFileSync(
    join(dir, 'variables.tf'),
    'variable "accounts" {\n  type    = list(string)\n  default = ["111122223333", "444455556666"]\n}\nvariable "org_id" {\n  default = "o-abc123def"\n}\nlocals {\n  repo_arn = "arn:aws:ecr:eu-west-1:111122223333:repository/team"\n}\n',
  );
  for (let f = 0; f < 49; f++) {
    const blocks = [];
    for (let r = 0; r < 4; r++) {
      const n = `p${f}_${r}`;
      if (r === 0)
        blocks.push(
          `resource "aws_iam_policy" "${n}" {\n  name = "${n}"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]\n      Resource = local.repo_arn\n    }]\n  })\n}\n`,
        );
      else if (r === 1)
        blocks.push(
          `data "aws_iam_policy_document" "${n}" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "AWS"\n      identifiers = [for a in var.accounts : "arn:aws:iam::\${a}:root"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "aws:PrincipalOrgID"\n      values   = [var.org_id]\n    }\n  }\n}\nresource "aws_iam_role" "${n}" {\n  name               = "${n}"\n  assume_role_policy = data.aws_iam_policy_document.${n}.json\n}\n`,
        );
      else if (r === 2)
        blocks.push(
          `resource "aws_ecr_repository_policy" "${n}" {\n  repository = "${n}"\n  policy     = <<EOF\n{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Principal": {"AWS": "arn:aws:iam::444455556666:root"},\n    "Action": ["ecr:BatchGetImage"]\n  }]\n}\nEOF\n}\n`,
        );
      else
        blocks.push(
          `resource "aws_s3_bucket_policy" "${n}" {\n  bucket = "${n}"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = ["arn:aws:s3:::${n}", "arn:aws:s3:::${n}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}\n`,
        );
    }
    writeFileSync(join(dir, `f${String(f).padStart(2, '0')}.tf`), blocks.join('\n'));
  }
}

function startServer() {
  const t0 = process.hrtime.bigint();
  const proc = spawn(process.execPath, [bin, '--lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiters = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    for (const w of waiters.splice(0)) w(p);
  });
  connection.listen();
  return { proc, connection, t0, next: () => new Promise((resolve) => waiters.push(resolve)) };
}

async function initialize(s, folder, initializationOptions) {
  await s.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    capabilities: {},
    initializationOptions,
  });
  const ms = Number(process.hrtime.bigint() - s.t0) / 1e6;
  await s.connection.sendNotification(InitializedNotification.type, {});
  return ms;
}

async function stop(s) {
  await s.connection.sendRequest(ShutdownRequest.type);
  await s.connection.sendNotification(ExitNotification.type);
  s.connection.dispose();
  await new Promise((resolve) => (s.proc.exitCode !== null ? resolve() : s.proc.on('exit', resolve)));
}

/** Types one character at the end of a line and deletes it again, alternately: `n` edits, each
 * timed from the change sent to its version's diagnostics. */
async function edits(s, file, n, line, after = () => {}) {
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  const lineText = text.split('\n')[line];
  await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'terraform', version: 1, text } });
  await s.next();
  const times = [];
  for (let i = 0, version = 2; i < n; i++, version++) {
    const add = i % 2 === 0;
    const at = { line, character: lineText.length };
    const range = add ? { start: at, end: at } : { start: at, end: { line, character: lineText.length + 1 } };
    const published = new Promise((resolve) => {
      const wait = () => s.next().then((p) => (p.uri === uri && p.version === version ? resolve() : wait()));
      wait();
    });
    const t = process.hrtime.bigint();
    await s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text: add ? ' ' : '' }],
    });
    await published;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    after(i + 1);
  }
  return times;
}

/** The process's CPU time so far (user + system), in ms: what it cost, whatever else the machine runs. */
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rssMb = (pid) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

const dir = mkdtempSync(join(tmpdir(), 'policylint-bench-lsp-'));
try {
  buildModule(dir);
  const file = join(dir, 'f10.tf');

  const starts = [];
  const startCpu = [];
  const bare = [];
  for (let i = 0; i < STARTS; i++) {
    const s = startServer();
    starts.push(await initialize(s, dir));
    startCpu.push(cpuMs(s.proc.pid));
    await stop(s);
    // Bare node, for scale: on a loaded machine every figure here grows alike.
    const t = process.hrtime.bigint();
    await new Promise((resolve) => spawn(process.execPath, ['-e', '0']).on('exit', resolve));
    bare.push(Number(process.hrtime.bigint() - t) / 1e6);
  }

  const debounced = startServer();
  await initialize(debounced, dir);
  const warm = await edits(debounced, file, EDITS + 20, 2);
  const withDebounce = median(warm.slice(20));
  await stop(debounced);

  const immediate = startServer();
  await initialize(immediate, dir, { debounceMs: 0 });
  let early = NaN;
  const samples = [];
  let cpuAt20 = 0;
  let cpuAtEnd = 0;
  const measured = Math.min(MEMORY_EDITS, 20 + EDITS);
  const times = await edits(immediate, file, MEMORY_EDITS, 2, (i) => {
    if (i === 20) cpuAt20 = cpuMs(immediate.proc.pid);
    if (i === measured) cpuAtEnd = cpuMs(immediate.proc.pid);
    if (i === 100) early = rssMb(immediate.proc.pid);
    if (i % (MEMORY_EDITS / 4) === 0) samples.push(`${i}: ${rssMb(immediate.proc.pid).toFixed(0)}`);
  });
  const cpuPerEdit = (cpuAtEnd - cpuAt20) / (measured - 20);
  const lintOnly = median(times.slice(20, 20 + EDITS));
  const afterAll = rssMb(immediate.proc.pid);
  await stop(immediate);

  const row = (label, value) => console.log(`${label.padEnd(58)} ${value}`);
  row('start-up, spawn to initialize answer (median)', `${median(starts).toFixed(0)} ms (budget ${BUDGET.startMs} ms)`);
  row('  bare node start-up on this machine now (median)', `${median(bare).toFixed(0)} ms`);
  row('  server CPU time until initialize answered (median)', `${median(startCpu).toFixed(0)} ms`);
  row('one-character edit, 50-file module, default debounce (median)', `${withDebounce.toFixed(1)} ms (budget ${BUDGET.editMs} ms)`);
  row('one-character edit, 50-file module, no debounce (median)', `${lintOnly.toFixed(1)} ms`);
  row('  server CPU time per edit (mean)', `${cpuPerEdit.toFixed(1)} ms`);
  row(`resident memory after ${MEMORY_EDITS} edits (after the first 100)`, `${afterAll.toFixed(0)} MB (${early.toFixed(0)} MB)`);
  row('  resident memory by edits (MB)', samples.join(', '));
  if (!small) {
    const over = [median(starts) > BUDGET.startMs && 'start-up', withDebounce > BUDGET.editMs && 'edit'].filter(Boolean);
    if (over.length) {
      console.log(`over budget: ${over.join(', ')}`);
      process.exitCode = 1;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
