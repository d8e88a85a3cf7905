/**
 * Everything the importer reads from the content folder: the vocabularies (through the
 * site's own loader, so ids mean the same thing), the gazetteer, and the existing projects
 * for the duplicate check.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../model/content/issues.ts';
import { loadContent } from '../model/content/load.ts';
import { readText } from '../model/content/read.ts';
import type { FieldContext } from './extract/fields.ts';
import { parseGazetteer } from './extract/gazetteer.ts';
import { buildOrganizationIndex } from './extract/organizations.ts';
import { buildPlaceIndex } from './extract/places.ts';

/** What an existing project is known by, for spotting a re-import. */
export interface KnownProject {
  file: string;
  slug: string;
  names: string[];
}

export interface ImportContext extends FieldContext {
  contentDir: string;
  projects: KnownProject[];
  /** Problems in the content folder or gazetteer; the import runs, but may miss matches. */
  problems: string[];
}

export function loadImportContext(dir: string): ImportContext {
  const content = loadContent(dir);
  const problems = content.issues.map(formatIssue);
  const gazetteerPath = join(dir, 'gazetteer.yaml');
  let entries: Parameters<typeof buildPlaceIndex>[0] = [];
  if (!existsSync(gazetteerPath)) {
    problems.push(`${gazetteerPath}: missing; place names will only resolve to countries and regions.yaml entries`);
  } else {
    const read = readText(gazetteerPath);
    const parsed = read.ok
      ? parseGazetteer(read.text, content.vocabulary.regions)
      : { ok: false as const, problems: [read.message] };
    problems.push(...parsed.problems.map((problem) => `${gazetteerPath}: ${problem}`));
    if (parsed.ok) entries = parsed.entries;
  }
  return {
    contentDir: dir,
    vocabulary: content.vocabulary,
    organizations: buildOrganizationIndex(content.vocabulary.organizations),
    places: buildPlaceIndex(entries, content.vocabulary.regions),
    projects: content.projects.map((project) => ({
      file: project.file,
      slug: project.slug,
      names: [project.data.title, ...project.data.otherNames],
    })),
    problems,
  };
}
