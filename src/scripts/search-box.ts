import { loadPagefind } from './pagefind.ts';

/** Warms Pagefind up as soon as a visitor shows intent to search, so the first query is quick. */
export function preloadSearchOnFocus(input: HTMLInputElement | null, base: string): void {
  input?.addEventListener(
    'focus',
    () => {
      loadPagefind(base).catch(() => {
        // Nothing to show here; the search page reports failures where results would be.
      });
    },
    { once: true },
  );
}
