import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Access Analyzer answers by content hash (policy text + check + parameters), so an unchanged
 * policy is never sent twice; checks are billed per call. */
export class AnalyzerCache {
  private entries: Record<string, unknown> = {};
  private dirty = false;
  constructor(private file: string | undefined) {
    if (!file) return;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      if (data?.version === 1 && data.entries && typeof data.entries === 'object') this.entries = data.entries;
    } catch {
      /* no cache yet, or an unreadable one: start empty */
    }
  }

  static key(parts: unknown[]): string {
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  }

  get<T>(key: string): T | undefined {
    return this.entries[key] as T | undefined;
  }

  set(key: string, value: unknown) {
    this.entries[key] = value;
    this.dirty = true;
  }

  save() {
    if (!this.file || !this.dirty) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ version: 1, entries: this.entries }) + '\n');
  }
}
