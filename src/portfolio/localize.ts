/**
 * A vocabulary in one language: each entry's `name_<locale>` (and an organisation's
 * `acronym_<locale>`) replaces the original where given, so every page, facet and chart
 * reading `name` shows the translated label without knowing about languages.
 */
import type { Organization, Region, Sdg, Solution, Vocabulary } from '../model/schemas/index.ts';

type Named = { name: string };

/** `entry` with `name` (and `acronym`) from its `_<locale>` fields, or `entry` itself. */
export function localizeEntry<T extends Named & { acronym?: string }>(entry: T, locale: string): T {
  const fields = entry as Record<string, unknown>;
  const name = fields[`name_${locale}`];
  const acronym = fields[`acronym_${locale}`];
  if (typeof name !== 'string' && typeof acronym !== 'string') return entry;
  return {
    ...entry,
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof acronym === 'string' ? { acronym } : {}),
  };
}

function localizeMap<K, T extends Named>(map: ReadonlyMap<K, T>, locale: string): Map<K, T> {
  return new Map([...map].map(([key, entry]) => [key, localizeEntry(entry, locale)]));
}

/** Every vocabulary of the portfolio with labels in `locale`, falling back to the original. */
export function localizeVocabulary(vocabulary: Vocabulary, locale: string): Vocabulary {
  return {
    organizations: localizeMap<string, Organization>(vocabulary.organizations, locale),
    regions: localizeMap<string, Region>(vocabulary.regions, locale),
    solutions: localizeMap<string, Solution>(vocabulary.solutions, locale),
    sdgs: localizeMap<number, Sdg>(vocabulary.sdgs, locale),
  };
}
