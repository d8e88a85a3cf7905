import { loadPagefind } from './pagefind.ts';

/** What counts as intent to search: the pointer over the box, a touch on it, or focus. */
export const INTENT_EVENTS = ['pointerenter', 'touchstart', 'focus'] as const;

/**
 * Warms Pagefind up as soon as a visitor shows intent to search, so the first query is quick:
 * hovering or touching the box starts the download a few hundred milliseconds before focus
 * would (loadPagefind loads once per page view, whichever event comes first).
 */
export function preloadSearchOnFocus(input: HTMLInputElement | null, base: string): void {
  if (!input) return;
  const warm = () => {
    for (const type of INTENT_EVENTS) input.removeEventListener(type, warm);
    loadPagefind(base).catch(() => {
      // Nothing to show here; the search page reports failures where results would be.
    });
  };
  for (const type of INTENT_EVENTS) input.addEventListener(type, warm, { passive: true });
}
