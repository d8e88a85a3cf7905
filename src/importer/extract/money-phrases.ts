/**
 * Amounts of money as partner pages write them: "$4.9 million", "US $9,9 million" (decimal
 * comma), "USD 1,200,000", "CHF 4’080’000", "390000 EUR", "655 million soms", with thin or
 * no-break spaces between digit groups. The currency is an ISO 4217 code, never assumed.
 */
import { isCurrencyCode } from '../../model/money.ts';
import { plainSpaces } from '../text/text.ts';

export interface FoundMoney {
  amount: number;
  /** ISO 4217 code; absent when the text gives a figure without any currency. */
  currency?: string;
  snippet: string;
}

/** Currency words and symbols, lower-cased, to ISO 4217. Codes such as "EUR" are read as-is. */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['us$', 'USD'],
  ['us $', 'USD'],
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['us dollars', 'USD'],
  ['€', 'EUR'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['£', 'GBP'],
  ['pounds', 'GBP'],
  ['pounds sterling', 'GBP'],
  ['₽', 'RUB'],
  ['rubles', 'RUB'],
  ['roubles', 'RUB'],
  ['рублей', 'RUB'],
  ['som', 'KGS'],
  ['soms', 'KGS'],
  ['сом', 'KGS'],
  ['сомов', 'KGS'],
  ['somoni', 'TJS'],
  ['сомони', 'TJS'],
  ['₸', 'KZT'],
  ['tenge', 'KZT'],
  ['тенге', 'KZT'],
  ['swiss francs', 'CHF'],
  ['francs', 'CHF'],
]);

const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['k', 1e3],
  ['тыс', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['mln', 1e6],
  ['mn', 1e6],
  ['m', 1e6],
  ['mio', 1e6],
  ['млн', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['b', 1e9],
  ['млрд', 1e9],
]);

// A figure: digit groups of three separated by a comma, dot, apostrophe or space, or plain
// digits, with an optional decimal part; then an optional multiplier word.
const NUMBER = String.raw`\d{1,3}(?:[,.'’ ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const MULTIPLIER = String.raw`(?:\s?(?<mult>thousand|millions?|billion|mln|mio|mn|bn|тыс|млн|млрд|[kmb])\.?(?![\p{L}]))?`;
const FIGURE = new RegExp(String.raw`(?<![\d.,'’])(?<num>${NUMBER})${MULTIPLIER}`, 'giu');
const PREFIX = /(?:(?<![\p{L}])(?<code>[A-Z][A-Za-z]{2})|(?<sym>US ?\$|[$€£₽₸]))\s{0,2}$/u;
const SUFFIX_CODE = /^\s?(?<code>[A-Z]{3})(?![\p{L}])/u;
const SUFFIX_WORD =
  /^\s?(?<word>us dollars|dollars?|euros?|pounds(?: sterling)?|r[o]?ubles|рублей|soms?|сомов|сом|somoni|сомони|tenge|тенге|swiss francs|francs|[$€£₽₸])(?![\p{L}])/iu;

/** Reads "4’080’000", "9,9", "1,200,000", "4.9" as a number; decides comma vs dot by shape. */
export function parseNumber(raw: string): number | undefined {
  const text = raw.replace(/[ '’]/g, '');
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  let normal: string;
  if (commas && dots) {
    // Both: the one that comes last is the decimal mark ("1.200,50" or "1,200.50").
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normal = text.split(thousands).join('').replace(decimal, '.');
  } else if (commas + dots === 1) {
    // One mark: three digits after it is a thousands separator ("1,200"), else a decimal ("9,9").
    const mark = commas ? ',' : '.';
    const after = text.length - text.indexOf(mark) - 1;
    normal = after === 3 ? text.replace(mark, '') : text.replace(mark, '.');
  } else {
    normal = text.replace(/[,.]/g, '');
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

function currencyBefore(text: string): string | undefined {
  const g = PREFIX.exec(text.slice(-8))?.groups;
  if (g?.code) return isCurrencyCode(g.code.toUpperCase()) ? g.code.toUpperCase() : undefined;
  return g?.sym ? CURRENCY_WORDS.get(g.sym.toLowerCase()) : undefined;
}

function currencyAfter(text: string): { currency: string; length: number } | undefined {
  const head = text.slice(0, 24);
  const code = SUFFIX_CODE.exec(head);
  if (code?.groups?.code && isCurrencyCode(code.groups.code))
    return { currency: code.groups.code, length: code[0].length };
  const word = SUFFIX_WORD.exec(head);
  const currency = word?.groups?.word ? CURRENCY_WORDS.get(word.groups.word.toLowerCase()) : undefined;
  return word && currency ? { currency, length: word[0].length } : undefined;
}

/** Every amount in the text, with its currency when one is written next to it. */
export function findMoney(text: string): FoundMoney[] {
  const flat = plainSpaces(text);
  const found: FoundMoney[] = [];
  for (const match of flat.matchAll(FIGURE)) {
    const g = match.groups ?? {};
    const value = parseNumber(g.num ?? '');
    if (value === undefined) continue;
    const factor = g.mult ? (MULTIPLIERS.get(g.mult.toLowerCase()) ?? 1) : 1;
    const amount = Math.round(value * factor * 100) / 100;
    if (!(amount > 0)) continue;
    const end = match.index + match[0].length;
    const before = currencyBefore(flat.slice(0, match.index));
    const after = before ? undefined : currencyAfter(flat.slice(end));
    const prefixLength = before
      ? (PREFIX.exec(flat.slice(Math.max(0, match.index - 8), match.index))?.[0].length ?? 0)
      : 0;
    const snippet = flat.slice(match.index - prefixLength, end + (after?.length ?? 0)).trim();
    const currency = before ?? after?.currency;
    found.push(currency ? { amount, currency, snippet } : { amount, snippet });
  }
  return found;
}

/**
 * The budget stated in a short text such as a "Budget:" value: the first amount with a
 * currency, else the first bare figure (which the caller must not use as a budget without
 * asking, since its currency is unknown).
 */
export function parseMoney(text: string): FoundMoney | undefined {
  const all = findMoney(text);
  return all.find((money) => money.currency) ?? all[0];
}
