/**
 * The one place the environment is read. Every setting a build takes from outside is
 * resolved here and passed on as a typed value, so the model and the site's modules stay pure.
 */
import { resolve } from 'node:path';
import { DEFAULT_SHARD_PAGES } from './search-shards/plan.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** Settings a build or a CLI takes from the environment. */
export interface BuildEnv {
  /** Absolute path of the content folder (`CONTENT_DIR`, default `content/`). */
  contentDir: string;
  /** "Today" as UTC midnight in ms (`BUILD_DATE=YYYY-MM-DD`, else `SOURCE_DATE_EPOCH`, else the clock). */
  buildDate: number;
  /** Path prefix the site is served under, always with both slashes (`BASE_PATH`, default `/`). */
  base: string;
  /** Absolute origin for canonical URLs (`SITE_URL`), if set. */
  siteUrl: string | undefined;
  /** Prefix of "Edit this page" links (`EDIT_URL`), if set. */
  editUrl: string | undefined;
  /** Output folder (`OUT_DIR`, default `./dist`). */
  outDir: string;
  /** Astro's cache folder (`ASTRO_CACHE_DIR`). */
  cacheDir: string;
  /** Language codes to build (`SITE_LOCALES=en`), checked by `selectLocales`; unset: every configured one. */
  siteLocales: string[] | undefined;
  /** Most project pages of one language in one search-index shard (`SEARCH_SHARD_PAGES`, default 10,000). */
  searchShardPages: number;
}

/** `portfolio` → `/portfolio/`; empty → `/`. */
export function normaliseBase(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The build's "today", as UTC midnight in milliseconds: the only input that depends on the clock. */
export function buildDateFrom(env: Env, now = Date.now()): number {
  if (env.BUILD_DATE) {
    const parsed = Date.parse(`${env.BUILD_DATE}T00:00:00Z`);
    if (Number.isNaN(parsed)) throw new Error(`BUILD_DATE="${env.BUILD_DATE}" is not a date; use YYYY-MM-DD`);
    return parsed;
  }
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) * 1000 : now;
  const day = new Date(epoch);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
}

/** `' en, RU,en '` → `['en', 'ru']`: the codes of `SITE_LOCALES`, lower case, each once; empty → unset. */
export function localeList(value: string | undefined): string[] | undefined {
  const codes = [...new Set((value ?? '').split(',').map((code) => code.trim().toLowerCase()))].filter(Boolean);
  return codes.length ? codes : undefined;
}

/**
 * The languages a build produces: those of `configured` (default language first) that
 * `SITE_LOCALES` names, in the configured order; all of them when it is unset. A code the site has
 * no language for, or a list without the default language (its pages are the site's root),
 * is refused with the allowed values, so a typo never builds a site in the wrong languages.
 */
export function selectLocales<L extends string>(
  requested: readonly string[] | undefined,
  configured: readonly L[],
  defaultLocale: L,
): L[] {
  if (!requested) return [...configured];
  const allowed = `allowed: ${configured.join(', ')}, comma-separated, with the default language ${defaultLocale}`;
  const unknown = requested.filter((code) => !(configured as readonly string[]).includes(code));
  if (unknown.length) {
    throw new Error(
      `SITE_LOCALES="${requested.join(',')}": ${unknown.map((code) => `"${code}"`).join(', ')} is not a language of the site (${allowed})`,
    );
  }
  if (!requested.includes(defaultLocale)) {
    throw new Error(
      `SITE_LOCALES="${requested.join(',')}" leaves out the default language "${defaultLocale}", whose pages are the site's root (${allowed})`,
    );
  }
  return configured.filter((code) => requested.includes(code));
}

/** `SEARCH_SHARD_PAGES`: a whole number ≥ 1, else the default. */
export function shardPagesFrom(value: string | undefined): number {
  if (!value) return DEFAULT_SHARD_PAGES;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1)
    throw new Error(`SEARCH_SHARD_PAGES="${value}" is not a whole number of pages ≥ 1`);
  return pages;
}

/**
 * `NODE_OPTIONS` for the `astro build` child: as given, plus a heap limit of 3/4 of the
 * machine's memory when none is set. Astro holds every resolved project and the paths of every
 * page while it renders; Node's default heap (about 4 GB) runs out near 100,000 projects.
 */
export function astroNodeOptions(nodeOptions: string | undefined, totalBytes: number): string {
  const given = (nodeOptions ?? '').trim();
  if (/--max-old-space-size/.test(given)) return given;
  const heap = `--max-old-space-size=${Math.floor((totalBytes / 2 ** 20) * 0.75)}`;
  return given ? `${given} ${heap}` : heap;
}

/** Reads every setting from `env` (default: the process environment). */
export function readEnv(env: Env = process.env, now = Date.now()): BuildEnv {
  return {
    contentDir: resolve(env.CONTENT_DIR || 'content'),
    buildDate: buildDateFrom(env, now),
    base: normaliseBase(env.BASE_PATH ?? '/'),
    siteUrl: env.SITE_URL || undefined,
    editUrl: env.EDIT_URL || undefined,
    outDir: env.OUT_DIR || './dist',
    cacheDir: env.ASTRO_CACHE_DIR || './node_modules/.astro',
    siteLocales: localeList(env.SITE_LOCALES),
    searchShardPages: shardPagesFrom(env.SEARCH_SHARD_PAGES),
  };
}

/** This process's settings, read once. */
export const buildEnv: BuildEnv = readEnv();
