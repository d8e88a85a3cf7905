/**
 * IATI 2.03 activity XML. Each project becomes an `iati-activity`; elements are written in
 * the order the schema requires. Dates are written at the precision given: IATI needs whole
 * days, so a start given as `2019` is written as 2019-01-01 and an end given as `2023` as
 * 2023-12-31 (the first and last day they can mean), with the date as written (`2019`) kept
 * in the activity date's narrative, from which the import restores the precision.
 */
import XMLBuilder from 'fast-xml-builder';
import { endOf, precisionOf, startOf, toIso } from '../model/dates.ts';
import {
  ACTIVITY_STATUS,
  BUDGET_STATUS,
  BUDGET_TYPE,
  DAC_SECTOR_VOCABULARY,
  DATE_TYPE,
  evenPercentages,
  ORGANISATION_ROLE,
  OWN_TAG_VOCABULARY,
  organisationType,
  type Role,
  SDG_TAG_VOCABULARY,
  WEB_PAGE_CATEGORY,
  WGS84,
} from '../model/iati-codes.ts';
import type { Project } from '../portfolio/portfolio.ts';
import { memo } from './memo.ts';
import { type DataMeta, metaLine } from './meta.ts';
import { isoEnd, isoStart, type RecordLinks } from './records.ts';

export interface IatiOptions {
  /** Prefix of identifiers made from slugs: `<prefix>-<slug>`. */
  prefix: string;
  reportingOrg: { ref: string; type: string; name: string };
  /** Build date, UTC ms: decides planned or actual dates, and the file's generated-datetime. */
  buildDate: number;
  /** Absolute URL of the regions index, the vocabulary URI of region tags. */
  regionsUrl: string;
  /** Name of the site, for the title of the link to each project's page. */
  siteTitle: string;
}

/** The activity identifier: the record's own, else the prefix and the slug. */
export function iatiIdentifier(project: Project, prefix: string): string {
  return project.iatiIdentifier ?? `${prefix}-${project.slug}`;
}

/** What IATI requires that a project lacks; empty when it can be published. */
export function missingForIati(project: Project): string[] {
  const missing: string[] = [];
  if (!project.donors.length && !project.implementers.length && !project.partners.length)
    missing.push('a participating organisation');
  if (!project.status) missing.push('a status');
  if (!project.start && !project.end) missing.push('a start or end date');
  return missing;
}

type Element = Record<string, unknown>;

/** `<narrative xml:lang="…">text</narrative>`. */
const narrative = (text: string, lang?: string): Element => ({
  ...(lang ? { '@_xml:lang': lang } : {}),
  '#text': text,
});

/** Attributes of an element, from plain names. */
const attrs = (values: Record<string, string | undefined>): Element =>
  Object.fromEntries(
    Object.entries(values).flatMap(([key, value]) => (value === undefined ? [] : [[`@_${key}`, value]])),
  );

// fast-xml-parser's builder writes plain objects, escaping text and attributes; it is many
// times faster than a DOM builder, which matters at 10,000 activities.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  commentPropName: '#comment',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

function activityDates(project: Project, today: number): Element[] {
  const dates = [
    project.start && {
      date: project.start,
      iso: isoStart(project.start),
      type: startOf(project.start) <= today ? DATE_TYPE.actualStart : DATE_TYPE.plannedStart,
    },
    project.end && {
      date: project.end,
      iso: isoEnd(project.end),
      type: endOf(project.end) < today ? DATE_TYPE.actualEnd : DATE_TYPE.plannedEnd,
    },
  ];
  return dates.flatMap((entry) =>
    entry
      ? [
          {
            ...attrs({ type: entry.type, 'iso-date': entry.iso ?? undefined }),
            ...(precisionOf(entry.date) !== 'day' ? { narrative: narrative(toIso(entry.date)) } : {}),
          },
        ]
      : [],
  );
}

