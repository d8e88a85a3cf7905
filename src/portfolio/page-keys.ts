/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied from the cache instead of rendered.
 * A key must therefore cover everything the page shows that does not come from code: the
 * project as resolved (so a renamed donor, region or solution changes it), the projects shown
 * beside it, its place in the portfolio's order, its rendered body and the build settings.
 * Pages that summarise projects (a facet value's pages and data files, the project list's pages)
 * are keyed by what they summarise: the projects, in order, as resolved. Pages over the whole
 * portfolio (the home page, the indexes, the portfolio-wide data files) get no key and are
 * always rendered.
 */
import { digestOf } from '../cache/digest-cache.ts';
import type { Project } from './portfolio.ts';

/** Settings from the environment that change what pages say (the code's own changes are Astro's to track). */
export interface KeySettings {
  base: string;
  siteUrl: string | undefined;
  editUrl: string | undefined;
  buildDate: number;
}

const text = (part: unknown) => (typeof part === 'string' ? part : JSON.stringify(part ?? null));

/** A key over any parts (each a string or JSON-serialisable value), prefixed by the settings. */
export function pageKey(settings: KeySettings, ...parts: readonly unknown[]): string {
  return digestOf([text(settings), ...parts.map(text)]);
}

export interface ProjectPageInput {
  project: Project;
  /** The projects listed as related on its page. */
  related: readonly Project[];
  /** Its position in the portfolio's order (a search sort key on the page). */
  order: number;
  /** The content entry's digest: front matter and Markdown body. */
  bodyDigest: string | number | undefined;
}

/** The key of a project's page. */
export function projectPageKey(
  settings: KeySettings,
  { project, related, order, bodyDigest }: ProjectPageInput,
): string {
  return pageKey(settings, 'project-page', project, related, order, String(bodyDigest ?? ''));
}

const projectDigests = new WeakMap<Project, string>();
const listDigests = new WeakMap<readonly Project[], string>();

/** A project as resolved (its organisations', regions' and solutions' names included), digested once a build. */
export function projectDigest(project: Project): string {
  let digest = projectDigests.get(project);
  if (digest === undefined) {
    digest = digestOf([JSON.stringify(project)]);
    projectDigests.set(project, digest);
  }
  return digest;
}

/** A list of projects, in order, digested once a build (lists are shared by every page that shows them). */
export function projectsDigest(projects: readonly Project[]): string {
  let digest = listDigests.get(projects);
  if (digest === undefined) {
    digest = digestOf(projects.map(projectDigest));
    listDigests.set(projects, digest);
  }
  return digest;
}

/**
 * The key of a page that shows nothing but `projects` (in their order) and its own `parts`: a
 * facet value's page, one page of a list, a data file. Editing a project changes the keys of
 * exactly the pages whose lists hold it.
 */
export function summaryPageKey(
  settings: KeySettings,
  kind: string,
  parts: readonly unknown[],
  projects: readonly Project[],
): string {
  return pageKey(settings, kind, ...parts, projectsDigest(projects));
}
