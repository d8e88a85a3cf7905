import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { digestCache } from '../../cache/digest-cache.ts';
import { buildEnv } from '../../env.ts';
import { formatRange } from '../../model/dates.ts';
import { pageKey } from '../../portfolio/page-keys.ts';
import type { Project } from '../../portfolio/portfolio.ts';
import { previewSvg } from '../../portfolio/preview-image.ts';
import { getSiteData, keySettings } from '../../portfolio/site-data.ts';
import { siteConfig } from '../../site.config.ts';

// Rendering is most of this endpoint's cost (about 23 ms an image): images are kept across
// builds by a digest of the SVG they are drawn from and of the renderer, so a rebuild draws
// only the projects whose title, donors, countries or dates changed.
const PNG_OPTIONS = { compressionLevel: 6 } as const;
const previews = digestCache(join(buildEnv.cacheDir, 'og'), '.png');
const renderer = `sharp ${sharp.versions.sharp} vips ${sharp.versions.vips} ${JSON.stringify(PNG_OPTIONS)}`;

/** The SVG a project's preview image is drawn from: its title, donors, countries and dates. */
function svgOf(project: Project): string {
  const subtitle = [
    project.donors.map((org) => org.acronym ?? org.name).join(', '),
    project.countries.map((country) => country.name).join(', '),
    formatRange(project.start, project.end),
  ]
    .filter(Boolean)
    .join(' · ');
  return previewSvg({ title: project.title, subtitle, site: siteConfig.title });
}

/** One preview image per project, rendered from the SVG template at build time. */
export const getStaticPaths = (async () => {
  const { portfolio } = await getSiteData();
  return portfolio.projects.map((project) => {
    const svg = svgOf(project);
    return { params: { slug: project.slug }, props: { svg }, cacheKey: pageKey(keySettings, 'og', renderer, svg) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = async ({ props: { svg } }) => {
  // Truecolour at level 6: 23 ms an image here, against 350 ms for a quantised palette at level 9.
  const png = await previews.get([renderer, svg], () => sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer());
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
