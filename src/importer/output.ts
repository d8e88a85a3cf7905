/**
 * Writing a record as a project file (YAML front matter + Markdown body) and comparing it
 * with what is already on disk.
 */
import { createTwoFilesPatch } from 'diff';
import { Document, isMap, isPair, isScalar, isSeq, type Scalar, stringify, type YAMLMap, type YAMLSeq } from 'yaml';
import { organizationKind } from '../model/schemas/organization.ts';
import type { KnownProject } from './context.ts';
import type { ProjectRecord } from './draft.ts';
import type { OrganizationProposal } from './extract/organizations.ts';
import { matchKey } from './text/text.ts';

const DATE_FIELDS = new Set(['start', 'end', 'updated', 'retrieved']);

/** Years as YAML numbers (`start: 2019`), other dates as plain `2021-09`, like curated records. */
function yamlReady(value: unknown, key?: string): unknown {
  if (typeof value === 'string' && key && DATE_FIELDS.has(key) && /^\d{4}$/.test(value)) return Number(value);
  if (Array.isArray(value)) return value.map((item) => yamlReady(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, yamlReady(v, k)]));
  }
  return value;
}

/** Width of a collection written on one line, or Infinity when it holds more than plain values. */
function flatWidth(node: YAMLMap | YAMLSeq): number {
  let width = 0;
  for (const item of node.items) {
    const value = isPair(item) ? item.value : item;
    if (!isScalar(value)) return Number.POSITIVE_INFINITY;
    width += String(value.value).length + (isPair(item) ? String((item.key as Scalar).value).length + 4 : 2);
  }
  return width;
}

/**
 * Layout like the curated records: short lists and small objects on one line
 * (`donors: [usaid]`, `- { name: Naryn oblast, region: naryn-oblast }`), long text folded.
 */
function layout(node: unknown): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.value.length > 90) node.type = 'BLOCK_FOLDED';
    return;
  }
  if (isSeq(node) || isMap(node)) {
    if (flatWidth(node) <= 80 && (isSeq(node) || node.items.length > 1)) node.flow = true;
    for (const item of node.items) layout(isPair(item) ? item.value : item);
  }
}

/** The project file: front matter, a comment listing what the source did not say, the body. */
export function renderProjectFile(
  record: ProjectRecord,
  body: string,
  missing: readonly string[],
  sourceName: string,
): string {
  const document = new Document(yamlReady(record));
  for (const pair of (document.contents as YAMLMap).items) layout(pair.value);
  const yaml = document.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false }).trimEnd();
  const notes = [`# Imported from ${sourceName} by \`npm run import\`; check each field against the source.`];
  if (missing.length) notes.push(`# Not stated in the source, left empty: ${missing.join(', ')}.`);
  return `---\n${notes.join('\n')}\n${yaml}\n---\n\n${body.trim() ? `${body.trim()}\n` : ''}`;
}

/**
 * A proposed organisation file: what the source states (name, acronym, and the kind only
 * when the source says it), with the kind left as a required comment otherwise, so the build
 * names the file until an editor states it.
 */
export function renderOrganizationFile(org: OrganizationProposal, sourceName: string): string {
  const fields = {
    id: org.id,
    name: org.name,
    ...(org.acronym ? { acronym: org.acronym } : {}),
    ...(org.kind ? { kind: org.kind } : {}),
  };
  const lines = [
    `# Proposed by \`npm run import\` from ${sourceName}: check the name against the organisation's own site.`,
    stringify(fields, { lineWidth: 0 }).trimEnd(),
  ];
  if (!org.kind) {
    lines.push(`# kind: ?  # REQUIRED, the source does not say: ${organizationKind.options.join(' | ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A unified line diff between the file on disk and the new text, empty when they are equal. */
export function lineDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(path, path, before, after, 'on disk', 'imported', { context: 2 });
}

/** Acronyms in brackets: "… Innovation Programme (EIP)" → "EIP". */
function acronymsOf(names: readonly string[]): string[] {
  return names.flatMap((name) =>
    [...name.matchAll(/\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\)/gu)].map((match) => match[1] ?? ''),
  );
}

/** Existing projects with the same slug, title, other name or bracketed acronym. */
export function findDuplicates(record: ProjectRecord, slug: string, projects: readonly KnownProject[]): string[] {
  const names = [record.title ?? '', ...(record.otherNames ?? [])].filter(Boolean);
  const keys = new Set(names.map(matchKey));
  const acronyms = new Set(acronymsOf(names));
  return projects
    .filter((project) => {
      if (project.slug === slug) return true;
      if (project.names.some((name) => keys.has(matchKey(name)))) return true;
      return acronymsOf(project.names).some((acronym) => acronyms.has(acronym));
    })
    .map((project) => project.file);
}
