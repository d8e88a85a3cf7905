import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { isLeftOutPage } from '../i18n/pages.ts';

/**
 * A page that belongs in the sitemap: not an embed page, which only exists to be framed
 * elsewhere, nor one of a language the build leaves out (`SITE_LOCALES`), which has no file.
 */
export function inSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  return !pathname.includes('/embed/') && !isLeftOutPage(pathname);
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
