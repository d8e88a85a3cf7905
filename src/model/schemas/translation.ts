import { z } from 'zod';
import { label } from './shared.ts';

/**
 * Front matter of a translation file `content/projects/<slug>.<lang>.md`: the text of one
 * project in another language. Facts (dates, money, organisations, places) are not allowed
 * here: they come from the main record only, so the two can never disagree.
 */
export const translationSchema = z.strictObject({
  /** The title in the translation's language. */
  title: label(),
  /** The one-paragraph summary in the translation's language. */
  summary: z.string().trim().min(1, 'the summary cannot be empty; translate the main record\u2019s summary'),
  /** Language the text was translated from (BCP 47); defaults to the main record's `lang`. */
  translatedFrom: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'write a BCP 47 language code such as "en"')
    .optional(),
  /** Who translated it, or how (e.g. "Portfolio editors"), if stated. */
  translator: label().optional(),
});
export type TranslationData = z.output<typeof translationSchema>;
