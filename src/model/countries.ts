import { iso1A2Codes } from '@rapideditor/country-coder';
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(english);

/** True for an assigned ISO 3166-1 alpha-2 code such as `KG`. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** The short English name of an ISO 3166-1 alpha-2 code, e.g. `KG` → "Kyrgyzstan". */
export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}

/** The alpha-2 code for an English country name as i18n-iso-countries writes it ("Kyrgyzstan" → `KG`); formal names such as "Kyrgyz Republic" are in content/gazetteer.yaml, which the importer reads. */
export function countryCodeFromName(name: string): string | undefined {
  return countries.getAlpha2Code(name.trim(), 'en');
}

/** The countries whose territory contains the point, most specific first. */
export function countriesAt(lat: number, lng: number): string[] {
  return iso1A2Codes([lng, lat]);
}