/** The `iati-activity` element as an object, children in the order the schema requires. */
function activityElement(project: Project, options: IatiOptions, links: RecordLinks): Element {
  const roles = ['donors', 'implementers', 'partners'] as const satisfies Role[];
  const shares = evenPercentages(project.countries.length);
  const sectors = [
    ...new Set(project.solutions.flatMap((solution) => (solution.dacSector ? [solution.dacSector] : []))),
  ];
  const sectorShares = evenPercentages(sectors.length);
  const page = links.urlOf(links.projectPath(project.slug));
  const { ref, type, name } = options.reportingOrg;
  return {
    ...attrs({ 'xml:lang': project.lang.split('-')[0] ?? 'en', 'default-currency': project.budget?.currency }),
    'iati-identifier': iatiIdentifier(project, options.prefix),
    'reporting-org': { ...attrs({ ref, type }), narrative: narrative(name) },
    title: { narrative: narrative(project.title) },
    description: { ...attrs({ type: '1' }), narrative: narrative(project.summary) },
    'participating-org': roles.flatMap((role) =>
      project[role].map((org) => ({
        ...attrs({ role: ORGANISATION_ROLE[role], type: organisationType(org.kind, org.country !== undefined) }),
        narrative: narrative(org.name),
      })),
    ),
    'activity-status': attrs({ code: project.status ? ACTIVITY_STATUS[project.status] : '' }),
    'activity-date': activityDates(project, options.buildDate),
    'contact-info': project.contacts.map((contact) => ({
      ...attrs({ type: '1' }),
      ...(contact.name ? { 'person-name': { narrative: narrative(contact.name) } } : {}),
      ...(contact.role ? { 'job-title': { narrative: narrative(contact.role) } } : {}),
      ...(contact.email ? { email: contact.email } : {}),
    })),
    'recipient-country': project.countries.map((country, index) =>
      attrs({ code: country.code, percentage: shares[index] }),
    ),
    location: project.locations.map((location) => ({
      name: { narrative: narrative(location.name) },
      ...(location.lat !== undefined && location.lng !== undefined
        ? { point: { ...attrs({ srsName: WGS84 }), pos: `${location.lat} ${location.lng}` } }
        : {}),
    })),
    sector: sectors.map((code, index) =>
      attrs({ vocabulary: DAC_SECTOR_VOCABULARY, code, percentage: sectorShares[index] }),
    ),
    tag: [
      ...project.sdgs.map((sdg) => ({
        ...attrs({ vocabulary: SDG_TAG_VOCABULARY, code: String(sdg.number) }),
        narrative: narrative(sdg.name),
      })),
      ...project.regions.map((region) => ({
        ...attrs({ vocabulary: OWN_TAG_VOCABULARY, 'vocabulary-uri': options.regionsUrl, code: region.id }),
        narrative: narrative(region.name),
      })),
    ],
    budget:
      project.budget && project.start && project.end
        ? {
            ...attrs({ type: BUDGET_TYPE, status: BUDGET_STATUS }),
            'period-start': attrs({ 'iso-date': isoStart(project.start) ?? undefined }),
            'period-end': attrs({ 'iso-date': isoEnd(project.end) ?? undefined }),
            value: {
              ...attrs({ currency: project.budget.currency, 'value-date': isoStart(project.start) ?? undefined }),
              '#text': String(project.budget.amount),
            },
          }
        : [],
    'document-link': [
      { url: page, label: `${project.title} · ${options.siteTitle}` },
      ...project.links.map((link) => ({ url: link.url, label: link.label })),
    ].map((link) => ({
      ...attrs({ format: 'text/html', url: link.url }),
      title: { narrative: narrative(link.label) },
      category: attrs({ code: WEB_PAGE_CATEGORY }),
    })),
  };
}

const makers = new WeakMap<IatiOptions, (project: Project, links: RecordLinks) => string>();

/** A project's `iati-activity` element as text, made once per build and reused by every file. */
export function activityText(project: Project, options: IatiOptions, links: RecordLinks): string {
  let make = makers.get(options);
  if (!make) {
    make = memo((item: Project, itemLinks: RecordLinks) =>
      builder.build({ 'iati-activity': activityElement(item, options, itemLinks) }),
    );
    makers.set(options, make);
  }
  return make(project, links);
}

// Where the cached activity texts go in the serialised file.
const PLACEHOLDER = '\u0000activities\u0000';

export interface IatiFile {
  xml: string;
  /** Projects left out, with what IATI requires that they lack. */
  excluded: { slug: string; missing: string[] }[];
}

/** An `iati-activities` file of every project that IATI can take. */
export function iatiActivities(
  projects: readonly Project[],
  options: IatiOptions,
  meta: DataMeta,
  links: RecordLinks,
): IatiFile {
  const excluded = projects
    .map((project) => ({ slug: project.slug, missing: missingForIati(project) }))
    .filter((entry) => entry.missing.length > 0);
  const left = new Set(excluded.map((entry) => entry.slug));
  const comments = [
    metaLine(meta),
    ...(excluded.length
      ? [
          `Left out, as IATI requires what they lack: ${excluded.map((e) => `${e.slug} (${e.missing.join(', ')})`).join('; ')}`,
        ]
      : []),
  ];
  const envelope = builder.build({
    '#comment': comments.map((text) => ` ${text.replace(/--/g, '- -')} `),
    'iati-activities': {
      ...attrs({ version: '2.03', 'generated-datetime': `${meta.built}T00:00:00Z` }),
      '#text': PLACEHOLDER,
    },
  });
  const activities = projects.filter((project) => !left.has(project.slug)).map((p) => activityText(p, options, links));
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${envelope.replace(PLACEHOLDER, `\n${activities.join('')}`)}`;
  return { xml: `${xml}\n`, excluded };
}
