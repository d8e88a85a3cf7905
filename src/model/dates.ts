/** A calendar date known to year, month or day precision, as editors write it. */
export interface PartialDate {
  year: number;
  /** 1–12, absent at year precision. */
  month?: number;
  /** 1–31, absent at year or month precision. */
  day?: number;
}

export type Precision = 'year' | 'month' | 'day';

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SHORT_MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function precisionOf(date: PartialDate): Precision {
  if (date.day !== undefined) return 'day';
  if (date.month !== undefined) return 'month';
  return 'year';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `2019`, `2021-09`, `2019-01-15` (or a YAML number/Date); returns undefined if it is not a real date. */
export function parsePartialDate(value: unknown): PartialDate | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = ISO_PARTIAL.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1900 || year > 2200) return undefined;
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Guesses what an editor meant by a free-form date such as "Sept 2021" or "15 Jan 2019",
 * so that an error can suggest the ISO form. Never used to accept a value.
 */
export function suggestIsoDate(value: string): string | undefined {
  const words = value.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const year = words.find((w) => /^\d{4}$/.test(w));
  if (!year) return undefined;
  const monthIndex = words.map((w) => MONTHS.indexOf(w.slice(0, 3))).find((i) => i >= 0);
  if (monthIndex === undefined) return year;
  const month = String(monthIndex + 1).padStart(2, '0');
  const day = words.find((w) => /^\d{1,2}$/.test(w));
  return day ? `${year}-${month}-${day.padStart(2, '0')}` : `${year}-${month}`;
}

/** Why `value` is not a partial date, and the nearest valid form, for an editor. */
export function explainInvalidDate(value: unknown): string {
  const text = String(value).trim();
  const shown = `"${text}" is not a date`;
  const form = 'Write YYYY, YYYY-MM or YYYY-MM-DD';
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (iso) {
    const year = Number(iso[1]);
    if (year < 1900 || year > 2200) return `${shown}: years from 1900 to 2200 are allowed`;
    const month = Number(iso[2]);
    if (iso[2] && (month < 1 || month > 12)) return `${shown}: there is no month ${month}; months run from 01 to 12`;
    if (iso[3]) {
      const last = daysInMonth(year, month);
      return `${shown}: ${SHORT_MONTH_NAMES[month - 1]} ${year} has ${last} days`;
    }
  }
  const time = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(text);
  if (time) return `${shown} but a date and time; keep the date only: "${time[1]}"`;
  const slashed = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$/.exec(text);
  if (slashed) {
    const fixed = [slashed[1], slashed[2]?.padStart(2, '0'), slashed[3]?.padStart(2, '0')].filter(Boolean).join('-');
    return `${shown}: parts are separated by hyphens, not "/" or "."; write "${fixed}"`;
  }
  const short = /^(\d{4})-(\d)(?:-(\d{1,2}))?$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d)$/.exec(text);
  if (short) {
    const fixed = [short[1], short[2]?.padStart(2, '0'), short[3]?.padStart(2, '0')].filter(Boolean).join('-');
    return `${shown}: months and days take two digits; write "${fixed}"`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact)
    return `${shown}: separate year, month and day with hyphens; write "${compact[1]}-${compact[2]}-${compact[3]}"`;
  const hint = suggestIsoDate(text);
  return `${shown}. ${form}${hint ? `: did you mean "${hint}"?` : ', e.g. "2021-09"'}`;
}

export function toIso(date: PartialDate): string {
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
  if (date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}

/** The first day the date can mean, as UTC milliseconds. */
export function startOf(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The last day the date can mean, as UTC milliseconds (start of that day). */
export function endOf(date: PartialDate): number {
  const month = date.month ?? 12;
  return Date.UTC(date.year, month - 1, date.day ?? daysInMonth(date.year, month));
}

/** Orders by the first day each date can mean, then coarser precision first. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return startOf(a) - startOf(b) || endOf(a) - endOf(b);
}

/** True when `end` cannot lie before `start` at the precision both were given. */
export function isOrdered(start: PartialDate, end: PartialDate): boolean {
  return endOf(end) >= startOf(start);
}

/**
 * "2019", "Sep 2021", "15 Jan 2019": the date at the precision it was given. English keeps this
 * fixed form; other locales use `Intl.DateTimeFormat` ("сент. 2021 г.").
 */
export function formatDate(date: PartialDate, locale = 'en'): string {
  if (date.month === undefined) return String(date.year);
  if (locale === 'en') {
    const month = SHORT_MONTH_NAMES[date.month - 1];
    return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
  }
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', timeZone: 'UTC' };
  if (date.day !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(Date.UTC(date.year, date.month - 1, date.day ?? 1));
}

/** How an open range is worded: "from 2019", "until 2023"; the caller's language. */
export interface RangeWords {
  from: (date: string) => string;
  until: (date: string) => string;
}

const ENGLISH_RANGE: RangeWords = { from: (date) => `from ${date}`, until: (date) => `until ${date}` };

/** "Sep 2021 – Sep 2025", "2019 – 2023", "from 2019", "until 2023", or undefined when neither is known. */
export function formatRange(
  start?: PartialDate,
  end?: PartialDate,
  locale = 'en',
  words: RangeWords = ENGLISH_RANGE,
): string | undefined {
  if (start && end) {
    const [from, to] = [formatDate(start, locale), formatDate(end, locale)];
    return from === to ? from : `${from} – ${to}`;
  }
  if (start) return words.from(formatDate(start, locale));
  if (end) return words.until(formatDate(end, locale));
  return undefined;
}

/**
 * Calendar months a project covers, counting the start and the end period in full,
 * as "from January to September" means nine months: 2019 – 2023 is 60, Jan – Sep 2019 is 9.
 */
export function durationInMonths(start: PartialDate, end: PartialDate): number {
  const first = start.year * 12 + (start.month ?? 1);
  const last = end.year * 12 + (end.month ?? 12);
  return Math.max(last - first + 1, 1);
}

/** "4 years", "9 months", "2 years 6 months"; «4 года 6 месяцев» in Russian, through `Intl`. */
export function formatDuration(months: number, locale = 'en'): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const unit = (unit: 'year' | 'month', count: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
  const parts: string[] = [];
  if (years) parts.push(unit('year', years));
  if (rest) parts.push(unit('month', rest));
  return parts.join(' ');
}

/** Share of the project's time elapsed on `today` (UTC ms), clamped to 0–1. */
export function elapsedShare(start: PartialDate, end: PartialDate, today: number): number {
  const from = startOf(start);
  const to = endOf(end) + 86_400_000;
  if (to <= from) return 1;
  return Math.min(1, Math.max(0, (today - from) / (to - from)));
}
