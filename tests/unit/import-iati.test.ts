import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { iatiActivities, iatiIdentifier, missingForIati } from '../../src/exports/iati.ts';
import { loadImportContext } from '../../src/importer/context.ts';
import { importIatiFile, readIatiActivities } from '../../src/importer/iati.ts';
import { toIso } from '../../src/model/dates.ts';
import type { Project } from '../../src/portfolio/portfolio.ts';
import { ROOT } from '../helpers/build.ts';
import { iatiOptions, links, meta, SITE, seeds } from '../helpers/exports.ts';

const ctx = loadImportContext(join(ROOT, 'content'));

/** The fields the IATI export writes, as a project file states them. */
function mapped(project: Project) {
  return {
    iatiIdentifier: iatiIdentifier(project, iatiOptions.prefix),
    title: project.title,
    summary: project.summary,
    status: project.status,
    start: project.start && toIso(project.start),
    end: project.end && toIso(project.end),
    donors: project.donors.map((org) => org.id),
    implementers: project.implementers.map((org) => org.id),
    partners: project.partners.map((org) => org.id),
    countries: project.countries.map((country) => country.code),
    regions: project.regions.map((region) => region.id),
    locations: project.locations.map((l) => ({ name: l.name, region: l.region?.id, lat: l.lat, lng: l.lng })),
    solutions: project.solutions.map((solution) => solution.id),
    sdgs: project.sdgs.map((sdg) => sdg.number),
    budget: project.budget && { amount: project.budget.amount, currency: project.budget.currency },
    contacts: project.contacts,
    links: project.links,
  };
}

const exported = iatiActivities(seeds.projects, iatiOptions, meta, links).xml;
const read = readIatiActivities(exported, ctx, SITE);
if (!read.ok) throw new Error(read.error);

describe('round trip: seeds → IATI → drafts', () => {
  const exportable = seeds.projects.filter((project) => missingForIati(project).length === 0);
  test('the seeds IATI can take all come back', () => {
    expect(exportable.length).toBeGreaterThan(0);
    expect(read.drafts).toHaveLength(exportable.length);
  });
  test.each(exportable.map((project, index) => [project.slug, project, index] as const))(
    '%s comes back with every mapped field equal',
    (_slug, project, index) => {
      const draft = read.drafts[index];
      if (!draft) throw new Error('no draft');
      const r = draft.record;
      expect({
        iatiIdentifier: r.iatiIdentifier,
        title: r.title,
        summary: r.summary,
        status: r.status,
        start: r.start,
        end: r.end,
        donors: r.donors ?? [],
        implementers: r.implementers ?? [],
        partners: r.partners ?? [],
        countries: r.countries ?? [],
        regions: r.regions ?? [],
        locations: (r.locations ?? []).map((l) => ({ name: l.name, region: l.region, lat: l.lat, lng: l.lng })),
        solutions: r.solutions ?? [],
        sdgs: r.sdgs ?? [],
        budget: r.budget,
        contacts: r.contacts ?? [],
        links: r.links ?? [],
      }).toEqual(mapped(project));
      expect(draft.newOrganizations).toEqual([]);
    },
  );
});

const ACTIVITY = (body: string, lang = 'en') =>
  `<iati-activities version="2.03"><iati-activity xml:lang="${lang}"><iati-identifier>XM-1</iati-identifier>${body}</iati-activity></iati-activities>`;

test.each([
  [
    'a narrative in the record language is chosen, others reported',
    ACTIVITY('<title><narrative xml:lang="fr">Titre</narrative><narrative>Title</narrative></title>'),
    { title: 'Title' },
    ['title: the fr narrative "Titre"'],
  ],
  [
    'a Russian activity keeps its language',
    ACTIVITY('<title><narrative>Проект</narrative></title>', 'ru'),
    { title: 'Проект', lang: 'ru' },
    [],
  ],
  [
    'an unknown organisation is proposed, not invented',
    ACTIVITY('<participating-org role="1"><narrative>Ministry of Magic</narrative></participating-org>'),
    {},
    [
      'donors: "Ministry of Magic" is not in content/organizations; add content/organizations/ministry-of-magic.yaml, then import again',
    ],
  ],
  [
    'a known organisation maps by its acronym',
    ACTIVITY('<participating-org role="1"><narrative>USAID</narrative></participating-org>'),
    { donors: ['usaid'] },
    [],
  ],
  [
    'an unknown sector and a transaction are reported',
    ACTIVITY('<sector code="99810"/><transaction/>'),
    {},
    [
      'sector 99810 (vocabulary 1): no solution in content/solutions.yaml has this DAC code',
      'transaction (1): not part of the content model',
    ],
  ],
  [
    'a full date without a narrative stays a full date; statuses 3 reads as completed',
    ACTIVITY('<activity-status code="3"/><activity-date type="1" iso-date="2020-02-03"/>'),
    { status: 'completed', start: '2020-02-03' },
    [],
  ],
  [
    'two budgets in one currency are summed, with a note',
    ACTIVITY(
      '<budget><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value currency="EUR" value-date="2020-01-01">100</value></budget><budget><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/><value currency="EUR" value-date="2021-01-01">50</value></budget>',
    ),
    { budget: { amount: 150, currency: 'EUR', note: 'Sum of 2 budget periods in the IATI file' } },
    [],
  ],
])('%s', (_name, xml, fields, unmapped) => {
  const result = readIatiActivities(xml, ctx);
  if (!result.ok) throw new Error(result.error);
  const [draft] = result.drafts;
  expect(draft?.record).toMatchObject({ iatiIdentifier: 'XM-1', ...fields });
  expect(draft?.unmapped).toEqual(unmapped);
});

test.each([
  ['not XML at all', 'this is not xml <', /not well-formed XML|no <iati-activities>/],
  ['an organisation file', '<iati-organisations version="2.03"/>', /no <iati-activities>/],
])('%s is refused with a reason', (_name, xml, error) => {
  const result = readIatiActivities(xml, ctx);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatch(error);
});

const SHOULD_PASS = join(ROOT, 'vendor/iati/schema-tests/should-pass');
const shouldPass = readdirSync(SHOULD_PASS, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.xml'),
);

test.each(shouldPass)('the schema test document %s imports without crashing', (file) => {
  const out = mkdtempSync(join(tmpdir(), 'iati-import-'));
  const reports = importIatiFile(join(SHOULD_PASS, file), ctx, {
    outDir: out,
    organizationsDir: join(out, 'organizations'),
    dryRun: true,
    force: false,
  });
  expect(reports.length).toBeGreaterThan(0);
  for (const report of reports) expect(report.result ?? report.error).toBeDefined();
});

test('a written draft is a project file the site accepts', () => {
  const out = mkdtempSync(join(tmpdir(), 'iati-import-'));
  const file = join(out, 'seeds.xml');
  writeFileSync(file, exported);
  const reports = importIatiFile(
    file,
    ctx,
    { outDir: out, organizationsDir: join(out, 'organizations'), dryRun: false, force: false },
    SITE,
  );
  expect(reports.map((report) => [report.action, report.validation])).toEqual(
    seeds.projects.filter((project) => missingForIati(project).length === 0).map(() => ['written', []]),
  );
  expect(readFileSync(join(out, 'successful-aimak-2.md'), 'utf8')).toContain(
    'iatiIdentifier: XX-TEST-successful-aimak-2',
  );
});
