/**
 * `npm run screenshots`: builds the site from content/ (the real build: astro + pagefind),
 * serves it on loopback and saves the README's pictures of the home page and a project page
 * to docs/, from Chromium at 1280 px. `-- --project <slug>` picks another project.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { project: { type: 'string', default: 'successful-aimak-2' } } });

const work = mkdtempSync(join(tmpdir(), 'portfolio-screenshots-'));
const dist = join(work, 'dist');
try {
  console.log('Building the site from content/ …');
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache'), BASE_PATH: '/' },
  });
  const server = await serve(dist, '/');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme: 'light' });
    for (const [path, file] of [
      ['', 'screenshot-home.png'],
      [`projects/${values.project}/`, 'screenshot-project.png'],
    ] as const) {
      const response = await page.goto(`${server.url}${path}`);
      if (!response?.ok()) throw new Error(`${path || '/'} answered ${response?.status()}`);
      await page.screenshot({ path: join(ROOT, 'docs', file), animations: 'disabled', caret: 'hide' });
      console.log(`docs/${file}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
