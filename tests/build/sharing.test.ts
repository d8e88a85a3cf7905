import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { load } from 'cheerio';
import sharp from 'sharp';
import { describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/model/content/load.ts';
import { privateRootOf, TEST_EDIT_URL, TEST_SITE_URL } from '../helpers/build.ts';
import { htmlFiles, page } from '../helpers/dist.ts';

const dist = inject('siteDir');
const bare = inject('manyDir');
const content = loadContent(inject('siteContent'));
const slugs = content.projects.map((project) => project.slug).sort();
const ids = (selector: string, $: ReturnType<typeof page>, attribute = 'data-slug') =>
  $(selector)
    .map((_, element) => $(element).attr(attribute))
    .get()
    .sort();

describe('organisation pages', () => {
  test('/organizations/ewmi/ lists both of its roles, with counts and budgets', () => {
    const $ = page(dist, '/organizations/ewmi/');
    expect($('h1').text()).toBe('East-West Management Institute');
    expect(ids('[data-role="implementer"] li[data-slug]', $)).toEqual(['collaborative-governance-program']);
    expect(ids('[data-role="partner"] li[data-slug]', $)).toEqual(['successful-aimak-2']);
    expect($('[data-role="implementer"] [data-budgets]').text()).toContain('USD 11,500,000');
    expect($('[data-role="partner"] [data-budgets]').text()).toContain('USD 4,900,000');
    expect($('[data-organization-facts]').text()).toMatch(/EWMI.*NGO.*United States/s);
    expect($('a[href="https://ewmi.org"]').attr('rel')).toContain('external');
    expect(ids('[data-relation="funders-worked-for"] a', $, 'href')).toEqual(['/organizations/usaid/']);
  });

  test('/organizations/ lists every organisation with its counts per role, read from the records', () => {
    const $ = page(dist, '/organizations/');
    expect($('tr[data-organization]')).toHaveLength(content.vocabulary.organizations.size);
    for (const org of content.vocabulary.organizations.values()) {
      const row = $(`tr[data-organization="${org.id}"]`);
      const count = (list: 'donors' | 'implementers' | 'partners') =>
        String(content.projects.filter((project) => project.data[list].includes(org.id)).length);
      expect(row.find('[data-role="funder"]').text(), org.id).toBe(count('donors'));
      expect(row.find('[data-role="implementer"]').text(), org.id).toBe(count('implementers'));
      expect(row.find('[data-role="partner"]').text(), org.id).toBe(count('partners'));
    }
  });

  test('a kind page lists exactly the organisations of that kind', () => {
    const $ = page(dist, '/organizations/kinds/bilateral-donor/');
    const expected = [...content.vocabulary.organizations.values()]
      .filter((org) => org.kind === 'bilateral donor')
      .map((org) => org.id)
      .sort();
    expect(ids('tr[data-organization]', $, 'data-organization')).toEqual(expected);
    expect(page(dist, '/organizations/')('a[href="/organizations/kinds/ngo/"]')).toHaveLength(1);
  });

  test.each(['donors/usaid', 'implementers/dpi', 'partners/dpi'])('/%s/ links to the organisation page', (path) => {
    const $ = page(dist, `/${path}/`);
    expect($('[data-organization-link]').attr('href')).toBe(`/organizations/${path.split('/')[1]}/`);
  });

  test('key facts link organisation names to their pages', () => {
    const $ = page(dist, '/projects/collaborative-governance-program/');
    for (const id of ['usaid', 'ewmi', 'dpi'])
      expect($(`#key-facts ~ dl a[href="/organizations/${id}/"]`), id).toHaveLength(1);
  });
});

describe('sharing with SITE_URL and EDIT_URL set', () => {
  const sitemapUrls = () => {
    const index = load(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'), { xml: true });
    return index('sitemap > loc')
      .map((_, loc) => index(loc).text())
      .get()
      .flatMap((url) => {
        const file = join(dist, new URL(url).pathname);
        const $ = load(readFileSync(file, 'utf8'), { xml: true });
        return $('urlset > url > loc')
          .map((_, loc) => $(loc).text())
          .get();
      });
  };

  test('the sitemap lists every page by its absolute URL, and no embed page', () => {
    const urls = sitemapUrls();
    for (const url of urls) expect(url.startsWith(TEST_SITE_URL), url).toBe(true);
    const listed = new Set(urls.map((url) => new URL(url).pathname));
    const pages = htmlFiles(dist)
      .filter((file) => file !== '404.html' && !file.startsWith('embed/'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    expect([...listed].sort()).toEqual(pages.sort());
    for (const slug of slugs) expect(listed).toContain(`/projects/${slug}/`);
    expect([...listed].some((path) => path.startsWith('/embed/'))).toBe(false);
  });

  test('robots.txt names the sitemap', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${TEST_SITE_URL}sitemap-index.xml`);
  });

  test.each(slugs)('%s: canonical, Open Graph and Twitter tags, and a 1200×630 preview image', async (slug) => {
    const $ = page(dist, `/projects/${slug}/`);
    const url = `${TEST_SITE_URL}projects/${slug}/`;
    expect($('link[rel="canonical"]').attr('href')).toBe(url);
    expect($('meta[property="og:url"]').attr('content')).toBe(url);
    const image = $('meta[property="og:image"]').attr('content');
    expect(image).toBe(`${TEST_SITE_URL}og/${slug}.png`);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    expect($('meta[name="twitter:image"]').attr('content')).toBe(image);
    const meta = await sharp(join(dist, 'og', `${slug}.png`)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  test('the edit link points at the project file under EDIT_URL', () => {
    const $ = page(dist, '/projects/successful-aimak-2/');
    expect($('a:contains("Edit this page")').attr('href')).toBe(
      // The file's path from the project root: the fixture site's content is a copy under
      // .test-output/, and the test build ran in a private root there (privateRootOf).
      `${TEST_EDIT_URL}${relative(privateRootOf(dirname(dist)), inject('siteContent'))}/projects/successful-aimak-2.md`,
    );
  });

  test('embed code points at the absolute embed URL', () => {
    const code = page(dist, '/donors/usaid/')('[data-embed-snippet] textarea').text();
    expect(code).toMatch(new RegExp(`^<iframe src="${TEST_SITE_URL}embed/donors/usaid/" title="[^"]+"`));
    expect(existsSync(join(dist, 'embed/donors/usaid/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'embed/organizations/ewmi/index.html'))).toBe(true);
  });
});

describe('a build without SITE_URL or EDIT_URL', () => {
  test('warns, naming SITE_URL', () => {
    expect(inject('manyOutput')).toMatch(/SITE_URL is not set/);
  });

  test('has no canonical link, absolute URL, sitemap or edit link, and a robots.txt without sitemap', () => {
    for (const file of htmlFiles(bare)
      .filter((name) => !name.startsWith('embed/'))
      .slice(0, 400)) {
      const $ = page(bare, file);
      expect($('link[rel="canonical"], meta[property="og:url"], meta[property="og:image"]'), file).toHaveLength(0);
      expect($('script[type="application/ld+json"]'), file).toHaveLength(0);
      expect($('a:contains("Edit this page")'), file).toHaveLength(0);
      expect($.html(), file).not.toContain('example.org');
    }
    expect(existsSync(join(bare, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(bare, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
  });

  test('embed code carries the path and says to add the site address', () => {
    const $ = page(bare, '/donors/usaid/');
    expect($('[data-embed-snippet] textarea').text()).toMatch(/^<iframe src="\/embed\/donors\/usaid\/"/);
  });
});
