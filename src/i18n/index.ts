import { siteConfig } from '../site.config.ts';
import { type Dictionary, en, type UiKey } from './en.ts';

const dictionaries: Record<string, Dictionary> = { en };

/** The interface string for `key`, with `{name}` placeholders filled from `params`. */
export function t(
  key: UiKey,
  params: Record<string, string | number> = {},
  locale: string = siteConfig.locale,
): string {
  const template = (dictionaries[locale] ?? en)[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** "1 project" / "5 projects". */
export function projectCount(count: number): string {
  return count === 1 ? t('facet.countOne') : t('facet.count', { count });
}

export type { UiKey };
