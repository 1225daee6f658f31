import { reachedFolders } from './module-roots.js';

/**
 * Which unit a free worker takes next (engine/workers.ts). Units that read the same called folder
 * (every `examples/*` calling `../..`, the roots of a monorepo sharing `modules/`) form a group,
 * and a worker keeps to one group while it has units left: a worker keeps a called folder parsed
 * for its later readers (engine/unit.ts), so a group spread over two workers is parsed twice
 * (issue 16: a quarter more parsing on the real-world evaluation folder). Groups go largest
 * first; a worker whose group is done starts the largest group no worker has started, and only
 * when none is left takes the next unit of the group with the most units left, so no worker waits
 * while units remain.
 */
export class Dispenser {
  /** Per group, its units' indexes in the order to give them. */
  private readonly queues: number[][] = [];
  private readonly started = new Set<number>();
  /** No group before this one is unstarted (groups start in order): a pick never rescans them. */
  private unstarted = 0;
  private remaining = 0;

  /** `groups`: the units' indexes, grouped, each group largest unit first, groups largest first. */
  constructor(groups: number[][]) {
    for (const g of groups) this.add(g);
  }

  /** A group to give after the others (the policy files no module read, one unit each). */
  add(group: number[]): void {
    if (!group.length) return;
    this.queues.push([...group]);
    this.remaining += group.length;
  }

  /** Units not given yet. */
  get left(): number {
    return this.remaining;
  }

  get empty(): boolean {
    return this.remaining === 0;
  }

  /** The next unit for a worker whose last unit was of group `current`; undefined when none is left. */
  next(current: number | undefined): { index: number; group: number } | undefined {
    if (!this.remaining) return undefined;
    while (this.unstarted < this.queues.length && (this.started.has(this.unstarted) || !this.queues[this.unstarted].length)) this.unstarted++;
    let group = current !== undefined && this.queues[current]?.length ? current : this.unstarted < this.queues.length ? this.unstarted : -1;
    // Every group started: the next unit of the one with most left (rare: the worker keeps to it).
    if (group < 0) group = this.queues.reduce((best, q, i) => (q.length > this.queues[best].length ? i : best), 0);
    this.started.add(group);
    this.remaining--;
    return { index: this.queues[group].shift()!, group };
  }

  /** Every unit not given yet, in index order (a run whose workers all died lints them itself). */
  drain(): number[] {
    const rest = this.queues.flatMap((q) => q.splice(0));
    this.remaining = 0;
    return rest.sort((a, b) => a - b);
  }
}

/**
 * Groups of units that read a common called folder (through calls, transitively), as indexes
 * into `units`; a unit that reads no called folder is a group of its own. Each group keeps the
 * units' order; groups come in the order of their first unit.
 */
export function groupByCalledFolders(units: ReadonlyArray<{ kind: string; dir?: string }>, calls: ReadonlyMap<string, Set<string>>): number[][] {
  const parent = units.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const reader = new Map<string, number>();
  units.forEach((u, i) => {
    if (u.kind !== 'module' || !u.dir) return;
    for (const d of reachedFolders(u.dir, calls)) {
      const other = reader.get(d);
      if (other === undefined) reader.set(d, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, number[]>();
  units.forEach((_, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].sort((a, b) => a[0] - b[0]);
}
