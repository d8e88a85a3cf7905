/** A URL slug or vocabulary id: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `text` is a valid slug or id. */
export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

/**
 * "Successful Aimak 2!" → "successful-aimak-2": lowercase ASCII and hyphens, at most `max`
 * characters, cut between words and without a dangling "the", "and" or "of" at the end.
 */
export function slugify(text: string, max = 72): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 8 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(
    /(?:-(?:the|and|of|for|in|on|a|an|to))+$|-+$/,
    '',
  );
}
