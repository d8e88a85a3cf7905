import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { digestCache, digester, digestOf } from '../../src/cache/digest-cache.ts';

const root = mkdtempSync(join(tmpdir(), 'digest-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('digestOf', () => {
  test.each<[a: (string | Uint8Array)[], b: (string | Uint8Array)[], same: boolean]>([
    [['svg'], ['svg'], true],
    [['svg'], [new TextEncoder().encode('svg')], true],
    [['svg'], ['svh'], false],
    [['ab', 'c'], ['a', 'bc'], false],
    [['a', ''], ['a'], false],
    [['renderer 1', 'svg'], ['renderer 2', 'svg'], false],
  ])('%j vs %j → same: %s', (a, b, same) => {
    expect(digestOf(a) === digestOf(b)).toBe(same);
    expect(digestOf(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('digester', () => {
  test.each<[parts: (string | Uint8Array)[]]>([
    [[]],
    [['svg']],
    [['ab', 'c']],
    [['a', new TextEncoder().encode('é'), '']],
  ])('%j fed one at a time gives digestOf’s value', (parts) => {
    const hash = digester();
    for (const part of parts) hash.add(part);
    expect(hash.digest()).toBe(digestOf(parts));
  });
});

describe('digestCache', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  test('makes an entry once, then reads it back; a new cache on the same folder reuses it', async () => {
    const dir = join(root, 'reuse');
    const first = digestCache(dir, '.png');
    let made = 0;
    const make = async () => {
      made++;
      return bytes('image A');
    };
    expect(Buffer.from(await first.get(['A'], make)).toString()).toBe('image A');
    expect(Buffer.from(await first.get(['A'], make)).toString()).toBe('image A');
    expect(made).toBe(1);
    expect(first.stats).toEqual({ hits: 1, misses: 1 });
    const second = digestCache(dir, '.png');
    expect(Buffer.from(await second.get(['A'], make)).toString()).toBe('image A');
    expect(made).toBe(1);
    expect(readdirSync(dir)).toEqual([`${digestOf(['A'])}.png`]);
  });

  test.each([
    ['changed input', ['B'], 'image B'],
    ['changed renderer', ['renderer 2', 'A'], 'image renderer 2'],
  ])('a %s is made again', async (label, inputs, expected) => {
    const cache = digestCache(join(root, label.replace(' ', '-')));
    await cache.get(['A'], async () => bytes('image A'));
    const out = await cache.get(inputs, async () => bytes(expected));
    expect(Buffer.from(out).toString()).toBe(expected);
    expect(cache.stats.misses).toBe(2);
  });

  test('a failed make stores nothing', async () => {
    const dir = join(root, 'failed');
    const cache = digestCache(dir);
    await expect(
      cache.get(['X'], async () => {
        throw new Error('renderer broke');
      }),
    ).rejects.toThrow('renderer broke');
    expect(existsSync(join(dir, digestOf(['X'])))).toBe(false);
  });

  test('entries are whole files named by digest (no temporary file left)', async () => {
    const dir = join(root, 'files');
    const cache = digestCache(dir, '.bin');
    await cache.get(['Y'], async () => bytes('y'));
    const names = readdirSync(dir);
    expect(names).toEqual([`${digestOf(['Y'])}.bin`]);
    writeFileSync(join(dir, names[0] as string), 'edited by hand');
    expect(Buffer.from(await cache.get(['Y'], async () => bytes('y'))).toString()).toBe('edited by hand');
    expect(readFileSync(join(dir, names[0] as string), 'utf8')).toBe('edited by hand');
  });

  test('ensure makes a missing entry once and never reads a stored one', async () => {
    const dir = join(root, 'ensure');
    const cache = digestCache(dir, '.png');
    let made = 0;
    const make = async () => {
      made++;
      return bytes('drawn');
    };
    expect(await cache.ensure(['Z'], make)).toBe(true);
    expect(await cache.ensure(['Z'], make)).toBe(false);
    expect(made).toBe(1);
    expect(Buffer.from(await cache.get(['Z'], make)).toString()).toBe('drawn');
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
  });
});
