/**
 * Work started ahead of need: `task` runs for every item, at most `limit` at a time, in the
 * order given, and each item gets a promise of its own completion. Build steps that wait on
 * native code (sharp encodes on libuv threads) start this early, so the main thread renders
 * other pages meanwhile and asks for each result only when its page comes up.
 */
export function inBackground<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<unknown>,
): Map<T, Promise<void>> {
  const done = new Map<T, Promise<void>>();
  const settle = new Map<T, { resolve: () => void; reject: (error: unknown) => void }>();
  for (const item of items) {
    if (done.has(item)) continue;
    done.set(
      item,
      new Promise<void>((resolve, reject) => {
        settle.set(item, { resolve, reject });
      }),
    );
    // A failure is reported to whoever awaits the item, not as an unhandled rejection here.
    done.get(item)?.catch(() => undefined);
  }
  const queue = [...done.keys()];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < queue.length) {
      const item = queue[next++] as T;
      const { resolve, reject } = settle.get(item) as { resolve: () => void; reject: (error: unknown) => void };
      try {
        await task(item);
        resolve();
      } catch (error) {
        reject(error);
      }
    }
  };
  for (let i = 0; i < Math.max(1, limit); i++) void lane();
  return done;
}
