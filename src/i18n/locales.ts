/**
 * The languages the interface speaks. A language is one dictionary file beside this one, one
 * entry in `DICTIONARIES` (src/i18n/index.ts) and one line in `site.config.ts`'s `locales`.
 */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** True for a language the interface has a dictionary for. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Each language's own name, for the language switch: "English", "Русский". */
export function languageName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
