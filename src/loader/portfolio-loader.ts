import { join, relative, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildEnv } from '../env.ts';
import { bodiesDir, hasBody, pruneBodies, writeBody } from '../markdown/body-store.ts';
import { renderAllMarkdown } from '../markdown/pool.ts';
import { ContentError, formatIssues } from '../model/content/issues.ts';
import { type LoadedContent, loadContent } from '../model/content/load.ts';
import { setProblems } from './problems.ts';

/** Where each collection's rendered bodies are kept, by entry digest (see src/markdown/body-store.ts). */
const bodiesOf = (collection: CollectionName) => bodiesDir(buildEnv.cacheDir, collection);

export type CollectionName =
  | 'projects'
  | 'translations'
  | 'organizations'
  | 'regions'
  | 'solutions'
  | 'sdgs'
  | 'exchangeRates';

// Every collection comes from one validated read of the content folder; reading it once per
// sync keeps the integrity checks (which span files) in one place and the build fast.
let cached: { dir: string; content: LoadedContent } | undefined;

function load(): LoadedContent {
  const dir = buildEnv.contentDir;
  if (cached?.dir !== dir) cached = { dir, content: loadContent(dir) };
  return cached.content;
}

// In `astro dev`, each collection's context, so one change to the content folder re-syncs all.
const live = new Map<CollectionName, LoaderContext>();
let watching = false;
let pending: ReturnType<typeof setTimeout> | undefined;
let syncing: Promise<void> = Promise.resolve();

/** An Astro content loader for one collection of the portfolio's content folder. */
export function portfolioLoader(collection: CollectionName): Loader {
  return {
    name: `portfolio-${collection}`,
    load: async (context) => {
      const content = load();
      if (!context.watcher) {
        if (content.issues.length) throw new ContentError(content.issues);
        await fill(collection, content, context);
        return;
      }
      live.set(collection, context);
      watch(context);
      report(content, context);
      if (!content.issues.length) await fill(collection, content, context);
    },
  };
}

/**
 * Watches the content folder (which may lie outside the project) and re-syncs every collection
 * after a change: edits, new and deleted files show without a restart.
 */
function watch(context: LoaderContext): void {
  if (watching || !context.watcher) return;
  watching = true;
  const dir = buildEnv.contentDir;
  context.watcher.add(dir);
  context.watcher.on('all', (_event, path) => {
    if (path !== dir && !path.startsWith(dir + sep)) return;
    // Editors save in bursts (a rename, then a write); one sync after the last event.
    clearTimeout(pending);
    pending = setTimeout(() => {
      syncing = syncing.then(resync, resync);
    }, 100);
  });
}

async function resync(): Promise<void> {
  cached = undefined;
  const content = load();
  const [first] = live.values();
  if (first) report(content, first);
  if (content.issues.length) return;
  for (const [collection, context] of live) await fill(collection, content, context);
}

let lastReport = '';

/** In `astro dev`: prints the report once per change and hands it to the middleware's error page. */
function report(content: LoadedContent, context: LoaderContext): void {
  setProblems(content.issues);
  const text = content.issues.length ? formatIssues(content.issues) : '';
  if (text === lastReport) return;
  lastReport = text;
  if (text) context.logger.error(`\n${text}`);
  else context.logger.info('content is fine again');
}

async function fill(collection: CollectionName, content: LoadedContent, context: LoaderContext): Promise<void> {
  const { store, parseData, generateDigest, config } = context;
  const bodies = bodiesOf(collection);
  const entries: { id: string; data: Record<string, unknown>; body?: string; filePath?: string }[] = [];
  switch (collection) {
    case 'projects':
      for (const project of content.projects) {
        const filePath = relative(new URL(config.root).pathname, project.path);
        entries.push({ id: project.slug, data: project.data, body: project.body, filePath });
      }
      break;
    case 'translations':
      for (const translation of content.translations) {
        const filePath = relative(new URL(config.root).pathname, join(buildEnv.contentDir, '..', translation.file));
        entries.push({
          id: `${translation.slug}.${translation.lang}`,
          data: { ...translation.data, slug: translation.slug, lang: translation.lang },
          body: translation.body,
          filePath,
        });
      }
      break;
    case 'organizations':
      for (const org of content.vocabulary.organizations.values()) entries.push({ id: org.id, data: org });
      break;
    case 'regions':
      for (const region of content.vocabulary.regions.values()) entries.push({ id: region.id, data: region });
      break;
    case 'solutions':
      for (const solution of content.vocabulary.solutions.values()) entries.push({ id: solution.id, data: solution });
      break;
    case 'sdgs':
      for (const sdg of content.vocabulary.sdgs.values()) entries.push({ id: String(sdg.number), data: sdg });
      break;
    case 'exchangeRates':
      if (content.rates) entries.push({ id: 'rates', data: content.rates });
      break;
  }

  const keep = new Set(entries.map((entry) => entry.id));
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  // Unchanged entries (same digest as in the cached store) are skipped: a rebuild after one edit
  // re-renders one body, not all of them. The base path is in the digest because body links are
  // rebased under it.
  const changed = entries
    .map((entry) => ({
      ...entry,
      digest: generateDigest(JSON.stringify(entry.data) + (entry.body ?? '') + buildEnv.base),
    }))
    .filter(
      (entry) =>
        store.get(entry.id)?.digest !== entry.digest || (entry.body !== undefined && !hasBody(bodies, entry.digest)),
    );
  const markdown = changed.flatMap((entry) => (entry.body === undefined ? [] : [entry.body]));
  const html = await renderAllMarkdown(markdown, { base: buildEnv.base });
  let next = 0;
  for (const entry of changed) {
    const data = entry.filePath
      ? await parseData({ id: entry.id, data: entry.data, filePath: entry.filePath })
      : entry.data;
    // The store keeps front matter only: bodies go to their own files, so the store (written
    // as one string) stays far below V8's string limit at 100,000 projects.
    if (entry.body !== undefined) writeBody(bodies, entry.digest, html[next++] ?? '');
    store.set({
      id: entry.id,
      data,
      digest: entry.digest,
      ...(entry.filePath === undefined ? {} : { filePath: entry.filePath }),
    });
  }
  if (collection === 'projects' || collection === 'translations') {
    pruneBodies(bodies, new Set(entries.map((entry) => String(store.get(entry.id)?.digest))));
  }
}
