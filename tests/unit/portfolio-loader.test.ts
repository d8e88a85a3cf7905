/**
 * The real Astro content loader, run against a fake of the few parts of Astro's LoaderContext
 * it calls: a data store, a digest function, the schema pass, the project root and, in
 * `astro dev`, the watcher and the logger. Each test gets a fresh copy of the module, as each
 * build is a fresh process.
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CollectionName } from '../../src/loader/portfolio-loader.ts';
import { bodiesDir, readBody } from '../../src/markdown/body-store.ts';
import { loadContent } from '../../src/model/content/load.ts';
import { ROOT } from '../helpers/build.ts';

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
  rendered?: { html: string };
}

/** Astro's store, reduced to the calls the loader makes, recording each write. */
class FakeStore {
  readonly entries = new Map<string, StoredEntry>();
  readonly written: string[] = [];
  keys = () => [...this.entries.keys()];
  get = (id: string) => this.entries.get(id);
  delete = (id: string) => void this.entries.delete(id);
  set = (entry: StoredEntry) => {
    this.written.push(entry.id);
    this.entries.set(entry.id, entry);
    return true;
  };
}

// The project root is the parent of the content folder, as in the repository.
const root = mkdtempSync(join(tmpdir(), 'portfolio-loader-'));
const contentDir = join(root, 'content');
const cacheDir = join(root, 'cache');
/** The rendered body the loader stored for an entry (bodies live beside the store, by digest). */
const bodyOf = (entry: StoredEntry | undefined) => readBody(bodiesDir(cacheDir), entry?.digest ?? 'none');
cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
const parsed: { id: string; filePath?: string }[] = [];
const logged: string[] = [];

/** The context of `astro build`; with `watcher`, the context of `astro dev`. */
function context(store: FakeStore, watcher?: EventEmitter & { add: (path: string) => void }): LoaderContext {
  return {
    store,
    config: { root: pathToFileURL(`${root}/`) },
    generateDigest: (data: string) => createHash('sha256').update(data).digest('hex'),
    parseData: async (props: { id: string; data: Record<string, unknown>; filePath?: string }) => {
      parsed.push({ id: props.id, ...(props.filePath ? { filePath: props.filePath } : {}) });
      return props.data;
    },
    logger: { error: (text: string) => logged.push(text), info: (text: string) => logged.push(text) },
    ...(watcher ? { watcher } : {}),
  } as unknown as LoaderContext;
}

type LoaderModule = typeof import('../../src/loader/portfolio-loader.ts');

/** A fresh loader module, reading the content folder from the environment as src/env.ts does on import. */
async function freshLoader(): Promise<LoaderModule> {
  vi.resetModules();
  vi.stubEnv('CONTENT_DIR', contentDir);
  vi.stubEnv('ASTRO_CACHE_DIR', cacheDir);
  return import('../../src/loader/portfolio-loader.ts');
}

