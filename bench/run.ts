/**
 * `npm run bench -- [--projects 1000,10000] [--quick] [--write] [--no-language-compare] [--builds …]`
 *
 * For each size: generate records, validate them with the site's own loader, build the full
 * site, the same site in its default language only (what the other languages add), the minimal
 * Astro baseline and Eleventy (each step measured on its own; the baselines write a page per
 * record in each of the site's languages), weigh the
 * output, measure search in Chromium, then edit one record and rebuild. Writes the raw figures
 * as JSON and a Markdown report; exits non-zero if any step failed, so `--quick` in CI keeps
 * the harness from rotting.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/model/content/load.ts';
import { siteConfig } from '../src/site.config.ts';
import { type BuildName, build, ROOT } from './builds.ts';
import { type GeneratedProject, generate, writeContent } from './generate.ts';
import { type BenchResults, renderReport, type SizeResult } from './report.ts';
import { measureSearch, PROFILES, type QueryKind } from './search.ts';
import { htmlBySection, largestPages, pagefindLanguages, pagefindMetaBytes, pageWeight, treeSize } from './sizes.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    'language-compare': { type: 'boolean', default: true },
    projects: { type: 'string' },
    quick: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    seed: { type: 'string', default: '20240601' },
    repeats: { type: 'string' },
    builds: { type: 'string' },
    report: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'npm run bench -- [--projects 1000,10000] [--quick] [--write] [--seed N] [--repeats N] [--no-language-compare]\n' +
      '  --quick   100 projects, one run per search (CI smoke test); results go to bench/.work/\n' +
      '  --write   write BENCHMARKS.md and bench/results/ even with --quick\n' +
      '  --no-language-compare   skip the default-language-only build of the full site (for huge sizes)\n' +
      '  --builds astro-minimal,eleventy   only these builds (of full, full-one-language, astro-minimal, eleventy);\n' +
      '            without full there is no search or rebuild step, and the figures go to bench/results/ only\n' +
      '  --report bench/results/X.json   only re-render BENCHMARKS.md from saved figures (e.g. after editing bench/analysis.md)',
  );
  process.exit(0);
}
if (values.report) {
  const saved = JSON.parse(readFileSync(values.report, 'utf8')) as BenchResults;
  const target =
    saved.quick && !values.write ? join(ROOT, 'bench', '.work', 'BENCHMARKS.md') : join(ROOT, 'BENCHMARKS.md');
  writeFileSync(target, renderReport(saved, { jsonPath: relative(ROOT, resolve(values.report)) }));
  console.log(`wrote ${relative(ROOT, target)} from ${values.report}`);
  process.exit(0);
}

const quick = values.quick;
const sizes = (values.projects ?? (quick ? '100' : '1000,10000')).split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`--projects takes sizes ≥ 10, e.g. 1000,10000`);
const seed = Number(values.seed);
const repeats = Number(values.repeats ?? (quick ? 1 : 3));
const WORK = join(ROOT, 'bench', '.work');
const publish = values.write || !quick;
/** The site's languages, default first; the baselines write a page per record in each. */
const locales = siteConfig.locales;
// With one language there is no second one to measure.
const compareLanguages = values['language-compare'] && locales.length > 1;
/** The builds asked for (`--builds`), in their usual order; every one by default. */
const ALL_BUILDS: readonly BuildName[] = ['full', 'full-one-language', 'astro-minimal', 'eleventy'];
const chosenBuilds = values.builds?.split(',').map((name) => name.trim()) ?? ALL_BUILDS;
const unknownBuilds = chosenBuilds.filter((name) => !ALL_BUILDS.includes(name as BuildName));
if (unknownBuilds.length)
  throw new Error(`--builds: unknown ${unknownBuilds.join(', ')}; choose from ${ALL_BUILDS.join(', ')}`);
const builds = ALL_BUILDS.filter(
  (name) => chosenBuilds.includes(name) && (name !== 'full-one-language' || compareLanguages),
);
/** A run without the full site measures baselines only: it must not replace BENCHMARKS.md. */
const baselinesOnly = !builds.includes('full');
const failures: string[] = [];
const started = performance.now();

function log(message: string): void {
  const line = `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`;
  console.log(line);
  appendFileSync(join(WORK, 'bench.log'), `${line}\n`);
}

function fail(message: string): void {
  failures.push(message);
  log(`FAILED: ${message}`);
}

