import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { inBackground } from '../../cache/background.ts';
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
const draw = (svg: string) => sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();

// sharp draws on libuv threads while JavaScript renders pages on the main thread. In a build,
// every missing image is started when the paths are listed (before the data files and embeds
// render), two at a time, so the two cores overlap instead of taking turns; each image's page
// then only waits for its own. In `astro dev` an image is drawn when it is asked for.
let drawing: Map<string, Promise<void>> | undefined;

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
  const paths = portfolio.projects.map((project) => {
    const svg = svgOf(project);
    return { params: { slug: project.slug }, props: { svg }, cacheKey: pageKey(keySettings, 'og', renderer, svg) };
  });
  if (import.meta.env.PROD) {
    drawing ??= inBackground(
      paths.map((path) => path.props.svg),
      2,
      (svg) => previews.ensure([renderer, svg], () => draw(svg)),
    );
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = async ({ props: { svg } }) => {
  // Truecolour at level 6: 23 ms an image here, against 350 ms for a quantised palette at level 9.
  await drawing?.get(svg);
  const png = await previews.get([renderer, svg], () => draw(svg));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
