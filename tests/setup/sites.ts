import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type BuildOptions, type BuildResult, buildSite, OUTPUT, prepareContent, ROOT } from '../helpers/build.ts';
import { type StaticServer, serve } from '../helpers/serve.ts';

/** A built site served on loopback. */
export interface ServedSite {
  /** Base path it was built and is served under, `/` or `/portfolio/`. */
  base: string;
  /** Origin plus base path. */
  url: string;
  /** The built `dist/` folder. */
  dist: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    // Every layer (build, e2e, quality): the fixture site, built once per base path.
    /** Content folder of the fixture site: the bundled content/ plus tests/fixtures/search-projects. */
    siteContent: string;
    /** `dist/` of the fixture site built at `/` (the five seeds plus the search fixtures). */
    siteDir: string;
    /** The fixture site built and served at `/` and under `/portfolio/`, root first. */
    searchSites: ServedSite[];
    /** The same builds as `searchSites` (the name the quality tests use). */
    qualitySites: ServedSite[];
    /** The same folder as `siteContent` (the name the search tests use). */
    searchContent: string;

    // Build and e2e layers.
    /** The fixture site at `/` with its search index forced into several shards (SHARDED_PAGES a shard). */
    shardedSite: ServedSite;

    // Build layer only.
    /** The bundled projects plus MANY generated ones, enough to paginate lists, built at `/`. */
    manyDir: string;
    /** What the build of `manyDir` printed: it has no SITE_URL. */
    manyOutput: string;
    /** tests/fixtures/invalid-content (plus a 5 MB body): the build must fail and print the report. */
    invalidBuild: BuildResult;

    // Quality layer only.
    /** A second build of the fixture site at `/`, for the reproducibility check. */
    qualityRebuild: string;
    /** tests/fixtures/xss-content, built and served at `/`. */
    xssSite: { url: string; dist: string };
    /** The xss fixture plus front-matter links with `javascript:` and `data:` URLs: must not build. */
    hostileLinkBuild: Omit<BuildResult, 'outDir'>;
  }
}

/** Generated projects added to the bundled five in the pagination site, so lists run to three pages. */
export const MANY = 115;

/** The site built at `/` among the provided builds. */
export function rootSite<S extends { base: string }>(sites: S[]): S {
  const site = sites.find((candidate) => candidate.base === '/');
  if (!site) throw new Error('the set-up built no site at /');
  return site;
}

/** Front-matter URLs the schema must refuse; the build of a folder containing them must fail. */
export const HOSTILE_LINK_FILES: Record<string, string> = {
  'projects/javascript-link.md': [
    '---',
    'title: Javascript link',
    'summary: A link whose URL is a script.',
    'links:',
    "  - { label: Click, url: 'javascript:alert(1)' }",
    '---',
    '',
  ].join('\n'),
  'projects/data-link.md': [
    '---',
    'title: Data link',
    'summary: A source whose URL is a data URI.',
    'source:',
    "  url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='",
    '---',
    '',
  ].join('\n'),
  'organizations/javascript-url.yaml': [
    'id: javascript-url',
    'name: Organisation with a script URL',
    'kind: NGO',
    "url: 'JaVaScRiPt:alert(1)'",
    '',
  ].join('\n'),
};

/**
 * Project pages per language in one search-index shard in the sharded fixture build: small
 * enough that the fixture's projects need three shards.
 */
export const SHARDED_PAGES = 4;

/** Pinned "today" for every build, so derived statuses do not drift with the calendar. */
const BUILD_DATE = '2024-06-01';

/** Set-up builds at once: each has a root of its own (privateRoot), and two fill both cores. */
const PARALLEL_BUILDS = 2;

/**
 * Vitest runs each layer's global set-up in this one process, one after another, with its own
 * copy of this module; the builds and servers they share therefore live on globalThis, and each
 * build is made the first time a layer asks for it, never twice.
 */
interface Shared {
  /** Builds and servers by name, made at most once per run. */
  made: Map<string, Promise<unknown>>;
  /** Builds running now. */
  running: number;
  /** Builds waiting for one of the PARALLEL_BUILDS slots, first come first served. */
  waiting: (() => void)[];
  servers: StaticServer[];
  /** Layers set up and not yet torn down; the last one closes the servers. */
  layers: number;
}
const KEY = Symbol.for('project-portfolio.test-sites');
const global = globalThis as Record<symbol, Shared | undefined>;
global[KEY] ??= { made: new Map(), running: 0, waiting: [], servers: [], layers: 0 };
const shared: Shared = global[KEY];

function once<T>(name: string, make: () => Promise<T>): Promise<T> {
  let made = shared.made.get(name) as Promise<T> | undefined;
  if (!made) {
    made = make();
    shared.made.set(name, made);
  }
  return made;
}

/** The real build, once one of the PARALLEL_BUILDS slots is free. */
async function build(
  name: string,
  contentDir: string,
  base = '/',
  settings: Pick<BuildOptions, 'siteUrl' | 'editUrl' | 'searchShardPages'> = {},
): Promise<BuildResult> {
  // A build that ends hands its slot straight to the first one waiting.
  if (shared.running < PARALLEL_BUILDS) shared.running++;
  else await new Promise<void>((resume) => shared.waiting.push(resume));
  try {
    return await buildSite(name, { contentDir, base, buildDate: BUILD_DATE, ...settings });
  } finally {
    const next = shared.waiting.shift();
    if (next) next();
    else shared.running--;
  }
}

