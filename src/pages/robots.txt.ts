import type { APIRoute } from 'astro';
import { robotsTxt } from '../portfolio/sharing.ts';
import { href } from '../portfolio/site.ts';
import { siteConfig } from '../site.config.ts';

/** robots.txt, naming the sitemap when the site's address (SITE_URL) is known. */
export const GET: APIRoute = () =>
  new Response(robotsTxt(siteConfig.site ? new URL(href('/sitemap-index.xml'), siteConfig.site).href : undefined), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
