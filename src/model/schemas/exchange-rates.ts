import { z } from 'zod';
import { httpUrl, partialDate } from './shared.ts';

/** `content/exchange-rates.yaml`: used only to sort by budget across currencies. */
export const exchangeRatesSchema = z.strictObject({
  /** Where the rates come from. */
  source: z.string().trim().min(1),
  /** Link to the source. */
  url: httpUrl.optional(),
  /** The day the rates are for. */
  date: partialDate,
  /** Units of each currency one US dollar buys. */
  perUsd: z.record(
    z.string().regex(/^[A-Z]{3}$/, {
      error: (issue) =>
        `currency keys are ISO 4217 codes in capitals${typeof issue.input === 'string' && /^[a-z]{3}$/i.test(issue.input) ? `: write "${issue.input.toUpperCase()}"` : ', e.g. USD or KGS'}`,
    }),
    z.number().positive(),
  ),
});
export type ExchangeRates = z.output<typeof exchangeRatesSchema>;
