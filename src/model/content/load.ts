import { existsSync, lstatSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { z } from 'zod';
import {
  type ExchangeRates,
  exchangeRatesSchema,
  type Organization,
  organizationSchema,
  type ProjectData,
  projectSchema,
  type Region,
  regionSchema,
  type Sdg,
  type Solution,
  sdgSchema,
  solutionSchema,
  type Vocabulary,
} from '../schemas/index.ts';
import { isSlug, slugify } from '../slugs.ts';
import { checkBody } from './body-limits.ts';
import { zodIssues } from './explain.ts';
import { listFolder } from './files.ts';
import { checkImage } from './images.ts';
import type { ContentIssue } from './issues.ts';
import { lineOf, parseFrontMatter, parseYaml, readText, type YamlSource } from './read.ts';
import { type LoadedTranslation, matchTranslations, readTranslation, translationTarget } from './translations.ts';

const EMPTY_ORGANISATION =
  'the file is empty; an organisation needs at least id (its file name without .yaml), name and kind, e.g.\n  id: usaid\n  name: United States Agency for International Development\n  kind: bilateral donor';

/** A validated project file. */
export interface LoadedProject {
  /** URL slug: the `slug` field, or the file name without `.md`. */
  slug: string;
  /** Absolute path of the file. */
  path: string;
  /** Path as shown to editors, relative to the content folder's parent. */
  file: string;
  data: ProjectData;
  /** The Markdown body. */
  body: string;
}

export interface LoadedContent {
  vocabulary: Vocabulary;
  rates: ExchangeRates | undefined;
  projects: LoadedProject[];
  /** Translation files (`<slug>.<lang>.md`) whose main record exists. */
  translations: LoadedTranslation[];
  issues: ContentIssue[];
}

const PROJECT_EXTENSIONS = ['.md', '.markdown'];
const YAML_EXTENSIONS = ['.yaml', '.yml'];

/**
 * Reads and validates the whole content folder, collecting every problem rather than
 * stopping at the first, so one run tells an editor everything to fix.
 */
export function loadContent(dir: string): LoadedContent {
  const issues: ContentIssue[] = [];
  const shown = (path: string) => relative(dirname(dir), path) || path;

  const readYamlFile = (path: string, emptyMessage?: string) => {
    if (!isPlainFile(path, issues, shown)) return undefined;
    const read = readText(path, emptyMessage);
    if (!read.ok) return void issues.push({ file: shown(path), line: read.line, message: read.message });
    const parsed = parseYaml(read.text);
    if (!parsed.ok) return void issues.push({ file: shown(path), line: parsed.line, message: parsed.message });
    return parsed;
  };

  const parseYamlFile = <S extends z.ZodType>(
    path: string,
    schema: S,
    emptyMessage?: string,
  ): { value: z.output<S>; yaml: YamlSource } | undefined => {
    const parsed = readYamlFile(path, emptyMessage);
    if (!parsed) return undefined;
    const result = schema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      issues.push(...zodIssues(result.error.issues, shown(path), parsed.yaml, schema));
      return undefined;
    }
    return { value: result.data, yaml: parsed.yaml };
  };

  const listFile = <T>(name: string, schema: z.ZodType<T>, key: (item: T) => string | number) => {
    const path = join(dir, name);
    const map = new Map<string | number, T>();
    if (!existsSync(path)) {
      issues.push({
        file: shown(path),
        message: `the vocabulary file is missing; create ${name} (see README.md, "Vocabularies")`,
      });
      return new Unchecked<string | number, T>();
    }
    const parsed = readYamlFile(path);
    if (!parsed) return new Unchecked<string | number, T>();
    if (!Array.isArray(parsed.data)) {
      issues.push({
        file: shown(path),
        line: parsed.yaml.lineOffset + 1,
        message: `${name} must be a list of entries, each line starting with "- "`,
      });
      return new Unchecked<string | number, T>();
    }
    // Each entry is checked on its own, so one bad entry is reported once, at that entry; its id
    // stays known, so projects that use it do not get false "unknown" errors as well.
    parsed.data.forEach((raw: unknown, index) => {
      const result = schema.safeParse(raw, { reportInput: true });
      const item = result.success ? result.data : (raw as T);
      if (!result.success) {
        const moved = result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));
        issues.push(...zodIssues(moved, shown(path), parsed.yaml, z.array(schema)));
      }
      const k = item && typeof item === 'object' ? key(item) : undefined;
      if (k === undefined || k === null) return;
      if (map.has(k)) {
        issues.push({
          file: shown(path),
          line: lineOf(parsed.yaml, [index]),
          field: `[${index}]`,
          message: `duplicate id "${k}"; each entry needs its own id`,
        });
      }
      map.set(k, item);
    });
    return map;
  };

  const organizations = new Map<string, Organization>();
  const organizationFiles = new Map<string, string>();
  for (const path of folderFiles(join(dir, 'organizations'), YAML_EXTENSIONS, issues, shown)) {
    const loaded = parseYamlFile(path, organizationSchema, EMPTY_ORGANISATION);
    if (!loaded) continue;
    const org = loaded.value;
    const fileId = basename(path, extname(path));
    if (org.id !== fileId) {
      issues.push({
        file: shown(path),
        line: lineOf(loaded.yaml, ['id']),
        field: 'id',
        message: `the id "${org.id}" differs from the file name "${basename(path)}"; rename the file to "${org.id}${extname(path)}" or set id: ${fileId}`,
      });
    }
    const other = organizationFiles.get(org.id);
    if (other) {
      issues.push({
        file: shown(path),
        line: lineOf(loaded.yaml, ['id']),
        field: 'id',
        message: `duplicate organisation id "${org.id}", already used by ${other}; give one of them another id`,
      });
      continue;
    }
    organizations.set(org.id, org);
    organizationFiles.set(org.id, shown(path));
  }

  const vocabulary: Vocabulary = {
    organizations,
    regions: listFile<Region>('regions.yaml', regionSchema, (r) => r.id) as Map<string, Region>,
    solutions: listFile<Solution>('solutions.yaml', solutionSchema, (s) => s.id) as Map<string, Solution>,
    sdgs: listFile<Sdg>('sdgs.yaml', sdgSchema, (s) => s.number) as Map<number, Sdg>,
  };
  const ratesPath = join(dir, 'exchange-rates.yaml');
  const rates = existsSync(ratesPath) ? parseYamlFile(ratesPath, exchangeRatesSchema)?.value : undefined;

  const schema = projectSchema(vocabulary);
  const projects: LoadedProject[] = [];
  const bySlug = new Map<string, LoadedProject>();
  const translations: LoadedTranslation[] = [];
  const attempted: string[] = [];
  for (const path of projectFiles(join(dir, 'projects'), issues, shown)) {
    const file = shown(path);
    if (!isPlainFile(path, issues, shown)) continue;
    if (translationTarget(path)) {
      const translation = readTranslation(path, file, issues);
      if (translation) translations.push(translation);
      continue;
    }
    attempted.push(path);
    const read = readText(path);
    if (!read.ok) {
      issues.push({ file, line: read.line, message: read.message });
      continue;
    }
    const front = parseFrontMatter(read.text);
    if (!front.ok) {
      issues.push({ file, line: front.line, message: front.message });
      continue;
    }
    const result = schema.safeParse(front.data, { reportInput: true });
    if (!result.success) {
      issues.push(...zodIssues(result.error.issues, file, front.yaml, schema));
      continue;
    }
    const data = result.data;
    const slug = data.slug ?? basename(path, extname(path));
    if (!data.slug && !isSlug(slug)) {
      const suggestion = slugify(slug);
      issues.push({
        file,
        message: suggestion
          ? `the file name "${basename(path)}" is not a valid URL slug; rename it to "${suggestion}.md"`
          : `the file name "${basename(path)}" has no Latin letters, so it cannot be a web address; rename it with the title transliterated into Latin letters, lowercase words joined by hyphens (e.g. "proekt-razvitiya.md")`,
      });
      continue;
    }
    const tooComplex = checkBody(front.body);
    if (tooComplex) {
      issues.push({ file, line: front.bodyLine + tooComplex.line - 1, message: tooComplex.message });
      continue;
    }
    if (data.image) {
      const problem = checkImage(data.image.src, dirname(path), dir);
      if (problem) {
        issues.push({ file, line: lineOf(front.yaml, ['image', 'src']), field: 'image.src', message: problem });
        continue;
      }
    }
    const twin = bySlug.get(slug);
    if (twin) {
      issues.push({
        file,
        field: 'slug',
        message: `duplicate slug "${slug}", also used by ${twin.file}; two projects cannot share an address, so set a different \`slug\` or rename one file`,
      });
      continue;
    }
    const project: LoadedProject = { slug, path, file, data, body: front.body };
    bySlug.set(slug, project);
    projects.push(project);
  }
  const records = new Map(projects.map((project) => [project.slug, { file: project.file, lang: project.data.lang }]));
  const loaded = new Set(projects.map((project) => project.path));
  const failed = new Set(attempted.filter((path) => !loaded.has(path)).map((path) => basename(path, extname(path))));
  return {
    vocabulary,
    rates,
    projects,
    translations: matchTranslations(translations, records, failed, issues),
    issues,
  };
}

