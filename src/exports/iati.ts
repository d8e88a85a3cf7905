/**
 * IATI 2.03 activity XML. Each project becomes an `iati-activity`; elements are written in
 * the order the schema requires. Dates are written at the precision given: IATI needs whole
 * days, so a start given as `2019` is written as 2019-01-01 and an end given as `2023` as
 * 2023-12-31 (the first and last day they can mean), with the date as written (`2019`) kept
 * in the activity date's narrative, from which the import restores the precision.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { endOf, precisionOf, startOf, toIso } from '../model/dates.ts';
import type { Project } from '../portfolio/portfolio.ts';
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
} from './iati-codes.ts';
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

const narrative = (parent: XMLBuilder, text: string, lang?: string) =>
  parent.ele('narrative', lang ? { 'xml:lang': lang } : {}).txt(text);

function activityDates(activity: XMLBuilder, project: Project, today: number): void {
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
  for (const entry of dates) {
    if (!entry) continue;
    const element = activity.ele('activity-date', { type: entry.type, 'iso-date': entry.iso });
    if (precisionOf(entry.date) !== 'day') narrative(element, toIso(entry.date));
  }
}

function addActivity(root: XMLBuilder, project: Project, options: IatiOptions, links: RecordLinks): void {
  const lang = project.lang.split('-')[0] ?? 'en';
  const activity = root.ele('iati-activity', {
    'xml:lang': lang,
    ...(project.budget ? { 'default-currency': project.budget.currency } : {}),
  });
  activity.ele('iati-identifier').txt(iatiIdentifier(project, options.prefix));
  const { ref, type, name } = options.reportingOrg;
  narrative(activity.ele('reporting-org', { ref, type }), name);
  narrative(activity.ele('title'), project.title);
  narrative(activity.ele('description', { type: '1' }), project.summary);
  for (const role of ['donors', 'implementers', 'partners'] as const satisfies Role[]) {
    for (const org of project[role]) {
      const attributes = { role: ORGANISATION_ROLE[role], type: organisationType(org.kind, org.country !== undefined) };
      narrative(activity.ele('participating-org', attributes), org.name);
    }
  }
  activity.ele('activity-status', { code: project.status ? ACTIVITY_STATUS[project.status] : '' });
  activityDates(activity, project, options.buildDate);
  for (const contact of project.contacts) {
    const info = activity.ele('contact-info', { type: '1' });
    if (contact.name) narrative(info.ele('person-name'), contact.name);
    if (contact.role) narrative(info.ele('job-title'), contact.role);
    if (contact.email) info.ele('email').txt(contact.email);
  }
  const shares = evenPercentages(project.countries.length);
  project.countries.forEach((country, index) => {
    activity.ele('recipient-country', { code: country.code, percentage: shares[index] });
  });
  for (const location of project.locations) {
    const element = activity.ele('location');
    narrative(element.ele('name'), location.name);
    if (location.lat !== undefined && location.lng !== undefined)
      element.ele('point', { srsName: WGS84 }).ele('pos').txt(`${location.lat} ${location.lng}`);
  }
  const sectors = project.solutions.flatMap((solution) => (solution.dacSector ? [solution.dacSector] : []));
  const unique = [...new Set(sectors)];
  const sectorShares = evenPercentages(unique.length);
  unique.forEach((code, index) => {
    activity.ele('sector', { vocabulary: DAC_SECTOR_VOCABULARY, code, percentage: sectorShares[index] });
  });
  for (const sdg of project.sdgs) {
    narrative(activity.ele('tag', { vocabulary: SDG_TAG_VOCABULARY, code: String(sdg.number) }), sdg.name);
  }
  for (const region of project.regions) {
    const attributes = { vocabulary: OWN_TAG_VOCABULARY, 'vocabulary-uri': options.regionsUrl, code: region.id };
    narrative(activity.ele('tag', attributes), region.name);
  }
  if (project.budget && project.start && project.end) {
    const budget = activity.ele('budget', { type: BUDGET_TYPE, status: BUDGET_STATUS });
    budget.ele('period-start', { 'iso-date': isoStart(project.start) });
    budget.ele('period-end', { 'iso-date': isoEnd(project.end) });
    budget
      .ele('value', { currency: project.budget.currency, 'value-date': isoStart(project.start) })
      .txt(String(project.budget.amount));
  }
  const page = activity.ele('document-link', {
    format: 'text/html',
    url: links.urlOf(links.projectPath(project.slug)),
  });
  narrative(page.ele('title'), `${project.title} · ${options.siteTitle}`);
  page.ele('category', { code: WEB_PAGE_CATEGORY });
  for (const link of project.links) {
    const element = activity.ele('document-link', { format: 'text/html', url: link.url });
    narrative(element.ele('title'), link.label);
    element.ele('category', { code: WEB_PAGE_CATEGORY });
  }
}

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
  const document = create({ version: '1.0', encoding: 'UTF-8' });
  document.com(` ${metaLine(meta)} `);
  if (excluded.length)
    document.com(
      ` Left out, as IATI requires what they lack: ${excluded.map((entry) => `${entry.slug} (${entry.missing.join(', ')})`).join('; ')} `,
    );
  const root = document.ele('iati-activities', { version: '2.03', 'generated-datetime': `${meta.built}T00:00:00Z` });
  for (const project of projects) if (!left.has(project.slug)) addActivity(root, project, options, links);
  return { xml: `${document.end({ prettyPrint: true })}\n`, excluded };
}
