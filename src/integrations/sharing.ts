import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** A page that belongs in the sitemap: not an embed page, which only exists to be framed elsewhere. */
export function inSitemap(url: string): boolean {
  return !new URL(url).pathname.includes('/embed/');
}

/**
 * Sharing settings at build time. With a site URL: `@astrojs/sitemap` writes `sitemap-index.xml`
 * (absolute URLs are required by the protocol). Without one: a warning naming `SITE_URL`, and
 * no sitemap, canonical links or preview-image URLs rather than ones on a placeholder host.
 */
export function sharing(site: string | undefined): AstroIntegration[] {
  const warning: AstroIntegration = {
    name: 'sharing-settings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!site)
          logger.warn(
            'SITE_URL is not set: building without canonical links, sitemap, social preview images and absolute embed code. Set SITE_URL=https://your.host/ for a deploy.',
          );
      },
    },
  };
  return site ? [warning, sitemap({ filter: inSitemap })] : [warning];
}
