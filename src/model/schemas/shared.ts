/**
 * Field schemas shared by every record kind: ids, URLs, country codes, partial dates, lists
 * and references to vocabulary entries. Normalisation (trimming, upper-casing codes, turning a
 * single value into a list) happens here, so nothing downstream sees raw front matter.
 */
import { z } from 'zod';
import { countryCodeFromName, isCountryCode } from '../countries.ts';
import { explainInvalidDate, type PartialDate, parsePartialDate } from '../dates.ts';
import { SLUG_PATTERN } from '../slugs.ts';
import { nearest } from '../suggest.ts';

const slugMessage = (what: string) =>
  `${what} must be lowercase letters, digits and single hyphens, e.g. "east-west-management-institute"`;

/** An id written in lowercase-hyphen form. */
export const id = (what: string) => z.string().regex(SLUG_PATTERN, slugMessage(what));

/** A full http(s) address; `javascript:`, `data:` and relative URLs are refused. */
export const httpUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    message: 'must be a full http:// or https:// address, e.g. "https://example.org/page"',
  });

/** An ISO 3166-1 alpha-2 code, upper-cased; a country name gets a "did you mean". */
export const countryCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine(isCountryCode, {
    error: (issue) => {
      const guess = countryCodeFromName(String(issue.input));
      return `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code; ${guess ? `did you mean "${guess}"?` : 'write two letters such as "KG" for Kyrgyzstan or "TJ" for Tajikistan'}`;
    },
  });

/** A year, month or day (`2019`, `2021-09`, `2019-01-15`), kept at the precision written. */
export const partialDate = z.union([z.number(), z.string(), z.date()]).transform((value, ctx): PartialDate => {
  const date = parsePartialDate(value);
  if (date) return date;
  ctx.addIssue({ code: 'custom', message: explainInvalidDate(value) });
  return z.NEVER;
});

/** A list that also accepts a single value, so `countries: KG` reads as `[KG]`. */
export const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );

/** A reference to a vocabulary entry, with "did you mean" and how to add one in the error. */
export function reference(what: string, known: ReadonlyMap<string, unknown>, addHint: string) {
  return z.string().superRefine((value, ctx) => {
    if (known.has(value)) return;
    if (/,/.test(value)) {
      const items = value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is read as one ${what}; to list several, write a list: [${items.join(', ')}]`,
      });
      return;
    }
    const guess = nearest(value, known.keys());
    ctx.addIssue({
      code: 'custom',
      message: `unknown ${what} "${value}".${guess ? ` Did you mean "${guess}"?` : ''} To add a new one, ${addHint}.`,
    });
  });
}

/** Unicode controls that reorder text (U+202A–U+202E, U+2066–U+2069): they can make a name read as another. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** A title, name or label: trimmed text without the bidirectional controls that disguise text. */
export const label = (required = 'this field cannot be empty') =>
  z
    .string()
    .trim()
    .min(1, required)
    .refine((value) => !BIDI_CONTROLS.test(value), {
      message:
        'contains an invisible bidirectional control character (U+202A–U+202E or U+2066–U+2069), which can make text display as something else; retype the text without it',
    });
