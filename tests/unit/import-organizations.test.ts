import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadImportContext } from '../../src/importer/context.ts';
import {
  matchOrganization,
  organizationAtEnd,
  organizationsAtStart,
  proposeOrganization,
} from '../../src/importer/extract/organizations.ts';

const { organizations: index } = loadImportContext(fileURLToPath(new URL('../../content', import.meta.url)));

describe('matchOrganization: by name, acronym or alias, ignoring case and punctuation', () => {
  test.each([
    ['East-West Management Institute', 'ewmi'],
    ['East West Management Institute', 'ewmi'],
    ['EAST-WEST MANAGEMENT INSTITUTE', 'ewmi'],
    ['EWMI', 'ewmi'],
    ['ewmi', 'ewmi'],
    ['Development Policy Institute (DPI)', 'dpi'],
    ['Development Policy Institute', 'dpi'],
    ['DPI', 'dpi'],
    ['Foreign, Commonwealth & Development Office', 'fcdo'],
    ['Foreign Commonwealth and Development Office', 'fcdo'],
    ['the World Bank', 'world-bank'],
    ['U.S. Agency for International Development', 'usaid'],
    ['Ministry of Justice of KR', 'kg-ministry-of-justice'],
    ['Ministry of Finance of KR', 'kg-ministry-of-finance'],
    ['Ministry of Finance of the Kyrgyz Republic', 'kg-ministry-of-finance'],
    ['Union of Local Self-Governments', 'union-of-local-self-governments'],
    ['Interbilim Osh', 'interbilim-osh'],
    ['Association of Legal Clinics.', 'association-of-legal-clinics'],
    ['International Center for Not-for-Profit Law (ICNL)', 'icnl'],
  ])('%s → %s', (name, id) => {
    expect(matchOrganization(index, name)).toBe(id);
  });

  test.each([['Ministry of Magic'], [''], ['Institute']])('%j is not known', (name) => {
    expect(matchOrganization(index, name)).toBeUndefined();
  });
});

describe('organizationsAtStart reads a list of known names in prose', () => {
  test('stops at the first piece that is not a known name', () => {
    const text =
      'the International Development Fund and the International Organization for Migration in the Kyrgyz Republic Within the framework of the project';
    expect(organizationsAtStart(index, text).map((mention) => mention.id)).toEqual([
      'international-development-fund',
      'iom-kyrgyzstan',
    ]);
  });

  test('takes the longest name: "Ministry of Economy and Commerce", not "Ministry of Economy"', () => {
    const mentions = organizationsAtStart(
      index,
      'the Ministry of Economy and Commerce, Cabinet of Ministers, and Kyrgyz Association of Creative Industries.',
    );
    expect(mentions.map((mention) => mention.id)).toEqual([
      'kg-ministry-of-economy',
      'kg-cabinet-of-ministers',
      'association-of-creative-industries',
    ]);
    expect(mentions[0]?.text).toBe('Ministry of Economy and Commerce');
  });

  test('an acronym only matches in capitals in running text', () => {
    expect(organizationsAtStart(index, 'dai and others')).toEqual([]);
    expect(organizationsAtStart(index, 'DAI and others').map((mention) => mention.id)).toEqual(['dai']);
  });

  test('returns nothing when the text does not start with a name', () => {
    expect(organizationsAtStart(index, 'local self-government and experts from the Ministry of Finance')).toEqual([]);
  });
});

test('organizationAtEnd finds the name just before "-implemented"', () => {
  expect(organizationAtEnd(index, 'synergies with another DAI')).toEqual({ id: 'dai', text: 'DAI' });
  expect(organizationAtEnd(index, 'synergies with another firm')).toBeUndefined();
});

describe('proposeOrganization: unknown proper names become proposals, nothing else does', () => {
  test.each([
    ['Aga Khan Foundation', { name: 'Aga Khan Foundation', id: 'aga-khan-foundation' }],
    ['Kyrgyz Red Crescent (KRC)', { name: 'Kyrgyz Red Crescent', acronym: 'KRC', id: 'kyrgyz-red-crescent' }],
    ['GIZ', { name: 'GIZ', id: 'giz' }],
    [
      'Union of Local Self-Government',
      { id: 'union-of-local-self-government', similarTo: 'union-of-local-self-governments' },
    ],
  ])('%s', (name, proposal) => {
    expect(proposeOrganization(index, name)).toMatchObject(proposal);
  });

  test.each([
    ['civil society organizations'],
    ['More than 30 partners from privates sector: https://create4.co/'],
    ['contact@example.org'],
    ['various Government agencies'],
  ])('%j is not a named organisation', (text) => {
    expect(proposeOrganization(index, text)).toBeUndefined();
  });
});
