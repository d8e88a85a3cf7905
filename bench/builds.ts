/**
 * The builds compared at each size, each run as separate measured steps: the full site exactly
 * as `npm run build` runs it, the same site in its default language only (what the other
 * languages cost), the minimal Astro baseline, and Eleventy. The baselines write one page per
 * record in each of the site's languages, so that they do the same amount of work.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { astroNodeOptions } from '../src/env.ts';
import { withBuildLock } from '../tests/helpers/build-lock.ts';
import { measure, type StepResult } from './measure.ts';

export const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');

export type BuildName = 'full' | 'full-one-language' | 'astro-minimal' | 'eleventy';

export interface BuildResult {
  name: BuildName;
  steps: StepResult[];
  wallMs: number;
  cpuMs: number;
  /** The largest peak of any step: steps run one after another, so peaks do not add up. */
  peakRssMiB: number;
  ok: boolean;
  outDir: string;
  /** The languages built (every page, or every baseline record, once in each). Absent in older runs. */
  locales?: string[];
  /** Where astro build spent its time, from its own log (full site and Astro baseline). */
  astroPhases?: AstroPhases;
  /** What pagefind said it indexed. */
  indexedPages?: number;
}

/**
 * The two heavy steps `npm run build` (scripts/build.ts) runs, measured one by one as for the
 * baselines; the script adds only a content check before them and a folder swap after. The
 * second is the sharded Pagefind index (src/search-shards/), reusing unchanged shards from
 * ASTRO_CACHE_DIR on a rebuild; it prints "Running Pagefind …" and "Indexed N pages" as the CLI does.
 */
export function fullBuildSteps(): string[] {
  return ['astro build', 'node scripts/search-index.ts'];
}

function stepsFor(name: BuildName): string[] {
  switch (name) {
    case 'full':
    case 'full-one-language':
      return fullBuildSteps();
    case 'astro-minimal':
      return ['astro build --root bench/baselines/astro-minimal', 'pagefind --site "$OUT_DIR"'];
    case 'eleventy':
      return ['eleventy --config=bench/baselines/eleventy/eleventy.config.mjs', 'pagefind --site "$OUT_DIR"'];
  }
}

export interface BuildOptions {
  contentDir: string;
  workDir: string;
  /** Keep the output and cache of a previous build (the edit-one-file rebuild). */
  keep?: boolean;
  label?: string;
  /**
   * The site's languages, default first (`siteConfig.locales`). The full site builds them all
   * (`SITE_LOCALES`), `full-one-language` the first only, and each baseline writes a page per
   * record in each (`BASELINE_LOCALES`). Default: English only.
   */
  locales?: readonly string[];
}

/** The languages a build produces, given the site's. */
export function buildLocales(name: BuildName, siteLocales: readonly string[]): string[] {
  return name === 'full-one-language' ? siteLocales.slice(0, 1) : [...siteLocales];
}

