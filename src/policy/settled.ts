/**
 * Synchronous reads of memoised lookups that are asynchronous only the first time.
 *
 * iam-data loads its files lazily, so every name lookup returns a promise; but each lookup is
 * memoised for the run, and after the first few statements every one of them is already settled.
 * A rule that awaited each lookup allocated an async frame and a promise per action, key and ARN
 * of every statement: on the bench corpus policy-grammar alone allocated ~190 MB that way, which
 * the collector then paid for (issue 10 / 20: "no slower per MB"). Here a rule writes its checks
 * as plain functions that `need` each lookup, and runs them with `settle`: when everything it
 * needs has settled, that is one synchronous call; when a lookup is still pending, `need` throws,
 * `settle` waits for that lookup and runs the function again from the start. So the functions
 * given to `settle` must not change anything outside themselves before their last `need`
 * (memoising a result is fine).
 */
const values = new WeakMap<Promise<unknown>, { value: unknown }>();

/** Thrown by `need` for a lookup still loading: rare (once per distinct name per run). */
class Pending extends Error {
  constructor(readonly ready: Promise<unknown>) {
    super('a lookup is still loading');
  }
}

/** The value `p` has settled to; throws (for `settle` to catch) while it is still pending. */
export function need<T>(p: Promise<T>): T {
  const s = values.get(p);
  if (s) return s.value as T;
  // A rejection propagates out of `settle`, as an `await` of the lookup would.
  throw new Pending(p.then((value) => void values.set(p, { value })));
}

/** `f()`, run again after each lookup it needs has settled: synchronous once everything has. */
export function settle<T>(f: () => T): T | Promise<T> {
  try {
    return f();
  } catch (e) {
    if (e instanceof Pending) return e.ready.then(() => settle(f));
    throw e;
  }
}