/** A build that must succeed; its `dist/`. */
async function built(name: string, contentDir: string, base = '/'): Promise<string> {
  const result = await build(name, contentDir, base);
  if (result.code !== 0)
    throw new Error(`${name} (content ${contentDir}, base ${base}) did not build:\n${result.output}`);
  return result.outDir;
}

async function served(dist: string, base: string): Promise<ServedSite> {
  const server = await serve(dist, base);
  shared.servers.push(server);
  return { base, url: server.url, dist };
}

const fixtureContent = () =>
  once('fixture-content', async () => prepareContent('site-content', ['tests/fixtures/search-projects']));

const fixtureSite = (base: string) =>
  once(`fixture-site ${base}`, async () =>
    served(await built(base === '/' ? 'site' : 'site-portfolio', await fixtureContent(), base), base),
  );

const shardedSite = () =>
  once('sharded', async () => {
    const result = await build('site-shards', await fixtureContent(), '/', { searchShardPages: SHARDED_PAGES });
    if (result.code !== 0) throw new Error(`the sharded fixture site did not build:\n${result.output}`);
    return served(result.outDir, '/');
  });

const manySite = () =>
  once('many', async () => {
    const content = prepareContent('many-content');
    for (let i = 1; i <= MANY; i++) {
      const country = i % 3 === 0 ? 'TJ' : 'KG';
      writeFileSync(
        join(content, 'projects', `generated-${String(i).padStart(3, '0')}.md`),
        `---\ntitle: Generated project ${i}\nsummary: Project number ${i}.\ncountries: [${country}]\nstart: ${2000 + (i % 25)}\n---\n\nBody ${i}.\n`,
      );
    }
    // Built as a first deploy is: without SITE_URL or EDIT_URL.
    const result = await build('many', content, '/', { siteUrl: '', editUrl: '' });
    if (result.code !== 0) throw new Error(`many did not build:\n${result.output}`);
    return result;
  });

/** The invalid fixture gets its 5 MB file here rather than in git. */
const invalidBuild = () =>
  once('invalid', async () => {
    const content = join(OUTPUT, 'invalid-content');
    rmSync(content, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/invalid-content'), content, { recursive: true });
    writeFileSync(
      join(content, 'projects/huge-body.md'),
      `---\ntitle: Huge body\nsummary: A pasted report.\n---\n\n${'A pasted annual report. '.repeat(220_000)}`,
    );
    return build('invalid', content);
  });

const rebuild = () => once('rebuild', async () => built('site-again', await fixtureContent()));

const xssSite = () =>
  once('xss', async () => {
    const { url, dist } = await served(await built('xss', join(ROOT, 'tests/fixtures/xss-content')), '/');
    return { url, dist };
  });

const hostileLinkBuild = () =>
  once('hostile-links', async () => {
    // The xss test finds the report's lines by this folder name.
    const content = join(OUTPUT, 'quality-hostile-links-content');
    rmSync(content, { recursive: true, force: true });
    cpSync(join(ROOT, 'tests/fixtures/xss-content'), content, { recursive: true });
    for (const [file, text] of Object.entries(HOSTILE_LINK_FILES)) writeFileSync(join(content, file), text);
    const { code, output } = await build('hostile-links', content);
    return { code, output };
  });

/** What each layer needs beyond the fixture site; a layer not named here gets everything. */
const EXTRAS: Record<string, (project: TestProject) => Promise<void>> = {
  build: async (project) => {
    const [many, invalid, sharded] = await Promise.all([manySite(), invalidBuild(), shardedSite()]);
    project.provide('manyDir', many.outDir);
    project.provide('manyOutput', many.output);
    project.provide('invalidBuild', invalid);
    project.provide('shardedSite', sharded);
  },
  e2e: async (project) => {
    project.provide('shardedSite', await shardedSite());
  },
  quality: async (project) => {
    const [again, xss, hostile] = await Promise.all([rebuild(), xssSite(), hostileLinkBuild()]);
    project.provide('qualityRebuild', again);
    project.provide('xssSite', xss);
    project.provide('hostileLinkBuild', hostile);
  },
};

/**
 * The one global set-up of the build, e2e and quality layers. The fixture site (bundled
 * content plus tests/fixtures/search-projects) is built at `/` and under `/portfolio/` and
 * served; the builds that are genuinely different (pagination, invalid content, the
 * reproducibility rebuild, hostile content) are made only for the layer that reads them.
 * Running one layer (`npm run test:e2e`) builds only what that layer needs.
 */
export default async function setup(project: TestProject) {
  shared.layers++;
  // Every build this layer needs is asked for at once; they take PARALLEL_BUILDS slots in turn.
  const extras = EXTRAS[project.name];
  const [sites] = await Promise.all([
    Promise.all([fixtureSite('/'), fixtureSite('/portfolio/')]),
    extras ? extras(project) : Promise.all(Object.values(EXTRAS).map((provide) => provide(project))),
  ]);
  const content = await fixtureContent();
  project.provide('siteContent', content);
  project.provide('searchContent', content);
  project.provide('siteDir', rootSite(sites).dist);
  project.provide('searchSites', sites);
  project.provide('qualitySites', sites);
  return async () => {
    if (--shared.layers > 0) return;
    await Promise.all(shared.servers.splice(0).map((server) => server.close()));
    shared.made.clear();
  };
}
