import { describe, expect, test } from 'vitest';
import { inBackground } from '../../src/cache/background.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('inBackground', () => {
  test.each<[items: string[], limit: number]>([
    [['a', 'b', 'c', 'd', 'e'], 2],
    [['a', 'b', 'c'], 1],
    [['a', 'b'], 5],
    [['a', 'a', 'b'], 2],
    [[], 2],
  ])(
    '%j with at most %i at a time: every item done once, in order, never more than the limit',
    async (items, limit) => {
      let running = 0;
      let most = 0;
      const started: string[] = [];
      const done = inBackground(items, limit, async (item) => {
        started.push(item);
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
      });
      expect([...done.keys()]).toEqual([...new Set(items)]);
      await Promise.all(done.values());
      expect(started).toEqual([...new Set(items)]);
      expect(most).toBeLessThanOrEqual(Math.max(1, limit));
    },
  );

  test('a failed item rejects its own promise only, and the queue goes on', async () => {
    const done = inBackground(['ok', 'bad', 'later'], 1, async (item) => {
      if (item === 'bad') throw new Error('renderer broke');
    });
    await expect(done.get('bad')).rejects.toThrow('renderer broke');
    await expect(done.get('ok')).resolves.toBeUndefined();
    await expect(done.get('later')).resolves.toBeUndefined();
  });
});
