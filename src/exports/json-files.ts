/**
 * JSON files as text. A project appears in about ten files (its own, the portfolio's, each
 * facet value's and organisation's), so its record is serialised once per build and the
 * files are joined from those texts: at 10,000 projects this is what keeps the data files
 * a small share of the build.
 */
import type { Vocabulary } from '../model/schemas/index.ts';
import type { Project } from '../portfolio/portfolio.ts';
import { memo } from './memo.ts';
import type { DataMeta } from './meta.ts';
import { organizationRecord, projectRecord, projectSummary, type RecordLinks, vocabularyRecords } from './records.ts';

/** JSON text of a document, on one line (files are for programs; browsers indent them). */
export function toJson(document: unknown): string {
  return `${JSON.stringify(document)}\n`;
}

/** A project's record as JSON text, made once per build. */
export const recordText = memo((project: Project, links: RecordLinks) => JSON.stringify(projectRecord(project, links)));

/** A project's compact row (see `projectSummary`) as JSON text, made once per build. */
export const summaryText = memo((project: Project, links: RecordLinks) =>
  JSON.stringify(projectSummary(project, links)),
);

/**
 * A list of projects as JSON text, `{ meta, count, projects }` with one compact row each whose
 * `dataUrl` is the full record: the file of a facet value or an organisation.
 */
export function projectListJson(meta: DataMeta, projects: readonly Project[], links: RecordLinks): string {
  const rows = projects.map((project) => summaryText(project, links)).join(',');
  return `{"meta":${JSON.stringify(meta)},"count":${projects.length},"projects":[${rows}]}\n`;
}

/** A file of projects as JSON text: `{ meta, count, projects }` with full records, one line. */
export function projectsJson(meta: DataMeta, projects: readonly Project[], links: RecordLinks): string {
  const records = projects.map((project) => recordText(project, links)).join(',');
  return `{"meta":${JSON.stringify(meta)},"count":${projects.length},"projects":[${records}]}\n`;
}

/** The whole portfolio as JSON text, the same document joined from the cached project records. */
export function portfolioJson(
  meta: DataMeta,
  projects: readonly Project[],
  vocabulary: Vocabulary,
  links: RecordLinks,
): string {
  const organizations = [...vocabulary.organizations.values()].map((org) => organizationRecord(org, projects, links));
  const head = projectsJson(meta, projects, links).trimEnd().slice(0, -1);
  return `${head},"organizations":${JSON.stringify(organizations)},"vocabularies":${JSON.stringify(vocabularyRecords(vocabulary))}}\n`;
}
