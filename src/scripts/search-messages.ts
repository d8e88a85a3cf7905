/**
 * The interface strings the search page's script needs, defined once: the page builds them
 * with `t()` and hands them over in a data attribute; the script reads them back, checked.
 * Templates stay unfilled, so the script fills them with the shared `formatMessage`.
 */
import type { UiKey } from '../i18n/en.ts';

/** Message name in the script → dictionary key. */
export const SEARCH_MESSAGE_KEYS = {
  count: 'search.count',
  loading: 'search.loading',
  error: 'search.error',
  removeFilter: 'search.removeFilter',
  chip: 'search.chip',
  clear: 'search.clear',
  filtersToggle: 'search.filtersToggle',
  sortRelevance: 'search.sort.relevance',
  sortRelevanceEmpty: 'search.sort.relevance-empty',
  donors: 'card.donors',
  countries: 'card.countries',
} as const satisfies Record<string, UiKey>;

export type SearchMessageName = keyof typeof SEARCH_MESSAGE_KEYS;

/** The templates, plus the locale they are written for (plural rules and number formats). */
export type SearchMessages = Readonly<Record<SearchMessageName, string>> & { readonly locale: string };

const NAMES = Object.keys(SEARCH_MESSAGE_KEYS) as SearchMessageName[];

/** Builds the messages from a dictionary lookup (on the server: `(key) => dictionary[key]`). */
export function searchMessages(template: (key: UiKey) => string, locale: string): SearchMessages {
  const messages = Object.fromEntries(NAMES.map((name) => [name, template(SEARCH_MESSAGE_KEYS[name])]));
  return { ...(messages as Record<SearchMessageName, string>), locale };
}

/**
 * Reads messages serialised by the page. Throws, naming what is wrong, if the text is not
 * JSON or a message is missing or not a string, so a mismatch fails loudly, not as "undefined".
 */
export function readSearchMessages(json: string | undefined): SearchMessages {
  let data: unknown;
  try {
    data = JSON.parse(json ?? '');
  } catch {
    throw new Error('search messages: the data attribute is missing or not JSON');
  }
  if (typeof data !== 'object' || data === null) throw new Error('search messages: expected an object');
  const record = data as Record<string, unknown>;
  const missing = [...NAMES, 'locale'].filter((name) => typeof record[name] !== 'string');
  if (missing.length) throw new Error(`search messages: missing or not text: ${missing.join(', ')}`);
  return record as SearchMessages;
}
