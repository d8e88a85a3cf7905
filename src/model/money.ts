import { code as currencyByCode } from 'currency-codes';

/** An amount of money in one ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

/** Units of each currency that one US dollar buys, e.g. `{ KGS: 87.3, EUR: 0.92 }`. */
export type RatesPerUsd = Readonly<Record<string, number>>;

/** True for an active ISO 4217 code such as `USD`. */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && currencyByCode(code) !== undefined;
}

/** "US$4,900,000" style, whole units unless the amount has cents. */
export function formatMoney({ amount, currency }: Money, locale = 'en'): string {
  const fractional = !Number.isInteger(amount);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    minimumFractionDigits: fractional ? 2 : 0,
    maximumFractionDigits: fractional ? 2 : 0,
  })
    .format(amount)
    .replace(/\u00a0/g, ' ');
}

/** "USD 4.9 million": compact, for cards and totals. */
export function formatMoneyCompact({ amount, currency }: Money, locale = 'en'): string {
  const number = new Intl.NumberFormat(locale, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(amount);
  return `${currency} ${number}`;
}

/** Sums amounts per currency, ordered by currency code; never converts between currencies. */
export function totalsByCurrency(amounts: Iterable<Money>): Money[] {
  const totals = new Map<string, number>();
  for (const { amount, currency } of amounts) {
    totals.set(currency, (totals.get(currency) ?? 0) + amount);
  }
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ amount, currency }));
}

/** The amount in US dollars using the rates table, or undefined when the currency has no rate. */
export function toUsd({ amount, currency }: Money, rates: RatesPerUsd): number | undefined {
  if (currency === 'USD') return amount;
  const rate = rates[currency];
  return rate && rate > 0 ? amount / rate : undefined;
}