export async function build(name: BuildName, options: BuildOptions): Promise<BuildResult> {
  const dir = join(options.workDir, name);
  const outDir = join(dir, 'dist');
  const cacheDir = join(dir, 'cache');
  if (!options.keep) rmSync(dir, { recursive: true, force: true });
  const locales = buildLocales(name, options.locales ?? ['en']);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Node 24 from node_modules first: the system node is too old for Astro 7.
    PATH: `${BIN}:${process.env.PATH ?? ''}`,
    CONTENT_DIR: options.contentDir,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    BASE_PATH: '/',
    BUILD_DATE: '2024-06-01',
    ASTRO_TELEMETRY_DISABLED: '1',
    // The heap npm run build gives Astro (scripts/build.ts), for every build compared alike.
    NODE_OPTIONS: astroNodeOptions(process.env.NODE_OPTIONS, totalmem()),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    SITE_LOCALES: locales.join(','),
    BASELINE_LOCALES: locales.join(','),
  };
  mkdirSync(dir, { recursive: true });
  const steps: StepResult[] = [];
  const run = async () => {
    for (const [index, command] of stepsFor(name).entries()) {
      const stepName = command
        .split(/\s+/)
        .slice(0, command.startsWith('astro') ? 2 : 1)
        .join(' ');
      const logFile = join(dir, `${options.label ?? 'build'}-${index}.log`);
      rmSync(logFile, { force: true });
      const result = await measure(stepName, command, { cwd: ROOT, env, logFile });
      steps.push(result);
      if (!result.ok) break;
    }
  };
  // The site's own builds write Astro's `.astro/` folder in the project root, so they take turns
  // with any other build of this checkout (tests/helpers/build-lock.ts); the baselines have roots
  // of their own and run freely.
  if (name === 'full' || name === 'full-one-language') await withBuildLock(run);
  else await run();
  const logs = steps.map((_, index) => readFileSync(join(dir, `${options.label ?? 'build'}-${index}.log`), 'utf8'));
  const astroLog = logs.find((text) => text.includes('[build]'));
  const pagefindLog = logs.find((text) => text.includes('Running Pagefind'));
  const indexed = pagefindLog && /Indexed (\d+) pages/.exec(pagefindLog)?.[1];
  return {
    name,
    steps,
    wallMs: steps.reduce((sum, step) => sum + step.wallMs, 0),
    cpuMs: steps.reduce((sum, step) => sum + step.cpuMs, 0),
    peakRssMiB: Math.max(0, ...steps.map((step) => step.peakRssMiB)),
    ok: steps.length === stepsFor(name).length && steps.every((step) => step.ok),
    outDir,
    locales,
    ...(astroLog ? { astroPhases: astroPhases(astroLog) } : {}),
    ...(indexed ? { indexedPages: Number(indexed) } : {}),
  };
}

export interface AstroPhases {
  /** "[types] Generated": content layer sync plus type generation. */
  syncMs?: number;
  /** "[vite] built in": bundling. */
  viteMs?: number;
  /** "generating static routes … Completed in": rendering every page. */
  renderMs?: number;
  /** Sum of the per-page "(+N ms)" times, by top-level folder: where rendering time goes. */
  renderBySection: Record<string, { pages: number; ms: number }>;
}

/** Reads astro build's own log; the per-page lines are how Astro reports render cost. */
export function astroPhases(log: string): AstroPhases {
  // Astro writes "812ms", "3.67s" or "1m 39s".
  const DURATION = String.raw`((?:\d+m\s*)?\d+(?:\.\d+)?(?:ms|s)|\d+m)`;
  const seconds = (prefix: string) => {
    const text = new RegExp(prefix + DURATION).exec(log)?.[1];
    if (!text) return undefined;
    let total = 0;
    for (const [, value, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m)/g)) {
      total += Number(value) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000);
    }
    return Math.round(total);
  };
  const renderBySection: AstroPhases['renderBySection'] = {};
  for (const match of log.matchAll(/[├└]─ (\/[^\s]*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const path = match[1] as string;
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const parts = path.split('/').filter(Boolean);
    // /projects/x/index.html → /projects/; top-level /x/index.html pages (the baselines' records,
    // /search/) share one row.
    const section = parts.length > 2 ? `/${parts[0]}/` : parts.length === 2 ? '/*/index.html' : path;
    const entry = renderBySection[section] ?? { pages: 0, ms: 0 };
    renderBySection[section] = entry;
    entry.pages++;
    entry.ms += ms;
  }
  for (const entry of Object.values(renderBySection)) entry.ms = Math.round(entry.ms);
  const synced = seconds(String.raw`\[types\] Generated `);
  const vite = seconds(String.raw`\[vite\] ✓ built in `);
  const render = seconds(String.raw`generating static routes[\s\S]*?✓ Completed in `);
  return {
    ...(synced === undefined ? {} : { syncMs: synced }),
    ...(vite === undefined ? {} : { viteMs: vite }),
    ...(render === undefined ? {} : { renderMs: render }),
    renderBySection,
  };
}
