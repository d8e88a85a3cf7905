import { siteConfig } from '../site.config.ts';

/** "Successful Aimak 2!" → "successful-aimak-2": lowercase ASCII, hyphen-separated. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A site path under the configured base: `href('/projects/')` → `/portfolio/projects/`. */
export function href(path: string, base: string = siteConfig.base): string {
  const clean = path.replace(/^\/+/, '');
  return `${base.replace(/\/+$/, '')}/${clean}`;
}