let loader: LoaderModule;
beforeEach(async () => {
  loader = await freshLoader();
  parsed.length = 0;
  logged.length = 0;
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

async function loaded(collection: CollectionName, store = new FakeStore()): Promise<FakeStore> {
  await loader.portfolioLoader(collection).load(context(store));
  return store;
}

const content = loadContent(join(ROOT, 'content'));

describe('each collection holds its part of the content folder', () => {
  test.each<[CollectionName, string[]]>([
    ['projects', content.projects.map((project) => project.slug)],
    ['organizations', [...content.vocabulary.organizations.keys()]],
    ['regions', [...content.vocabulary.regions.keys()]],
    ['solutions', [...content.vocabulary.solutions.keys()]],
    ['sdgs', Array.from({ length: 17 }, (_, i) => String(i + 1))],
    ['exchangeRates', ['rates']],
  ])('%s', async (collection, ids) => {
    const store = await loaded(collection);
    expect(ids.length).toBeGreaterThan(0);
    expect(store.keys().sort()).toEqual([...ids].sort());
    // Only project entries go through the schema pass (for their image), with their file.
    expect(parsed.map((call) => call.id).sort()).toEqual(collection === 'projects' ? [...ids].sort() : []);
  });

  test('a vocabulary entry is the model record itself', async () => {
    const store = await loaded('organizations');
    expect(store.get('usaid')?.data).toEqual(content.vocabulary.organizations.get('usaid'));
    expect(store.get('usaid')?.rendered).toBeUndefined();
  });
});

describe('project entries', () => {
  test('carry the model data and the file path from the project root; the rendered body is stored by digest', async () => {
    const store = await loaded('projects');
    const aimak = store.get('successful-aimak-2');
    const model = content.projects.find((project) => project.slug === 'successful-aimak-2');
    expect(aimak?.data).toEqual(model?.data);
    expect(aimak?.filePath).toBe('content/projects/successful-aimak-2.md');
    expect(parsed).toContainEqual({ id: 'successful-aimak-2', filePath: 'content/projects/successful-aimak-2.md' });
    expect(bodyOf(aimak)).toMatch(/<h2[^>]*>Expected impact and results<\/h2>/);
    // The store holds no body, neither Markdown nor HTML: bodies are files by digest.
    expect(aimak).not.toHaveProperty('body');
    expect(aimak).not.toHaveProperty('rendered');
  });
});

describe('the store across loads', () => {
  test('an entry no longer in the content folder is removed', async () => {
    const store = new FakeStore();
    store.set({ id: 'deleted-project', data: {}, digest: 'x' });
    await loaded('projects', store);
    expect(store.keys()).not.toContain('deleted-project');
  });

  test('unchanged entries are not written again by the next build; a changed one is', async () => {
    const store = await loaded('projects');
    const slugs = store.keys();
    store.written.length = 0;
    loader = await freshLoader();
    await loaded('projects', store);
    expect(store.written).toEqual([]);

    const file = join(contentDir, 'projects/successful-aimak-2.md');
    const original = content.projects.find((project) => project.slug === 'successful-aimak-2')?.body ?? '';
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(original.trim(), `${original.trim()}\n\nOne more paragraph.`));
    try {
      loader = await freshLoader();
      await loaded('projects', store);
      expect(store.written).toEqual(['successful-aimak-2']);
      expect(bodyOf(store.get('successful-aimak-2'))).toContain('<p>One more paragraph.</p>');
      expect(store.keys().sort()).toEqual(slugs.sort());
    } finally {
      writeFileSync(file, text);
    }
  });

  test('a body missing from the cache is rendered again; the body of an edited record is pruned', async () => {
    const store = await loaded('projects');
    const aimak = store.get('successful-aimak-2');
    rmSync(join(bodiesDir(cacheDir), `${aimak?.digest}.html`));
    store.written.length = 0;
    loader = await freshLoader();
    await loaded('projects', store);
    expect(store.written).toEqual(['successful-aimak-2']);
    expect(bodyOf(aimak)).toMatch(/Expected impact and results/);

    const file = join(contentDir, 'projects/successful-aimak-2.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}\nAnother paragraph.\n`);
    try {
      loader = await freshLoader();
      await loaded('projects', store);
      expect(store.get('successful-aimak-2')?.digest).not.toBe(aimak?.digest);
      expect(() => bodyOf(aimak)).toThrow(/missing from the build cache/);
      expect(readdirSync(bodiesDir(cacheDir)).length).toBe(store.keys().length);
    } finally {
      writeFileSync(file, text);
    }
  });

  test('a build reads the folder once for all its collections', async () => {
    const file = join(contentDir, 'projects/added-later.md');
    writeFileSync(file, '---\ntitle: Added later\nsummary: A new project.\n---\n\nBody.\n');
    try {
      expect((await loaded('projects')).keys()).toContain('added-later');
      // Removed during the build: the folder as read at its start still stands.
      rmSync(file);
      expect((await loaded('projects')).keys()).toContain('added-later');
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe('in astro dev', () => {
  /** Astro's watcher: an emitter the loader also adds the content folder to. */
  const devWatcher = () => Object.assign(new EventEmitter().setMaxListeners(0), { add: vi.fn() });

  test('the content folder is watched, and a new file, an edit and a mistake reach the store and the log', async () => {
    const watcher = devWatcher();
    const store = new FakeStore();
    await loader.portfolioLoader('projects').load(context(store, watcher));
    expect(watcher.add).toHaveBeenCalledWith(contentDir);
    expect(store.keys()).not.toContain('added-live');

    const file = join(contentDir, 'projects/added-live.md');
    try {
      writeFileSync(file, '---\ntitle: Added live\nsummary: A new project.\n---\n\nBody.\n');
      watcher.emit('all', 'add', file);
      await vi.waitFor(() => expect(store.keys()).toContain('added-live'), { timeout: 3000 });

      writeFileSync(file, '---\ntitle: Added live\nsummary: A new project.\ndonors: [usiad]\n---\n');
      watcher.emit('all', 'change', file);
      await vi.waitFor(() => expect(logged.join('\n')).toContain('unknown organisation "usiad"'), { timeout: 3000 });
      // A mistake keeps the last good entries rather than emptying the site.
      expect(store.keys()).toContain('added-live');

      rmSync(file);
      watcher.emit('all', 'unlink', file);
      await vi.waitFor(() => expect(store.keys()).not.toContain('added-live'), { timeout: 3000 });
      expect(logged.at(-1)).toMatch(/fine again/);
    } finally {
      rmSync(file, { force: true });
    }
  });

  test('changes outside the content folder are ignored', async () => {
    const watcher = devWatcher();
    const store = new FakeStore();
    await loader.portfolioLoader('projects').load(context(store, watcher));
    store.written.length = 0;
    watcher.emit('all', 'change', join(root, 'src/pages/index.astro'));
    await sleep(300);
    expect(store.written).toEqual([]);
  });
});

describe('content with mistakes', () => {
  test('stops the load with every problem, naming file and field, and writes nothing', async () => {
    const file = join(contentDir, 'projects/broken.md');
    writeFileSync(file, '---\ntitle: Broken\nsummary: S.\ndonors: [usiad]\nstart: Sept 2021\n---\n');
    try {
      const store = new FakeStore();
      const failure = await loaded('projects', store).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      const { name, message, issues } = failure as Error & { issues: { file: string; field?: string }[] };
      expect(name).toBe('ContentError');
      expect(message).toMatch(/^2 problems in 1 file; the site was not built\./);
      expect(message).toContain('content/projects/broken.md:4  donors[0]: unknown organisation "usiad"');
      expect(message).toMatch(/content\/projects\/broken\.md:5 {2}start: .*did you mean "2021-09"/);
      expect(issues.map((issue) => issue.field).sort()).toEqual(['donors[0]', 'start']);
      expect(store.written).toEqual([]);
    } finally {
      rmSync(file);
    }
  });
});
