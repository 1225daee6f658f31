import { describe, expect, it } from 'vitest';
import { Dispenser, groupByCalledFolders } from '../src/engine/dispenser.js';

// Issue 16: with workers, the units that read the same called folder go to one worker, which
// parses that folder once; no worker waits while units are left.

describe('groupByCalledFolders', () => {
  it('groups units that read a common folder, through calls of calls; others stay alone', () => {
    const units = [
      { kind: 'module', dir: '/r/examples/a' },
      { kind: 'json' },
      { kind: 'module', dir: '/r/examples/b' },
      { kind: 'module', dir: '/other' },
      { kind: 'module', dir: '/r/examples/c' },
    ];
    const calls = new Map([
      ['/r/examples/a', new Set(['/r'])],
      ['/r/examples/b', new Set(['/r/modules/x'])],
      ['/r/modules/x', new Set(['/r'])],
      ['/r/examples/c', new Set(['/r/modules/y'])],
      ['/other', new Set<string>()],
    ]);
    expect(groupByCalledFolders(units, calls)).toEqual([[0, 2], [1], [3], [4]]);
  });
});

describe('Dispenser', () => {
  it('keeps a worker on its group, starts unstarted groups first, then shares what is left', () => {
    const d = new Dispenser([[0, 1, 2, 3], [4, 5], [6]]);
    const a = d.next(undefined)!;
    const b = d.next(undefined)!;
    expect([a, b]).toEqual([
      { index: 0, group: 0 },
      { index: 4, group: 1 },
    ]);
    expect(d.next(a.group)).toEqual({ index: 1, group: 0 });
    expect(d.next(b.group)).toEqual({ index: 5, group: 1 });
    // b's group is done: the unstarted group first, then the one with most left.
    expect(d.next(b.group)).toEqual({ index: 6, group: 2 });
    expect(d.next(2)).toEqual({ index: 2, group: 0 });
    expect(d.empty).toBe(false);
    expect(d.next(0)).toEqual({ index: 3, group: 0 });
    expect(d.empty).toBe(true);
    expect(d.next(0)).toBeUndefined();
  });

  it('gives groups added later after the others, and drains what is left in index order', () => {
    const d = new Dispenser([[2, 0]]);
    d.add([5]);
    d.add([]);
    expect(d.next(undefined)).toEqual({ index: 2, group: 0 });
    expect(d.drain()).toEqual([0, 5]);
    expect(d.empty).toBe(true);
  });
});
