import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/model/content/load.ts';
import { deriveStatus } from '../../src/model/status.ts';
import { ROOT } from '../helpers/build.ts';
import { htmlFiles, listedSlugs, mainText, page } from '../helpers/dist.ts';

// The fixture site: the bundled content/ (the five seeds) plus tests/fixtures/search-projects.
const dist = inject('siteDir');
const content = loadContent(inject('siteContent'));

/** The facts each seed states, as they must read on its page. */
const SEED_FACTS: [slug: string, facts: string[]][] = [
  [
    'kyrgyzstan-tajikistan-policy-innovation-facility',
    [
      'Kyrgyzstan and Tajikistan—Policy Innovation Facility (The Facility)',
      'flexible, short-term, demand-driven support for policy development',
      '2019 – 2023',
      'Foreign, Commonwealth & Development Office',
      'DAI Global',
      'another DAI-implemented project',
      'Tajikistan',
      'Kyrgyzstan',
      'Eastern Europe and Central Asia',
      'Governance',
      'Creative Park Law',
      'in 2021',
    ],
  ],
  [
    'successful-aimak-2',
    [
      'Successful Aimak 2',
      'Sep 2021 – Sep 2025',
      'USD 4,900,000',
      'Development Policy Institute',
      'East-West Management Institute',
      'Union of Local Self-Governments',
      'Local Governance Academy of Central Asia',
      'Civil Initiative on Internet Policy',
      'Civic Participation Fund',
      'Interbilim-Osh',
      'Alliance for Promotion of Civil Initiatives',
      'Jalal-Abad oblast',
      'Issyk-Kul oblast',
      'Naryn oblast',
      'Osh oblast',
      '50 municipalities',
      'Sabina Gradwal',
      'sgradwal@dpi.kg',
    ],
  ],
  [
    'collaborative-governance-program',
    [
      'Collaborative Governance Program',
      'Mar 2013 – Mar 2020',
      'USD 11,500,000',
      'United States Agency for International Development',
      'East-West Management Institute',
      'Ministry of Labor and Social Development',
      'Ministry of Justice',
      'International Center for Not-for-Profit Law',
      'Development Policy Institute',
      'Civic Participation Fund',
      'Association of Legal Clinics',
      'civil society organizations',
      '42.5 million KGS',
      '94%',
      'Over 500 representatives',
      'More than 1,800 women',
      '27 communities',
      '85 initiatives',
      'over 328 civil society organizations',
      '10 out of 23 Free Legal Aid Centers',
      'over 80,000 citizens',
      '23 Apr 2019',
    ],
  ],
  [
    'strengthening-community-of-practice-creators-innovators',
    [
      'Strengthening Community of Practice of creators and innovators in Kyrgyzstan',
      'Scaling Create4 - Community of Practice',
      // The source gives only `year: 2023`, so no end date is invented.
      'Datesfrom 2023',
      'Learning plan',
      'UNDP Accelerator Lab Kyrgyzstan',
      'Focal point',
      'viktoriia.petrova@undp.org',
      '5. Gender equality',
      '8. Decent work and economic growth',
      '11. Sustainable cities and communities',
      'community empowerment',
      'creative economy',
      'building youth capacities',
      'Community development',
      'Participatory Design',
      'Crowdsourcing',
      'Co-creation',
      'design thinking',
      'co-designing',
      '41.4619, 74.5417',
      'Association of Creative Industries',
      'More than 30 partners from privates sector',
      'What is the motivation for the private sector',
    ],
  ],
  [
    'migration-and-development-at-the-local-level',
    [
      'Migration and development at the local level in Kyrgyzstan',
      'Integrating a gender approach into local migration and development priorities in Kyrgyzstan',
      'Jan 2019 – Sep 2019',
      'International Development Fund',
      'International Organization for Migration in the Kyrgyz Republic',
      'Barskoon',
      'Suzak',
      'Ministry of Foreign Affairs',
      'Ministry of Finance',
      'Ministry of Economy',
      'increased their capacity, knowledge and skills',
      'developed the Program for Socio-Economic Development for 2020-2022',
      'held a public hearing of the Program',
    ],
  ],
];

