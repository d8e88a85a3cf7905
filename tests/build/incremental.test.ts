/**
 * Incremental builds (Astro's `experimental.incrementalBuild` with the keys of
 * src/portfolio/page-keys.ts) must never serve a stale page: the real `npm run build` runs on
 * the bundled content, a donor is renamed, and the site is rebuilt with the same cache. The
 * rebuild must have reused pages, and must equal, byte for byte, a cold build of the renamed
 * content; the new name must be on every page that showed the old one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, expect, test } from 'vitest';
import { OUTPUT, prepareContent, runBuild, TEST_SITE_URL } from '../helpers/build.ts';

const content = prepareContent('incremental-content');
const OLD_NAME = 'United States Agency for International Development';
const NEW_NAME = 'Zeta Renamed Development Agency';
// A sentence added to a translation's body: only the Russian page shows it.
const TRANSLATION_FILE = 'projects/collaborative-governance-program.ru.md';
const NEW_SENTENCE = 'Новое предложение для проверки пересборки.';

async function build(name: string): Promise<{ dist: string; output: string }> {
  const dist = join(OUTPUT, name, 'dist');
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    OUT_DIR: dist,
    ASTRO_CACHE_DIR: join(OUTPUT, name, 'cache'),
    BUILD_DATE: '2024-06-01',
    SITE_URL: TEST_SITE_URL,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const { stdout, stderr } = await runBuild(join(OUTPUT, name), env);
  // Astro colours its log when CI is set: the words are what the tests read.
  return { dist, output: stripVTControlCharacters(stdout + stderr) };
}

/** Every file below `dir` with its bytes' SHA-256, and the files whose text contains `needle`. */
function scan(dir: string, needle: string) {
  const digests = new Map<string, string>();
  const containing: string[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    digests.set(file, createHash('sha256').update(bytes).digest('hex'));
    if (bytes.includes(needle)) containing.push(file);
  }
  return { digests, containing };
}

let before: ReturnType<typeof scan>;
let after: ReturnType<typeof scan>;
let cold: ReturnType<typeof scan>;
let rebuildOutput = '';

beforeAll(async () => {
  rmSync(join(OUTPUT, 'incremental'), { recursive: true, force: true });
  rmSync(join(OUTPUT, 'incremental-cold'), { recursive: true, force: true });
  const first = await build('incremental');
  before = scan(first.dist, OLD_NAME);
  const file = join(content, 'organizations', 'usaid.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(`name: "${OLD_NAME}"`, `name: "${NEW_NAME}"`));
  const translation = join(content, TRANSLATION_FILE);
  writeFileSync(translation, `${readFileSync(translation, 'utf8').trimEnd()}\n\n${NEW_SENTENCE}\n`);
  const rebuilt = await build('incremental');
  rebuildOutput = rebuilt.output;
  after = scan(rebuilt.dist, NEW_NAME);
  cold = scan((await build('incremental-cold')).dist, NEW_NAME);
}, 600_000);

test('the rebuild reused unchanged pages from the cache', () => {
  expect(rebuildOutput).toMatch(/\/projects\/[a-z0-9-]+\/index\.html \((?:cached|restored)\)/);
});

test('the renamed donor is on every page and file that showed the old name, and the old name is gone', () => {
  expect(before.containing.length).toBeGreaterThan(5);
  expect(before.containing).toContain('projects/collaborative-governance-program/index.html');
  expect(after.containing).toEqual(expect.arrayContaining(before.containing));
  expect(scan(join(OUTPUT, 'incremental', 'dist'), OLD_NAME).containing).toEqual([]);
});

test('an edited translation reaches its page in that language, and only there', () => {
  const pages = scan(join(OUTPUT, 'incremental', 'dist'), NEW_SENTENCE).containing.filter((file) =>
    file.endsWith('.html'),
  );
  expect(pages).toEqual(['ru/projects/collaborative-governance-program/index.html']);
});

test('the incremental rebuild equals a cold build of the same content, byte for byte', () => {
  expect([...after.digests.keys()]).toEqual([...cold.digests.keys()]);
  const differing = [...cold.digests].filter(([file, hash]) => after.digests.get(file) !== hash).map(([f]) => f);
  expect(differing).toEqual([]);
  expect(after.containing).toEqual(cold.containing);
});
