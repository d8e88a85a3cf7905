import { describe, expect, test } from 'vitest';
import { createFacets, facetByKey } from '../../src/portfolio/facets.ts';
import { escapeXml, previewSvg, wrapLines } from '../../src/portfolio/preview-image.ts';
import { NAME_WEIGHTS, organizationNames, searchNames } from '../../src/portfolio/search-names.ts';
import {
  EMBED_LIMIT,
  embeddedProjects,
  embedSnippet,
  escapeAttribute,
  facetEmbedPath,
  jsonLdText,
  organizationEmbedPath,
  robotsTxt,
} from '../../src/portfolio/sharing.ts';
import { portfolioOf, vocabulary } from '../helpers/records.ts';

const FACETS = createFacets({ status: (status) => status });

describe('preview image text', () => {
  test.each<[text: string, width: number, lines: number, expected: string[]]>([
    ['Successful Aimak 2', 26, 3, ['Successful Aimak 2']],
    ['one two three four', 9, 3, ['one two', 'three', 'four']],
    ['one two three four five six', 9, 2, ['one two', 'three…']],
    ['Kyrgyzstan and Tajikistan—Policy Innovation', 26, 3, ['Kyrgyzstan and Tajikistan—', 'Policy Innovation']],
    ['Supercalifragilistic word', 10, 3, ['Supercali…', 'word']],
    ['', 10, 3, []],
  ])('%j in %i columns, %i lines', (text, width, lines, expected) => {
    const wrapped = wrapLines(text, width, lines);
    expect(wrapped).toEqual(expected);
    for (const line of wrapped) expect(line.length).toBeLessThanOrEqual(width);
  });

  test.each([
    ['<script>&"\'', '&lt;script&gt;&amp;&quot;&apos;'],
    ['plain', 'plain'],
  ])('escapeXml(%j)', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });

  test('the SVG carries the escaped title, subtitle and site name, and no remote font', () => {
    const svg = previewSvg({ title: 'A <b> & C', subtitle: 'USAID · Kyrgyzstan', site: 'Portfolio' });
    expect(svg).toContain('A &lt;b&gt; &amp; C');
    expect(svg).toContain('USAID · Kyrgyzstan');
    expect(svg).not.toMatch(/@import|url\(|https?:\/\/(?!www\.w3\.org)/);
  });
});

describe('embed code and paths', () => {
  test.each([
    ['donor', 'usaid', '/embed/donors/usaid/'],
    ['country', 'kg', '/embed/countries/kg/'],
    ['partner', 'dpi', '/embed/partners/dpi/'],
  ] as const)('%s %s → %s', (key, id, path) => {
    expect(facetEmbedPath(facetByKey(FACETS, key), id)).toBe(path);
  });

  test('organisation embeds', () => {
    expect(organizationEmbedPath('ewmi')).toBe('/embed/organizations/ewmi/');
  });

  test.each([
    [
      'https://x.org/embed/donors/usaid/',
      'Projects: USAID',
      'src="https://x.org/embed/donors/usaid/" title="Projects: USAID"',
    ],
    ['/embed/a/', 'Projects: "A" <b> & c', 'title="Projects: &quot;A&quot; &lt;b&gt; &amp; c"'],
  ])('the iframe code for %s is escaped and self-contained', (src, title, part) => {
    const code = embedSnippet(src, title);
    expect(code).toContain(part);
    expect(code).toMatch(/^<iframe [^<>]*><\/iframe>$/);
    expect(code).not.toMatch(/<script|sandbox|allow-scripts/);
  });

  test('escapeAttribute', () => {
    expect(escapeAttribute('a&"<>')).toBe('a&amp;&quot;&lt;&gt;');
  });
});

describe('robots.txt', () => {
  test.each([
    [undefined, 'User-agent: *\nAllow: /\n'],
    ['https://x.org/sitemap-index.xml', 'User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap-index.xml\n'],
  ])('with sitemap %s', (sitemap, text) => {
    expect(robotsTxt(sitemap)).toBe(text);
  });
});

describe('JSON-LD text', () => {
  test.each([[{ name: '</script><script>alert(1)</script>' }], [{ name: 'line\u2028separator' }], [{ name: 'plain' }]])(
    '%j round-trips and cannot close its script element',
    (data) => {
      const text = jsonLdText(data);
      expect(text).not.toContain('<');
      expect(text).not.toContain('\u2028');
      expect(JSON.parse(text)).toEqual(data);
    },
  );
});

describe('search names', () => {
  const portfolio = portfolioOf({
    a: {
      donors: ['usaid'],
      implementers: ['ewmi'],
      partners: ['dpi'],
      countries: ['KG'],
      regions: ['osh-oblast'],
      solutions: ['governance'],
    },
    b: {},
  });
  const project = (slug: string) => portfolio.bySlug.get(slug) ?? portfolio.projects[0];
  const groups = searchNames(project('a') as NonNullable<ReturnType<typeof project>>);
  const weightOf = (term: string) => groups.find((group) => group.terms.includes(term))?.weight;

  test.each<[term: string, weight: number]>([
    ['EWMI', NAME_WEIGHTS.lead],
    ['East-West Management Institute', NAME_WEIGHTS.lead],
    ['East West Management Institute', NAME_WEIGHTS.lead],
    ['USAID', NAME_WEIGHTS.lead],
    ['U.S. Agency for International Development', NAME_WEIGHTS.lead],
    ['DPI', NAME_WEIGHTS.partner],
    ['Development Policy Institute', NAME_WEIGHTS.partner],
    ['KG', NAME_WEIGHTS.place],
    ['Kyrgyzstan', NAME_WEIGHTS.place],
    ['Osh oblast', NAME_WEIGHTS.place],
    ['Governance', NAME_WEIGHTS.fact],
  ])('%s is indexed with weight %i', (term, weight) => {
    expect(weightOf(term)).toBe(weight);
  });

  test('funders and implementers outweigh partners, partners outweigh places and plain text', () => {
    expect(NAME_WEIGHTS.lead).toBeGreaterThan(NAME_WEIGHTS.partner);
    expect(NAME_WEIGHTS.partner).toBeGreaterThan(1);
    expect(NAME_WEIGHTS.lead).toBeLessThanOrEqual(10);
  });

  test('a project without organisations or places has no groups', () => {
    expect(searchNames(project('b') as NonNullable<ReturnType<typeof project>>)).toEqual([]);
  });

  test.each(['ewmi', 'usaid', 'world-bank', 'unicef'])('%s: every name once', (id) => {
    const org = vocabulary.organizations.get(id);
    if (!org) throw new Error(id);
    const names = organizationNames(org);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe(org.name);
    for (const alias of org.aliases) expect(names).toContain(alias);
    if (org.acronym) expect(names).toContain(org.acronym);
  });
});

describe('an embed lists at most EMBED_LIMIT projects, the first of its list', () => {
  test.each([0, 1, EMBED_LIMIT - 1, EMBED_LIMIT, EMBED_LIMIT + 1, 35_000])('%i projects', (count) => {
    const list = Array.from({ length: count }, (_, index) => index);
    const shown = embeddedProjects(list);
    expect(shown.items).toEqual(list.slice(0, Math.min(count, EMBED_LIMIT)));
    // The range line shows when the list goes on past the embed.
    expect(shown.count > 1).toBe(count > EMBED_LIMIT);
    expect(shown.total).toBe(count);
  });
});
