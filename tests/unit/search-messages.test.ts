import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { messageTemplate } from '../../src/i18n/index.ts';
import {
  readSearchMessages,
  SEARCH_MESSAGE_KEYS,
  type SearchMessages,
  searchMessages,
} from '../../src/scripts/search-messages.ts';

const built = searchMessages((key) => messageTemplate(key), 'en');

describe('search messages', () => {
  test.each(Object.entries(SEARCH_MESSAGE_KEYS))('%s is the unfilled dictionary template %s', (name, key) => {
    expect(built[name as keyof typeof SEARCH_MESSAGE_KEYS]).toBe(en[key]);
  });

  test('the locale travels with them', () => {
    expect(built.locale).toBe('en');
  });

  test('what the page writes, the script reads back unchanged', () => {
    expect(readSearchMessages(JSON.stringify(built))).toEqual(built);
  });

  const { count: _count, ...withoutCount } = built;
  test.each<[label: string, json: string | undefined, error: RegExp]>([
    ['no attribute', undefined, /missing or not JSON/],
    ['not JSON', '{count:', /missing or not JSON/],
    ['not an object', '"text"', /expected an object/],
    ['null', 'null', /expected an object/],
    ['a message missing', JSON.stringify(withoutCount), /missing or not text: count$/],
    ['a message not text', JSON.stringify({ ...built, loading: 3 }), /missing or not text: loading$/],
    ['no locale', JSON.stringify({ ...built, locale: undefined }), /missing or not text: locale$/],
  ])('rejects %s', (_label, json, error) => {
    expect(() => readSearchMessages(json)).toThrow(error);
  });

  test('the type names every message', () => {
    const names: (keyof SearchMessages)[] = [
      ...(Object.keys(SEARCH_MESSAGE_KEYS) as (keyof SearchMessages)[]),
      'locale',
    ];
    expect(Object.keys(built).sort()).toEqual(names.sort());
  });
});
