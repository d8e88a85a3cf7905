/**
 * IATI 2.03 activity files → draft project records, one per `iati-activity`. Codes map back
 * through the export's own tables (src/model/iati-codes.ts), narratives are taken in the
 * record's language, unknown organisations are proposed as new vocabulary entries, and
 * everything that could not be mapped is reported, never dropped silently.
 */

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseFrontMatter } from '../model/content/read.ts';
import { isCountryCode } from '../model/countries.ts';
import { type Role, roleFromCode, statusFromCode } from '../model/iati-codes.ts';
import { slugify } from '../model/slugs.ts';
import type { ImportContext } from './context.ts';
import type { ProjectRecord } from './draft.ts';
import type { FieldContext } from './extract/fields.ts';
import { matchOrganization, type OrganizationProposal, proposeOrganization } from './extract/organizations.ts';
import { resolvePlace } from './extract/places.ts';
import { fitSummary, SUMMARY_LIMIT } from './extract/summary.ts';
import type { Format } from './formats/detect.ts';
import { findDuplicates, renderProjectFile } from './output.ts';
import { SOUGHT_FIELDS } from './record.ts';
import { type FileReport, type ImportOptions, writeKeepingBackup } from './run.ts';
import { orderRecord, validateRecord } from './validate.ts';

type Node = { $?: Record<string, string>; '#text'?: string | number } & { [child: string]: unknown };

const all = (node: Node | undefined, name: string): Node[] => (node?.[name] as Node[] | undefined) ?? [];
const first = (node: Node | undefined, name: string): Node | undefined => all(node, name)[0];
const attr = (node: Node | undefined, name: string): string | undefined => node?.$?.[name]?.trim() || undefined;
const text = (node: Node | undefined): string => String(node?.['#text'] ?? '').trim();

/** A draft record with the two fields only IATI input sets. */
export type IatiRecord = ProjectRecord & { iatiIdentifier?: string; lang?: string };