/**
 * The entries of a vocabulary file that could not be read: its problem is reported once, and
 * references to it are not checked, so projects do not get false "unknown" errors as well.
 */
class Unchecked<K, V> extends Map<K, V> {
  override has(): boolean {
    return true;
  }
}

function folderFiles(
  dir: string,
  accept: readonly string[],
  issues: ContentIssue[],
  shown: (path: string) => string,
  options: { images?: boolean } = {},
): string[] {
  if (!existsSync(dir)) return [];
  const listing = listFolder(dir, accept, shown, options);
  issues.push(...listing.issues);
  return listing.files;
}

function projectFiles(dir: string, issues: ContentIssue[], shown: (path: string) => string): string[] {
  if (!existsSync(dir)) {
    issues.push({
      file: shown(dir),
      message: 'the projects folder is missing; create it and add one .md file per project',
    });
    return [];
  }
  return folderFiles(dir, PROJECT_EXTENSIONS, issues, shown, { images: true });
}

/**
 * Whether `path` is a regular file; a symlink or folder in its place is reported. Symlinks are
 * never followed, so the report cannot print a file from elsewhere on the machine.
 */
function isPlainFile(path: string, issues: ContentIssue[], shown: (path: string) => string): boolean {
  const stat = lstatSync(path);
  if (stat.isFile()) return true;
  issues.push({
    file: shown(path),
    message: stat.isSymbolicLink()
      ? 'is a symbolic link, which is not followed (it could point outside the content folder); replace it with a copy of the file'
      : 'is a folder, not a file; a content file must be a plain text file',
  });
  return false;
}
