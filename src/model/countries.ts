import { iso1A2Codes } from '@rapideditor/country-coder';
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import russian from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };

countries.registerLocale(english);
countries.registerLocale(russian);

/**
 * Where a country's own official usage differs from the library's name in a language. The
 * Constitution of the Kyrgyz Republic names it «Кыргызстан»; «Киргизия» is the Soviet-era form.
 */
const OVERRIDES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ru: { KG: 'Кыргызстан', MD: 'Молдова', BY: 'Беларусь' },
};

/** True for an assigned ISO 3166-1 alpha-2 code such as `KG`. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/**
 * The short name of an ISO 3166-1 alpha-2 code in `locale`: `KG` → "Kyrgyzstan", «Кыргызстан».
 * A language the library lacks falls back to English.
 */
export function countryName(code: string, locale = 'en'): string {
  return OVERRIDES[locale]?.[code] ?? countries.getName(code, locale) ?? countries.getName(code, 'en') ?? code;
}

/** The alpha-2 code for an English country name as i18n-iso-countries writes it ("Kyrgyzstan" → `KG`); formal names such as "Kyrgyz Republic" are in content/gazetteer.yaml, which the importer reads. */
export function countryCodeFromName(name: string): string | undefined {
  return countries.getAlpha2Code(name.trim(), 'en');
}

/** The countries whose territory contains the point, most specific first. */
export function countriesAt(lat: number, lng: number): string[] {
  return iso1A2Codes([lng, lat]);
}