/** Query pairs (cold, then warm/hot) of each kind, from terms known to be in the records. */
function queryKinds(projects: readonly GeneratedProject[]): QueryKind[] {
  const a = projects[Math.floor(projects.length / 3)] as GeneratedProject;
  const b = projects[Math.floor((2 * projects.length) / 3)] as GeneratedProject;
  return [
    { kind: 'common word', first: { term: 'water' }, second: { term: 'training' } },
    { kind: 'two words', first: { term: 'water supply' }, second: { term: 'legal aid' } },
    { kind: 'rare term', first: { term: a.uniqueTerms[0] ?? '' }, second: { term: b.uniqueTerms[2] ?? '' } },
    { kind: 'prefix', first: { term: 'municip' }, second: { term: 'vaccin' } },
    {
      kind: 'word + filter',
      first: { term: 'governance', filters: { country: 'KG' } },
      second: { term: 'health', filters: { country: 'TJ' } },
    },
    {
      kind: 'filter alone',
      first: { term: null, filters: { donor: 'usaid' } },
      second: { term: null, filters: { donor: 'european-commission' } },
    },
  ];
}

async function runSize(count: number): Promise<SizeResult> {
  const work = join(WORK, `n${count}`);
  const contentDir = join(work, 'content');
  log(`${count} projects: generating (seed ${seed})`);
  let t = performance.now();
  const projects = generate(count, seed);
  writeContent(contentDir, join(ROOT, 'content'), projects, seed);
  const generateMs = Math.round(performance.now() - t);

  t = performance.now();
  const loaded = loadContent(contentDir);
  const validateMs = Math.round(performance.now() - t);
  const result: SizeResult = { projects: count, generateMs, validateMs, builds: {}, checks: [] };
  if (loaded.issues.length || loaded.projects.length !== count) {
    for (const issue of loaded.issues.slice(0, 30)) {
      console.error(`  ${issue.file}${issue.line ? `:${issue.line}` : ''} ${issue.field ?? ''} ${issue.message}`);
    }
    fail(`${count}: generated content does not validate (${loaded.issues.length} issues)`);
    return result;
  }

  for (const name of builds) {
    log(`${count} projects: building ${name}`);
    const built = await build(name, { contentDir, workDir: work, locales });
    result.builds[name] = built;
    for (const step of built.steps) {
      log(
        `  ${step.name}: ${(step.wallMs / 1000).toFixed(1)} s wall, ${(step.cpuMs / 1000).toFixed(1)} s CPU, ${step.peakRssMiB} MiB`,
      );
    }
    if (!built.ok) {
      const bad = built.steps.find((step) => !step.ok);
      console.error(bad?.tail);
      fail(`${count}: ${name} build failed at "${bad?.command}" (exit ${bad?.exitCode})`);
    } else if (built.indexedPages !== undefined && built.indexedPages < count) {
      fail(`${count}: ${name}: pagefind indexed ${built.indexedPages} pages, expected ${count}`);
    }
  }
  // What the languages after the first add: the same site built with and without them.
  const one = result.builds['full-one-language'];
  if (result.builds.full?.ok && one?.ok) {
    result.languageCost = Object.fromEntries(
      (['full', 'full-one-language'] as const).map((name) => {
        const dir = result.builds[name]?.outDir as string;
        return [name, { dist: treeSize(dir), pagefind: pagefindLanguages(dir) }];
      }),
    );
  }
  const full = result.builds.full;
  if (!full?.ok) return result;

  // A typical project page: the record with the median body length.
  const typical = [...projects].sort((x, y) => x.body.length - y.body.length)[Math.floor(projects.length / 2)];
  const pagePath = `/projects/${typical?.slug}/`;
  result.output = {
    dist: treeSize(full.outDir),
    pagefind: treeSize(join(full.outDir, 'pagefind')),
    page: pageWeight(full.outDir, pagePath),
    // The home page aggregates every project (map, timeline, charts): it must not grow with them.
    home: pageWeight(full.outDir, '/'),
    largestPages: largestPages(full.outDir),
    htmlBySection: htmlBySection(full.outDir),
    pagefindMeta: Object.fromEntries(
      (['full', 'astro-minimal', 'eleventy'] as const)
        .filter((name) => result.builds[name]?.ok)
        .map((name) => [name, pagefindMetaBytes(result.builds[name]?.outDir as string)]),
    ),
    baselines: Object.fromEntries(
      (['astro-minimal', 'eleventy'] as const)
        .filter((name) => result.builds[name]?.ok)
        .map((name) => [name, treeSize(result.builds[name]?.outDir as string)]),
    ),
  };

  log(`${count} projects: search in Chromium (${repeats} run(s) per query)`);
  try {
    const kinds = queryKinds(projects);
    const search = await measureSearch({
      distDir: full.outDir,
      pagePath,
      kinds,
      repeats,
      // --quick keeps CI short: throttling is exercised with one query kind only.
      ...(quick ? { throttledKinds: 1 } : {}),
    });
    result.search = search;
    for (const figure of search.figures) {
      if (figure.unavailable) continue;
      if (figure.kind === 'rare term' && figure.cold.results !== 1) {
        fail(`${count}: rare term found ${figure.cold.results} pages, expected exactly 1`);
      }
      if (figure.kind === 'common word' && figure.cold.results < Math.min(10, count / 10)) {
        fail(`${count}: common word found only ${figure.cold.results} pages`);
      }
    }
    result.checks.push(`rare term "${kinds[2]?.first.term}" → 1 page`);
    // Pagefind alone, over the minimal baseline's pages (no filters, sorts or metadata): what
    // any Pagefind site of this size pays, against which the full site's figures can be read.
    const base = result.builds['astro-minimal'];
    if (base?.ok) {
      log(`${count} projects: search over the minimal Astro baseline (loopback)`);
      result.baselineSearch = await measureSearch({
        distDir: base.outDir,
        pagePath: `/${typical?.slug}/`,
        kinds: kinds.slice(0, quick ? 1 : 4),
        repeats,
        profiles: PROFILES.slice(0, 1),
      });
    }
  } catch (error) {
    fail(`${count}: search measurement failed: ${(error as Error).stack ?? String(error)}`);
  }

  // Edit one record the way an editor would (a sentence added to the body), rebuild in place.
  const edited = projects[Math.floor(projects.length / 2)] as GeneratedProject;
  const file = join(contentDir, 'projects', `${edited.slug}.md`);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence added by the benchmark to time a rebuild.\n`);
  log(`${count} projects: rebuilding after editing ${edited.slug}.md`);
  const rebuild = await build('full', { contentDir, workDir: work, keep: true, label: 'rebuild', locales });
  result.rebuild = rebuild;
  if (!rebuild.ok) fail(`${count}: rebuild after one edit failed`);
  return result;
}

function versions(): Record<string, string> {
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  let chromium = 'unknown';
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // Reported as unknown; the search step fails on its own if Chromium is missing.
  }
  return {
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    eleventy: version('@11ty/eleventy'),
    'playwright-core': version('playwright-core'),
    chromium,
  };
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

mkdirSync(WORK, { recursive: true });
const cpuList = cpus();
const results: BenchResults = {
  date: new Date().toISOString().slice(0, 10),
  startedAt: new Date().toISOString(),
  quick,
  seed,
  repeats,
  machine: {
    cores: cpuList.length,
    cpu: cpuList[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    kernel: release(),
  },
  versions: versions(),
  locales: [...locales],
  languageCompare: builds.includes('full-one-language'),
  site: {
    commit: git(['rev-parse', '--short', 'HEAD']),
    // Uncommitted work by others in the same checkout is part of what gets built.
    uncommittedFiles: git(['status', '--porcelain', '--', 'src', 'astro.config.ts', 'package.json'])
      .split('\n')
      .filter(Boolean).length,
  },
  sizes: [],
  durationS: 0,
  failures,
};
log(`sizes ${sizes.join(', ')}; ${quick ? 'quick' : 'full'} run; log in bench/.work/bench.log`);
for (const count of sizes) {
  try {
    results.sizes.push(await runSize(count));
  } catch (error) {
    fail(`${count}: ${(error as Error).stack ?? String(error)}`);
  }
}
results.durationS = Math.round((performance.now() - started) / 1000);

const name = `${results.date}-${sizes.join('-')}${quick ? '-quick' : ''}${baselinesOnly ? `-${builds.join('-')}` : ''}`;
const jsonPath = publish ? join(ROOT, 'bench', 'results', `${name}.json`) : join(WORK, 'results', `${name}.json`);
const mdPath = publish && !baselinesOnly ? join(ROOT, 'BENCHMARKS.md') : join(WORK, 'BENCHMARKS.md');
mkdirSync(join(jsonPath, '..'), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(mdPath, renderReport(results, { jsonPath: jsonPath.slice(ROOT.length + 1) }));
log(`wrote ${jsonPath.slice(ROOT.length + 1)} and ${mdPath.slice(ROOT.length + 1)} in ${results.durationS} s`);
if (failures.length) {
  console.error(`\n${failures.length} step(s) failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
