/**
 * Pages beyond the five seeds: other label wordings, an HTML page, Markdown with labels,
 * prose with funding phrases. The importer must read what they state and nothing more.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadImportContext } from '../../src/importer/context.ts';
import { type ImportResult, importText } from '../../src/importer/record.ts';

const ctx = loadImportContext(fileURLToPath(new URL('../../content', import.meta.url)));
const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url)), 'utf8');

function read(text: string, name = 'page.txt'): ImportResult {
  const outcome = importText(name, text, ctx);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.result;
}

describe('labelled page with other wordings (fixtures/import/labelled-variants.txt)', () => {
  const result = read(fixture('labelled-variants.txt'));

  test('reads every labelled fact', () => {
    expect(result.record).toMatchObject({
      title: 'Rural Youth Skills for Tajikistan',
      start: '2019',
      end: '2023',
      budget: { amount: 2_500_000, currency: 'CHF' },
      donors: ['sdc'],
      implementers: ['dpi'],
      partners: ['icnl', 'ewmi'],
      countries: ['TJ'],
      regions: ['khatlon-region', 'sughd-region'],
      contacts: [{ name: 'Aziz Karimov', email: 'a.karimov@example.org' }],
    });
    expect(result.record.locations?.map((location) => location.name)).toEqual([
      'Khatlon region',
      'Sughd region',
      'Dushanbe',
    ]);
  });

  test('"our funders include…" does not make donors', () => {
    expect(result.record.donors).toEqual(['sdc']);
  });
});

describe('HTML page (fixtures/import/usaid-page.html)', () => {
  const result = read(fixture('usaid-page.html'), 'usaid-page.html');

  test('is converted through rehype and read like a labelled page', () => {
    expect(result.format).toBe('html');
    expect(result.record).toMatchObject({
      title: 'Clean Water for Naryn',
      start: '2018-10',
      end: '2022-09',
      updated: '2021-03-03',
      budget: { amount: 9_900_000, currency: 'USD' },
      partners: ['union-of-local-self-governments', 'kg-ministry-of-finance'],
      regions: ['naryn-oblast', 'talas-oblast'],
      countries: ['KG'],
    });
  });

  test('an unknown implementer is proposed as a new organisation and used in the record', () => {
    expect(result.record.implementers).toEqual(['aga-khan-foundation']);
    expect(result.newOrganizations).toEqual([{ name: 'Aga Khan Foundation', id: 'aga-khan-foundation' }]);
    expect(result.warnings.join('\n')).toMatch(/proposed NEW organisation "aga-khan-foundation"/);
  });

  test('menus, share buttons and the remote picture do not reach the body', () => {
    expect(result.body).not.toMatch(/Home|News|Share This Page|!\[|<img/);
    expect(result.body).toContain('*Photo: A new water tap in Kochkor village*');
    expect(result.body).toContain('- Repaired 12 water systems serving 30,000 people.');
    expect(result.body).toContain('systems & charge tariffs');
  });
});

describe('other shapes', () => {
  test('Markdown with emphasised labels', () => {
    const result = read(
      '# Green Osh\n\n**Budget:** 390000 EUR\n\n**Funded by:** European Union\n\n**Project period:** 2020 - 2022\n\nGreen Osh plants trees in the city of Osh with residents and schools.\n',
    );
    expect(result.format).toBe('labelled');
    expect(result.record).toMatchObject({
      title: 'Green Osh',
      budget: { amount: 390_000, currency: 'EUR' },
      donors: ['european-commission'],
      start: '2020',
      end: '2022',
    });
    expect(result.body).toBe('Green Osh plants trees in the city of Osh with residents and schools.\n');
  });

  test('prose: "funded by", "implemented by" and a range with "till"', () => {
    const result = read(
      'Safe Schools in Batken\n\nFrom 2016 till 2018 the project, implemented by the East-West Management Institute and funded by USAID, repaired schools in Kadamjay and Leilek districts.\n',
    );
    expect(result.record).toMatchObject({
      start: '2016',
      end: '2018',
      implementers: ['ewmi'],
      donors: ['usaid'],
      countries: ['KG'],
    });
    expect(result.record.locations?.map((location) => location.region)).toEqual(['batken-oblast', 'batken-oblast']);
  });

  test('a page that states nothing gets nothing invented', () => {
    const result = read(
      'Notes from a meeting\n\nWe discussed many things and agreed to meet again soon after the holidays.\n',
    );
    expect(Object.keys(result.record).sort()).toEqual(['summary', 'title']);
    expect(result.missing).toEqual(
      expect.arrayContaining(['start', 'end', 'budget', 'donors', 'implementers', 'countries']),
    );
  });

  test('a budget without a currency is left empty and reported', () => {
    const result = read('Title here\n\nBudget: 4,900,000\nDuration: 2019-2020\n');
    expect(result.record.budget).toBeUndefined();
    expect(result.warnings.join()).toMatch(/no currency/);
  });

  test('front matter that is not valid YAML is reported, and the page below it still read', () => {
    const outcome = importText('bad.md', '---\ntitle: [unclosed\n---\n# Water for Osh\n\nBody text.', ctx);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.result.record.title).toBe('Water for Osh');
    expect(outcome.result.warnings.join('\n')).toMatch(/front matter, line \d+: .*the header was not read/);
  });
});
