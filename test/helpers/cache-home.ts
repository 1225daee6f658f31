import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// vitest's globalSetup: the runs of policylint the tests start keep their caches (V8's code cache,
// Access Analyzer's) in a folder of this test run, removed after it, not in the user's cache
// folder, whose state would otherwise reach the tests and the other way round. Tests about a
// cache's location set XDG_CACHE_HOME themselves.
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-test-cache-'));
  process.env.XDG_CACHE_HOME = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
