import { describe, expect, it } from 'vitest';
import { need, settle } from '../src/policy/settled.js';

// Rules read iam-data lookups synchronously once they have loaded (src/policy/settled.ts).
describe('need / settle', () => {
  it('waits for a pending lookup, then runs the function again and returns its value', async () => {
    let runs = 0;
    const lookup = new Promise<number>((resolve) => setTimeout(() => resolve(41), 5));
    const result = settle(() => {
      runs++;
      return need(lookup) + 1;
    });
    expect(result).toBeInstanceOf(Promise);
    expect(await result).toBe(42);
    expect(runs).toBe(2);
  });

  it('is synchronous once every lookup it needs has settled', async () => {
    const lookup = Promise.resolve('ecr:BatchGetImage');
    await settle(() => need(lookup));
    const again = settle(() => need(lookup).toLowerCase());
    expect(again).toBe('ecr:batchgetimage');
  });

  it('waits for several lookups one after another', async () => {
    const a = Promise.resolve(1);
    const b = new Promise<number>((resolve) => setTimeout(() => resolve(2), 5));
    let runs = 0;
    const result = await settle(() => {
      runs++;
      return need(a) + need(b);
    });
    expect(result).toBe(3);
    expect(runs).toBe(3);
  });

  it('passes a failed lookup on, as awaiting it would', async () => {
    const failing = Promise.reject(new Error('iam-data could not be read'));
    await expect(settle(() => need(failing))).rejects.toThrow('iam-data could not be read');
  });

  it('passes other errors on at once', () => {
    expect(() =>
      settle(() => {
        throw new TypeError('a bug in the rule');
      }),
    ).toThrow('a bug in the rule');
  });
});
