/**
 * The live preview: a real `astro dev` server on a temporary copy of the content, outside the
 * project folder. Edits, new files, deleted files, a mistake and its fix must each show without
 * a restart. Waits poll the server; they time out generously and never assert on speed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build.ts';
import { withBuildLock } from '../helpers/build-lock.ts';

const work = mkdtempSync(join(tmpdir(), 'dev-preview-'));
const content = join(work, 'content');
const aimak = join(content, 'projects/successful-aimak-2.md');
let server: ChildProcess | undefined;
let origin = '';
let log = '';
let releaseLock: () => void = () => {};

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function page(path: string): Promise<{ status: number; html: string }> {
  try {
    const response = await fetch(origin + path);
    return { status: response.status, html: await response.text() };
  } catch {
    return { status: 0, html: '' };
  }
}

/** Polls `path` until `ok` holds; returns the last response and how long it took. */
async function waitFor(path: string, ok: (result: { status: number; html: string }) => boolean, limitMs = 30_000) {
  const started = Date.now();
  for (;;) {
    const result = await page(path);
    if (ok(result)) return { ...result, ms: Date.now() - started };
    if (Date.now() - started > limitMs) {
      throw new Error(
        `gave up on ${path} (last status ${result.status}): ${result.html.slice(0, 600)}\nserver log:\n${log}`,
      );
    }
    await sleep(100);
  }
}

beforeAll(async () => {
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  // astro dev writes the project's .astro/ folder, as builds do; take turns with them.
  await new Promise<void>((started) => {
    void withBuildLock(
      () =>
        new Promise<void>((release) => {
          releaseLock = release;
          started();
        }),
    );
  });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    // Only what a terminal would have: Vitest's own variables (MODE, BASE_URL, SSR…) confuse Vite.
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CONTENT_DIR: content,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      BUILD_DATE: '2024-06-01',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => {
    log += String(chunk);
  });
  server.stderr?.on('data', (chunk) => {
    log += String(chunk);
  });
  await waitFor('/projects/successful-aimak-2/', (result) => result.status === 200, 120_000);
}, 180_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  releaseLock();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev on a content folder outside the project', () => {
  test('an edited project shows its new title', async () => {
    writeFileSync(
      aimak,
      readFileSync(aimak, 'utf8').replace('title: Successful Aimak 2', 'title: Successful Aimak Two'),
    );
    const result = await waitFor('/projects/successful-aimak-2/', ({ html }) => html.includes('Successful Aimak Two'));
    expect(result.html).toContain('<h1');
    console.info(`edit shown after ${result.ms} ms`);
  });

  test('an edited vocabulary file shows on the pages that use it', async () => {
    const file = join(content, 'organizations/union-of-local-self-governments.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'name: "Union of Local Self-Governments"',
        'name: "Union of Local Self-Governments (renamed)"',
      ),
    );
    const result = await waitFor('/projects/successful-aimak-2/', ({ html }) =>
      html.includes('Union of Local Self-Governments (renamed)'),
    );
    console.info(`vocabulary edit shown after ${result.ms} ms`);
  });

  test('a new project file gets its page', async () => {
    expect((await page('/projects/brand-new-project/')).status).toBe(404);
    writeFileSync(
      join(content, 'projects/brand-new-project.md'),
      '---\ntitle: Brand new project\nsummary: Added while the preview runs.\n---\n\nHello.\n',
    );
    const result = await waitFor('/projects/brand-new-project/', ({ status }) => status === 200);
    expect(result.html).toContain('Brand new project');
    console.info(`new page shown after ${result.ms} ms`);
  });

  test('a deleted project file loses its page', async () => {
    rmSync(join(content, 'projects/brand-new-project.md'));
    const result = await waitFor('/projects/brand-new-project/', ({ status }) => status === 404);
    console.info(`deleted page gone after ${result.ms} ms`);
  });

  test('a mistake shows the build report on the page and in the terminal', async () => {
    writeFileSync(aimak, readFileSync(aimak, 'utf8').replace('start: 2021-09', 'start: Sept 2021'));
    const result = await waitFor('/projects/successful-aimak-2/', ({ status }) => status === 500);
    expect(result.html).toContain('The content has 1 problem in 1 file');
    expect(result.html).toMatch(
      /content\/projects\/successful-aimak-2\.md:\d+ {2}start: &#34;Sept 2021&#34; is not a date/,
    );
    expect(result.html).toContain('did you mean &#34;2021-09&#34;?');
    expect(log).toMatch(/content\/projects\/successful-aimak-2\.md:\d+ {2}start: "Sept 2021" is not a date/);
    console.info(`mistake shown after ${result.ms} ms`);
  });

  test('the fix brings the page back', async () => {
    writeFileSync(aimak, readFileSync(aimak, 'utf8').replace('start: Sept 2021', 'start: 2021-09'));
    const result = await waitFor('/projects/successful-aimak-2/', ({ status }) => status === 200);
    expect(result.html).toContain('Successful Aimak Two');
    console.info(`fix shown after ${result.ms} ms`);
  });

  test('a 10,000-character title and unbroken URLs do not widen the page', async () => {
    const long = 'Unbroken'.repeat(1250);
    const url = `https://example.org/${'segment'.repeat(200)}`;
    writeFileSync(
      join(content, 'projects/long-words.md'),
      `---\ntitle: ${long}\nsummary: Long words.\nlinks:\n  - { label: "${url}", url: "${url}" }\n---\n\n${long}\n\n<${url}>\n`,
    );
    await waitFor('/projects/long-words/', ({ status }) => status === 200);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage({ viewport: { width: 360, height: 800 } });
      await tab.goto(`${origin}/projects/long-words/`);
      // The dev server may reload the page once more as the content syncs: measure once it holds still.
      const width = () =>
        tab
          .waitForLoadState('load')
          .then(() => tab.evaluate(() => document.documentElement.scrollWidth))
          .catch(() => Number.POSITIVE_INFINITY);
      await expect.poll(width, { timeout: 15_000 }).toBeLessThanOrEqual(360);
    } finally {
      await browser.close();
      rmSync(join(content, 'projects/long-words.md'));
    }
  });
});
