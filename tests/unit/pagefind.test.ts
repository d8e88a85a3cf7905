import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { loadPagefind } from '../../src/scripts/pagefind.ts';

/**
 * A stand-in for the pagefind.js bundle a build writes (the real one needs the browser's
 * WebAssembly loader and a built index): it records what the loader asks of it.
 */
const root = mkdtempSync(join(tmpdir(), 'pagefind-load-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, body: string): string {
  const dir = join(root, name, 'pagefind');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pagefind.js'), body);
  return `${pathToFileURL(join(root, name)).href}/`;
}

const RECORDING = `
  globalThis.pagefindCalls ??= [];
  export async function options(o) { globalThis.pagefindCalls.push(['options', o]); }
  export async function init() { globalThis.pagefindCalls.push(['init']); }
`;
const calls = () => (globalThis as { pagefindCalls?: unknown[] }).pagefindCalls ?? [];

describe('loadPagefind', () => {
  test('loads the bundle under the base path, points it at its files and result URLs, once', async () => {
    const base = site('ok', RECORDING);
    const first = await loadPagefind(base);
    const again = await loadPagefind(base);
    expect(again).toBe(first);
    expect(calls()).toEqual([
      ['options', { basePath: `${base}pagefind/`, baseUrl: base, excerptLength: 24 }],
      ['init'],
    ]);
  });
});

describe('a failed load', () => {
  test.each([['missing'], ['broken']])('is retried on the next call (%s bundle)', async (kind) => {
    // The module keeps its promise per page view; a fresh copy of the module is a fresh page view.
    vi.resetModules();
    const { loadPagefind: load } = await import('../../src/scripts/pagefind.ts');
    const bad =
      kind === 'missing'
        ? `${pathToFileURL(join(root, 'nowhere')).href}/`
        : site(kind, 'export async function options() { throw new Error("no"); }');
    await expect(load(bad)).rejects.toThrow();
    const good = site(`${kind}-then-ok`, RECORDING);
    await expect(load(good)).resolves.toBeDefined();
  });
});
