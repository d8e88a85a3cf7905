import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
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
import { zodIssues } from './explain.ts';
import type { ContentIssue } from './issues.ts';
import { lineOf, parseFrontMatter, parseYaml, readText, type YamlSource } from './read.ts';

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
  issues: ContentIssue[];
}

const PROJECT_EXTENSIONS = new Set(['.md', '.markdown']);

/**
 * Reads and validates the whole content folder, collecting every problem rather than
 * stopping at the first, so one run tells an editor everything to fix.
 */
export function loadContent(dir: string): LoadedContent {
  const issues: ContentIssue[] = [];
  const shown = (path: string) => relative(dirname(dir), path) || path;

  const parseYamlFile = <S extends z.ZodType>(
    path: string,
    schema: S,
  ): { value: z.output<S>; yaml: YamlSource } | undefined => {
    const read = readText(path);
    if (!read.ok) return void issues.push({ file: shown(path), line: read.line, message: read.message });
    const parsed = parseYaml(read.text);
    if (!parsed.ok) return void issues.push({ file: shown(path), line: parsed.line, message: parsed.message });
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
      return map;
    }
    const loaded = parseYamlFile(path, z.array(schema));
    loaded?.value.forEach((item, index) => {
      const k = key(item);
      if (map.has(k)) {
        issues.push({
          file: shown(path),
          line: lineOf(loaded.yaml, [index]),
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
  for (const path of yamlFiles(join(dir, 'organizations'))) {
    const loaded = parseYamlFile(path, organizationSchema);
    if (!loaded) continue;
    const org = loaded.value;
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
  for (const path of projectFiles(join(dir, 'projects'), issues, shown)) {
    const file = shown(path);
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
      issues.push({
        file,
        message: `the file name "${basename(path)}" is not a valid URL slug; rename it to "${slugify(slug)}.md"`,
      });
      continue;
    }
    if (data.image) {
      const imagePath = resolve(dirname(path), data.image.src);
      const where = { file, line: lineOf(front.yaml, ['image', 'src']), field: 'image.src' };
      if (/^[a-z]+:/i.test(data.image.src)) {
        issues.push({
          ...where,
          message:
            'an image must be a local file next to the project (remote pictures break and cannot be optimised); download it, or remove `image` and keep the caption in the body',
        });
        continue;
      }
      if (!existsSync(imagePath)) {
        issues.push({
          ...where,
          message: `the image file "${data.image.src}" does not exist (looked for ${shown(imagePath)}); check the path, which is relative to the project file`,
        });
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
  return { vocabulary, rates, projects, issues };
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

function projectFiles(dir: string, issues: ContentIssue[], shown: (path: string) => string): string[] {
  if (!existsSync(dir)) {
    issues.push({
      file: shown(dir),
      message: 'the projects folder is missing; create it and add one .md file per project',
    });
    return [];
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && PROJECT_EXTENSIONS.has(extname(entry.name)))
    .map((entry) => join(dir, entry.name))
    .sort();
}
