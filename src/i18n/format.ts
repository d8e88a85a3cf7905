/**
 * Fills one interface message. Free of imports, so the server (`t()`) and the browser
 * scripts share it. Two forms, a small subset of ICU MessageFormat:
 * - `{name}` is replaced by `params.name`; an unknown name stays as written, so it shows.
 * - `{count, plural, =0 {none} one {# project} other {# projects}}` picks a branch by an exact
 *   `=n` match, else by `Intl.PluralRules` for the locale, else `other`; `#` is the number,
 *   formatted for the locale. A branch may hold `{name}` placeholders.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLURAL = /\{(\w+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

function pluralBranch(branches: string, count: number, locale: string): string | undefined {
  const forms = new Map<string, string>();
  for (const [, selector = '', text = ''] of branches.matchAll(BRANCH)) forms.set(selector, text);
  const category = new Intl.PluralRules(locale).select(count);
  const chosen = forms.get(`=${count}`) ?? forms.get(category) ?? forms.get('other');
  return chosen?.replace(/#/g, new Intl.NumberFormat(locale).format(count));
}

export function formatMessage(template: string, params: MessageParams = {}, locale = 'en'): string {
  const plurals = template.replace(PLURAL, (whole, name: string, branches: string) => {
    const count = Number(params[name]);
    if (!Number.isFinite(count)) return whole;
    return pluralBranch(branches, count, locale) ?? whole;
  });
  return plurals.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
