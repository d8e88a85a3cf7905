/**
 * npm run build: checks the content, builds the site (astro build, then the Pagefind index
 * in shards, reusing unchanged ones from ASTRO_CACHE_DIR) into a folder beside OUT_DIR, and swaps it in only when every step succeeded. A failed build
 * therefore never touches the last good site. Content problems are printed as one report, and
 * nothing else, before Astro starts.
 * Exit code: 0 when the site was built, 1 when the content has problems, else the failed step's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { astroNodeOptions, buildEnv } from '../src/env.ts';
import { formatIssues } from '../src/model/content/issues.ts';
import { loadContent } from '../src/model/content/load.ts';

const ROOT = resolve(import.meta.dirname, '..');
const outDir = resolve(ROOT, buildEnv.outDir);
const staging = `${outDir}.building`;
const previous = `${outDir}.previous`;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const result = spawnSync(join(ROOT, 'node_modules/.bin', command), args, { cwd: ROOT, env, stdio: 'inherit' });
  return result.status ?? 1;
}

function fail(code: number, step: string): never {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `the last good site in ${outDir} was left as it was` : 'nothing was written';
  console.error(`\n${step} failed; ${kept}.`);
  process.exit(code);
}

const { issues } = loadContent(buildEnv.contentDir);
if (issues.length) {
  console.error(formatIssues(issues));
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
const env = {
  ...process.env,
  OUT_DIR: staging,
  ASTRO_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: astroNodeOptions(process.env.NODE_OPTIONS, totalmem()),
};
const astro = run('astro', ['build'], env);
if (astro !== 0) fail(astro, 'astro build');
// The search index, in shards; unchanged shards come from the cache (src/search-shards/).
const pagefind = run('node', ['scripts/search-index.ts'], env);
if (pagefind !== 0) fail(pagefind, 'The Pagefind index');

// Two renames: the old site is moved aside, not deleted, until the new one is in place.
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