describe('the fixture site', () => {
  test('has a page for every project and every page template', () => {
    for (const path of [
      '/',
      '/projects/',
      '/countries/',
      '/donors/',
      '/implementers/',
      '/regions/',
      '/solutions/',
      '/sdgs/',
      '/status/',
    ]) {
      expect(() => page(dist, path), path).not.toThrow();
    }
    expect(existsSync(join(dist, '404.html'))).toBe(true);
    const files = [
      ...readdirSync(join(ROOT, 'content/projects')),
      ...readdirSync(join(ROOT, 'tests/fixtures/search-projects')),
      // Translations (`<slug>.<lang>.md`) have no page of their own.
    ].filter((file) => file.endsWith('.md') && !/\.[a-z]{2,3}\.md$/.test(file));
    expect(content.projects.map((project) => `${project.slug}.md`).sort()).toEqual(files.sort());
    for (const project of content.projects) expect(() => page(dist, `/projects/${project.slug}/`)).not.toThrow();
    expect(SEED_FACTS.map(([slug]) => slug).every((slug) => files.includes(`${slug}.md`))).toBe(true);
  });

  test.each(SEED_FACTS)('%s states every fact of its seed', (slug, facts) => {
    const text = mainText(page(dist, `/projects/${slug}/`));
    for (const fact of facts) expect(text, `missing "${fact}"`).toContain(fact);
  });

  test('says "Not stated" for the donor the Aimak seed does not name', () => {
    const $ = page(dist, '/projects/successful-aimak-2/');
    const donors = $('#key-facts ~ dl dt')
      .filter((_, el) => $(el).text() === 'Donors')
      .next('dd')
      .text();
    expect(donors.trim()).toBe('Not stated');
  });

  test('drops site boilerplate and never renders a remote or missing image', () => {
    for (const file of htmlFiles(join(dist, 'projects'))) {
      const $ = page(join(dist, 'projects'), file);
      const text = mainText($);
      for (const boilerplate of ['Share This Page', 'Press Center', 'Photo Gallery', 'Please provide a name']) {
        expect(text, file).not.toContain(boilerplate);
      }
      $('main img').each((_, img) => {
        expect($(img).attr('src'), file).toMatch(/^\/_astro\//);
      });
    }
  });

  test('the raw HTML of the learning plan is never passed through', () => {
    const html = page(dist, '/projects/strengthening-community-of-practice-creators-innovators/').html();
    expect(html).not.toContain('class="group"');
    expect(html).not.toContain('&lt;div');
  });

  test('an edit link points at the project file', () => {
    const $ = page(dist, '/projects/successful-aimak-2/');
    expect($('a:contains("Edit this page")').attr('href')).toMatch(/content\/projects\/successful-aimak-2\.md$/);
  });

  test('the derived status follows the pinned build date', () => {
    const status = (slug: string) => page(dist, `/projects/${slug}/`)('#key-facts').parent().find('dd').first().text();
    expect(status('successful-aimak-2')).toContain('Active');
    expect(status('successful-aimak-2')).toContain('derived from the dates');
    expect(status('collaborative-governance-program')).toContain('Completed');
    expect(mainText(page(dist, '/projects/successful-aimak-2/'))).toMatch(/\d+% of the time elapsed/);
  });
});

/** For each facet, the projects that carry a value, read straight from the records. */
const EXPECTED_FACETS: [facet: string, values: (data: (typeof content.projects)[number]['data']) => string[]][] = [
  ['countries', (d) => d.countries.map((c) => c.toLowerCase())],
  ['donors', (d) => d.donors],
  ['implementers', (d) => d.implementers],
  ['regions', (d) => [...d.regions, ...d.locations.flatMap((l) => (l.region ? [l.region] : []))]],
  ['solutions', (d) => d.solutions],
  ['sdgs', (d) => d.sdgs.map(String)],
];

describe('facet pages', () => {
  test.each(EXPECTED_FACETS)(
    'every /%s/ value page lists exactly the projects carrying that value',
    (facet, values) => {
      const expected = new Map<string, string[]>();
      for (const project of content.projects) {
        for (const value of new Set(values(project.data)))
          expected.set(value, [...(expected.get(value) ?? []), project.slug]);
      }
      expect(expected.size).toBeGreaterThan(0);
      for (const [value, slugs] of expected) {
        const listed = listedSlugs(dist, `/${facet}/${value}/`);
        expect(listed.sort(), `/${facet}/${value}/`).toEqual(slugs.sort());
        const $ = page(dist, `/${facet}/${value}/`);
        expect($('[data-project-count]').attr('data-project-count')).toBe(String(slugs.length));
      }
      const index = page(dist, `/${facet}/`);
      expect(index('main [data-facet-value]').length).toBe(expected.size);
    },
  );

  test('status pages partition the projects whose status is stated or told by their dates', () => {
    const index = page(dist, '/status/');
    const statuses = index('main [data-facet-value] a')
      .map((_, a) => index(a).attr('href'))
      .get();
    const seen = statuses.flatMap((href) => listedSlugs(dist, href));
    const today = Date.parse('2024-06-01T00:00:00Z');
    const known = content.projects.filter((p) => p.data.status ?? deriveStatus(p.data.start, p.data.end, today));
    expect(seen.sort()).toEqual(known.map((p) => p.slug).sort());
    // A fixture with no dates and no stated status is on no status page.
    expect(seen).not.toContain('child-benefits-reform');
  });

  test('a donor page breaks its projects down by country and solution and totals its budgets', () => {
    // USAID funds the seed Collaborative Governance Program (KG, USD 11.5 million) and, in the
    // search fixtures, Legal Aid Expansion (KG and TJ, USD 2 million), Orchards and Irrigation
    // (TJ, USD 15 million) and Rural Health Clinics (KG, no budget).
    const text = mainText(page(dist, '/donors/usaid/'));
    expect(text).toContain('USD 28,500,000');
    expect(text).toMatch(/Countries\s*Kyrgyzstan\s*3\s*Tajikistan\s*2/);
  });
});
