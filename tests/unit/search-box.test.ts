// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';

const loadPagefind = vi.fn(() => Promise.reject(new Error('offline')));
vi.mock('../../src/scripts/pagefind.ts', () => ({ loadPagefind }));
const { preloadSearchOnFocus } = await import('../../src/scripts/search-box.ts');

describe('preloadSearchOnFocus', () => {
  beforeEach(() => {
    loadPagefind.mockClear();
    document.body.innerHTML = '<input id="site-search"><button>other</button>';
  });

  test.each<[label: string, focusTimes: number, expectedLoads: number]>([
    ['no focus, no download', 0, 0],
    ['first focus starts loading', 1, 1],
    ['later focuses do not load again', 3, 1],
  ])('%s', async (_label, focusTimes, expectedLoads) => {
    const input = document.querySelector<HTMLInputElement>('#site-search');
    preloadSearchOnFocus(input, '/portfolio/');
    for (let i = 0; i < focusTimes; i += 1) {
      input?.focus();
      document.querySelector('button')?.focus();
    }
    expect(loadPagefind).toHaveBeenCalledTimes(expectedLoads);
    if (expectedLoads) expect(loadPagefind).toHaveBeenCalledWith('/portfolio/');
    // A failed load is swallowed here (the search page reports it), so nothing is left unhandled.
    await Promise.resolve();
  });

  test.each(['pointerenter', 'touchstart', 'focus'])('%s on the box starts loading, once for all intents', (type) => {
    const input = document.querySelector<HTMLInputElement>('#site-search');
    preloadSearchOnFocus(input, '/');
    input?.dispatchEvent(new Event(type));
    for (const other of ['pointerenter', 'touchstart', 'focus']) input?.dispatchEvent(new Event(other));
    expect(loadPagefind).toHaveBeenCalledTimes(1);
  });

  test('hovering another element loads nothing', () => {
    preloadSearchOnFocus(document.querySelector<HTMLInputElement>('#site-search'), '/');
    document.querySelector('button')?.dispatchEvent(new Event('pointerenter'));
    expect(loadPagefind).not.toHaveBeenCalled();
  });

  test('a page without the box is left alone', () => {
    expect(() => preloadSearchOnFocus(null, '/')).not.toThrow();
  });
});
