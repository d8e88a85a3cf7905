import { siteConfig } from '../site.config.ts';
import { type Dictionary, en, type UiKey } from './en.ts';
import { formatMessage, type MessageParams } from './format.ts';

const dictionaries: Record<string, Dictionary> = { en };

/** The unfilled template for `key`, for code that fills it later (the browser scripts). */
export function messageTemplate(key: UiKey, locale: string = siteConfig.locale): string {
  return (dictionaries[locale] ?? en)[key];
}

/** The interface string for `key`, with placeholders and plurals filled from `params` (see format.ts). */
export function t(key: UiKey, params: MessageParams = {}, locale: string = siteConfig.locale): string {
  return formatMessage(messageTemplate(key, locale), params, locale);
}

/** "1 project" / "5 projects". */
export function projectCount(count: number): string {
  return count === 1 ? t('facet.countOne') : t('facet.count', { count });
}

export type { UiKey };
