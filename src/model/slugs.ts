import transliterate from '@sindresorhus/transliterate';

/** A URL slug or vocabulary id: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `text` is a valid slug or id. */
export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

// Letters of other scripts (Cyrillic, Greek…); Latin letters keep their own handling below,
// so "Ysyk-Köl" stays "ysyk-kol" rather than the German "koel".
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+/gu;

// Kyrgyz and Tajik Cyrillic letters the library's Russian table lacks, as in the usual
// Latin spellings of place names (Khujand, Kulob, Naryn, Tursunzoda).
const KYRGYZ_TAJIK: [string, string][] = [
  ['Ҷ', 'J'],
  ['ҷ', 'j'],
  ['Ғ', 'Gh'],
  ['ғ', 'gh'],
  ['Қ', 'Q'],
  ['қ', 'q'],
  ['Ҳ', 'H'],
  ['ҳ', 'h'],
  ['Ӣ', 'I'],
  ['ӣ', 'i'],
  ['Ӯ', 'U'],
  ['ӯ', 'u'],
  ['Ң', 'Ng'],
  ['ң', 'ng'],
  ['Ө', 'O'],
  ['ө', 'o'],
  ['Ү', 'U'],
  ['ү', 'u'],
];

/**
 * "Successful Aimak 2!" → "successful-aimak-2": lowercase ASCII and hyphens, at most `max`
 * characters, cut between words and without a dangling "the", "and" or "of" at the end.
 * Other scripts are transliterated first: "Вода для Оша" → "voda-dlya-osha".
 */
export function slugify(text: string, max = 72): string {
  const slug = text
    .replace(NON_LATIN, (run) => transliterate(run, { customReplacements: KYRGYZ_TAJIK }))
    // Letters no table has (Uzbek "Ў") are tried again as base letter + accent.
    .replace(NON_LATIN, (run) => transliterate(run.normalize('NFKD')))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 8 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(
    /(?:-(?:the|and|of|for|in|on|a|an|to))+$|-+$/,
    '',
  );
}