export interface IatiDraft {
  record: IatiRecord;
  /** Longer description text and other description types, as Markdown. */
  body: string;
  newOrganizations: OrganizationProposal[];
  /** What the activity states that the record could not take. */
  unmapped: string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '$',
  alwaysCreateTextNode: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** Elements each activity is read for; any other child is reported as not mapped. */
const READ = new Set(
  'iati-identifier reporting-org title description participating-org activity-status activity-date contact-info recipient-country location sector tag budget document-link'.split(
    ' ',
  ),
);

const DESCRIPTION_TYPES: Record<string, string> = { '2': 'Objectives', '3': 'Target groups', '4': 'Other' };

/** Reads one activity; `ownSite` marks links back to this portfolio, which are not copied. */
export function readActivity(activity: Node, fileLang: string, ctx: FieldContext, ownSite?: string): IatiDraft {
  const lang = attr(activity, 'xml:lang') ?? fileLang;
  const record: IatiRecord = {};
  const unmapped: string[] = [];
  const newOrganizations: OrganizationProposal[] = [];
  const narrative = (element: Node | undefined, what: string): string | undefined => {
    const narratives = all(element, 'narrative').filter((n) => text(n));
    const own = narratives.find((n) => (attr(n, 'xml:lang') ?? lang) === lang) ?? narratives[0];
    for (const other of narratives)
      if (other !== own) unmapped.push(`${what}: the ${attr(other, 'xml:lang') ?? lang} narrative "${text(other)}"`);
    return own ? text(own) : undefined;
  };
  const push = <K extends keyof IatiRecord>(
    key: K,
    value: NonNullable<IatiRecord[K]> extends (infer T)[] ? T : never,
  ) => {
    const list = (record[key] ?? []) as unknown[];
    if (!list.some((item) => JSON.stringify(item) === JSON.stringify(value))) list.push(value);
    (record as Record<string, unknown>)[key] = list;
  };

  const identifier = text(first(activity, 'iati-identifier'));
  if (identifier) record.iatiIdentifier = identifier;
  const title = narrative(first(activity, 'title'), 'title');
  if (title) record.title = title;
  const bodyParts: string[] = [];
  for (const description of all(activity, 'description')) {
    const type = attr(description, 'type') ?? '1';
    const value = narrative(description, `description (type ${type})`);
    if (!value) continue;
    if (type === '1' && !record.summary) {
      if (value.length <= SUMMARY_LIMIT) record.summary = value;
      else {
        const fitted = fitSummary(value);
        if (fitted) record.summary = fitted.summary;
        bodyParts.push(value);
      }
    } else bodyParts.push(type === '1' ? value : `## ${DESCRIPTION_TYPES[type] ?? 'Description'}\n\n${value}`);
  }
  for (const org of all(activity, 'participating-org')) {
    const code = attr(org, 'role') ?? '';
    const role: Role | undefined = roleFromCode(code);
    const name = narrative(org, 'participating-org') ?? attr(org, 'ref');
    if (!role || !name) {
      unmapped.push(`participating-org ${name ?? '(no name)'} with role ${code || '(none)'}`);
      continue;
    }
    const id = matchOrganization(ctx.organizations, name);
    if (id) push(role, id);
    else {
      const proposal = proposeOrganization(ctx.organizations, name) ?? { name, id: slugify(name, 48) };
      if (!newOrganizations.some((known) => known.id === proposal.id)) newOrganizations.push(proposal);
      unmapped.push(
        `${role}: "${name}" is not in content/organizations; add content/organizations/${proposal.id}.yaml, then import again`,
      );
    }
  }
  const statusCode = attr(first(activity, 'activity-status'), 'code');
  const status = statusCode ? statusFromCode(statusCode) : undefined;
  if (status) record.status = status;
  else if (statusCode) unmapped.push(`activity-status ${statusCode}: no matching status`);
  readDates(activity, record);
  for (const contact of all(activity, 'contact-info')) {
    const entry = {
      ...optional('name', narrative(first(contact, 'person-name'), 'contact person-name')),
      ...optional('role', narrative(first(contact, 'job-title'), 'contact job-title')),
      ...optional('email', text(first(contact, 'email')) || undefined),
    };
    if (Object.keys(entry).length) push('contacts', entry);
    for (const other of ['organisation', 'department', 'telephone', 'website', 'mailing-address'])
      if (all(contact, other).length) unmapped.push(`contact-info ${other}`);
  }
  for (const country of all(activity, 'recipient-country')) {
    const code = (attr(country, 'code') ?? '').toUpperCase();
    if (isCountryCode(code)) push('countries', code);
    else unmapped.push(`recipient-country ${code || '(no code)'}`);
  }
  for (const location of all(activity, 'location')) {
    const name = narrative(first(location, 'name'), 'location name');
    if (!name) {
      unmapped.push('a location without a name');
      continue;
    }
    const [lat, lng] = text(first(first(location, 'point'), 'pos'))
      .split(/\s+/)
      .map(Number);
    const place = resolvePlace(ctx.places, name);
    push('locations', {
      name,
      ...(place?.type === 'place' && place.region ? { region: place.region } : {}),
      ...(Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : {}),
    });
  }
  for (const sector of all(activity, 'sector')) {
    const vocabulary = attr(sector, 'vocabulary') ?? '1';
    const code = attr(sector, 'code');
    const solution = [...ctx.vocabulary.solutions.values()].find((s) => vocabulary === '1' && s.dacSector === code);
    if (solution) push('solutions', solution.id);
    else
      unmapped.push(
        `sector ${code} (vocabulary ${vocabulary}): no solution in content/solutions.yaml has this DAC code`,
      );
  }
  for (const tag of all(activity, 'tag')) {
    const vocabulary = attr(tag, 'vocabulary');
    const code = attr(tag, 'code') ?? '';
    if (vocabulary === '2' && ctx.vocabulary.sdgs.has(Number(code))) push('sdgs', Number(code));
    else if (
      vocabulary === '99' &&
      /\/regions\/?$/.test(attr(tag, 'vocabulary-uri') ?? '') &&
      ctx.vocabulary.regions.has(code)
    )
      push('regions', code);
    else unmapped.push(`tag ${code} (vocabulary ${vocabulary ?? '(none)'})`);
  }
  readBudget(activity, record, unmapped);
  for (const link of all(activity, 'document-link')) {
    const url = attr(link, 'url');
    if (!url || (ownSite && url.startsWith(ownSite))) continue;
    if (!/^https?:\/\//i.test(url)) {
      unmapped.push(`document-link ${url}`);
      continue;
    }
    push('links', { label: narrative(first(link, 'title'), 'document-link title') ?? url, url });
  }
  for (const [name, value] of Object.entries(activity))
    if (name !== '$' && name !== '#text' && !READ.has(name) && Array.isArray(value))
      unmapped.push(`${name} (${value.length}): not part of the content model`);
  if (lang !== 'en') record.lang = lang;
  return { record, body: bodyParts.join('\n\n'), newOrganizations, unmapped };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/**
 * Start from an actual (2) or else planned (1) start date, end from 4 or else 3. A narrative
 * holding the date at a coarser precision ("2019" on 2019-01-01) restores that precision.
 */
function readDates(activity: Node, record: IatiRecord): void {
  const dates = all(activity, 'activity-date');
  const pick = (types: string[]) =>
    types.map((type) => dates.find((date) => attr(date, 'type') === type)).find(Boolean);
  for (const [field, types] of [
    ['start', ['2', '1']],
    ['end', ['4', '3']],
  ] as const) {
    const date = pick([...types]);
    const iso = attr(date, 'iso-date')?.slice(0, 10);
    if (!iso) continue;
    const written = text(first(date, 'narrative'));
    record[field] = /^\d{4}(-\d{2})?$/.test(written) && iso.startsWith(written) ? written : iso;
  }
}

/** One budget as it is; several in one currency summed, with a note saying so. */
function readBudget(activity: Node, record: IatiRecord, unmapped: string[]): void {
  const values = all(activity, 'budget').map((budget) => {
    const value = first(budget, 'value');
    return { amount: Number(text(value)), currency: attr(value, 'currency') ?? attr(activity, 'default-currency') };
  });
  if (!values.length) return;
  const currencies = new Set(values.map((value) => value.currency));
  const [currency] = currencies;
  if (currencies.size !== 1 || !currency || values.some((value) => !(value.amount > 0))) {
    unmapped.push(`budget: ${values.length} budgets in ${[...currencies].join(', ') || 'no currency'}`);
    return;
  }
  const amount = values.reduce((sum, value) => sum + value.amount, 0);
  record.budget = {
    amount,
    currency,
    ...(values.length > 1 ? { note: `Sum of ${values.length} budget periods in the IATI file` } : {}),
  };
}

/** Every activity of an IATI file, or why the file cannot be read. */
export function readIatiActivities(
  xml: string,
  ctx: FieldContext,
  ownSite?: string,
): { ok: true; drafts: IatiDraft[] } | { ok: false; error: string } {
  let document: Node;
  try {
    document = parser.parse(xml) as Node;
  } catch (error) {
    return { ok: false, error: `not well-formed XML: ${(error as Error).message}` };
  }
  const root = first(document, 'iati-activities');
  if (!root) return { ok: false, error: 'no <iati-activities> element; is this an IATI activity file?' };
  const fileLang = attr(root, 'xml:lang') ?? 'en';
  return {
    ok: true,
    drafts: all(root, 'iati-activity').map((activity) => readActivity(activity, fileLang, ctx, ownSite)),
  };
}

/** `.xml` inputs go to the IATI reader. */
export function isIatiInput(path: string): boolean {
  return extname(path).toLowerCase() === '.xml';
}

/** Imports every activity of one file, each written (or not) as the text importer would. */
export function importIatiFile(
  path: string,
  ctx: ImportContext,
  options: ImportOptions,
  ownSite?: string,
): FileReport[] {
  const read = readIatiActivities(readFileSync(path, 'utf8'), ctx, ownSite);
  if (!read.ok) return [{ file: path, ok: false, error: read.error, validation: [], duplicates: [] }];
  if (!read.drafts.length)
    return [{ file: path, ok: false, error: 'the file has no iati-activity', validation: [], duplicates: [] }];
  const slugs = new Set<string>();
  return read.drafts.map((draft, index) => {
    const name = `${path} #${index + 1}`;
    const record = orderRecord(draft.record, ctx.vocabulary) as IatiRecord;
    const base = slugify(record.title ?? record.iatiIdentifier ?? `${basename(path, '.xml')}-${index + 1}`);
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    const missing = SOUGHT_FIELDS.filter((field) => record[field] === undefined);
    const text = renderProjectFile(record, draft.body, missing, basename(path));
    const front = parseFrontMatter(text);
    const validation = front.ok ? validateRecord(front.data as ProjectRecord, ctx.vocabulary) : [front.message];
    const target = join(options.outDir, `${slug}.md`);
    const result = {
      file: name,
      // Not one of detectFormat's text formats; the report prints it as it is.
      format: 'iati-2.03' as Format,
      record,
      body: draft.body,
      missing,
      provenance: {},
      warnings: draft.unmapped.map((item) => `not mapped: ${item}`),
      newOrganizations: draft.newOrganizations,
    };
    const report: FileReport = {
      file: name,
      ok: false,
      result,
      validation,
      duplicates: findDuplicates(record, slug, ctx.projects),
      target,
    };
    if (validation.length)
      return {
        ...report,
        action: 'not written',
        error: `the record does not pass the content model (${validation.join('; ')}); nothing was written`,
      };
    const exists = existsSync(target);
    if (options.dryRun)
      return { ...report, ok: true, action: exists ? (options.force ? 'would overwrite' : 'exists') : 'would write' };
    if (exists && !options.force)
      return {
        ...report,
        action: 'exists',
        error: `${target} already exists; rerun with --force to replace it, or use --out DIR`,
      };
    mkdirSync(options.outDir, { recursive: true });
    const backup = writeKeepingBackup(target, text, options.now ?? new Date());
    return { ...report, ok: true, action: exists ? 'overwritten' : 'written', ...(backup ? { backup } : {}) };
  });
}
