import { siteConfig } from '../site.config.ts';

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

/** A site path under the configured base: `href('/projects/')` → `/portfolio/projects/`. */
export function href(path: string, base: string = siteConfig.base): string {
  const clean = path.replace(/^\/+/, '');
  return `${base.replace(/\/+$/, '')}/${clean}`;
}
