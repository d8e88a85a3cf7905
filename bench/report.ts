/**
 * The Markdown report: one main table (figures × sizes), the search table, the targets, and
 * the evidence a reader needs to see why a target is missed. Hand-written analysis lives in
 * bench/analysis.md and is copied in, so re-running the benchmark never loses it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildName, BuildResult } from './builds.ts';
import type { SearchFigures, SearchReport } from './search.ts';
import type { PagefindLanguage, PageWeight, TreeSize } from './sizes.ts';

export interface SizeResult {
  projects: number;
  generateMs: number;
  validateMs: number;
  builds: Partial<Record<BuildName, BuildResult>>;
  output?: {
    dist: TreeSize;
    pagefind: TreeSize;
    page: PageWeight;
    /** The home page, whose map, timeline and charts summarise every project. Absent in older runs. */
    home?: PageWeight;
    largestPages: { path: string; bytes: number }[];
    htmlBySection: Record<string, TreeSize>;
    /** Bytes of pf_meta per build (full, astro-minimal, eleventy). */
    pagefindMeta: Record<string, number>;
    baselines: Record<string, TreeSize>;
  };
  search?: SearchReport;
  /** The same text queries over the minimal Astro baseline's Pagefind index, loopback only. */
  baselineSearch?: SearchReport;
  rebuild?: BuildResult;
  /** The full site with every language and with the default one only (`full-one-language`): output and index per language. */
  languageCost?: Partial<Record<'full' | 'full-one-language', LanguageOutput>>;
  checks: string[];
}

/** What one build of the full site wrote, for the language comparison. */
export interface LanguageOutput {
  dist: TreeSize;
  /** Pagefind's index per language. */
  pagefind: Record<string, PagefindLanguage>;
}

export interface BenchResults {
  date: string;
  startedAt: string;
  quick: boolean;
  seed: number;
  repeats: number;
  machine: { cores: number; cpu: string; memoryGiB: number; kernel: string };
  versions: Record<string, string>;
  /** The site's languages, default first: the full site and the baselines build each. Absent in older runs. */
  locales?: string[];
  /** Whether the default-language-only build ran (`--no-language-compare` skips it). */
  languageCompare?: boolean;
  site: { commit: string; uncommittedFiles: number };
  sizes: SizeResult[];
  durationS: number;
  failures: string[];
}

const sec = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? 'n/a' : `${Math.round(value)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : 'n/a');
const num = (n: number) => n.toLocaleString('en-US');

function stepCell(build: BuildResult | undefined, index: number): string {
  const step = build?.steps[index];
  if (!step) return 'n/a';
  if (!step.ok) return `**failed** (exit ${step.exitCode})`;
  return `${sec(step.wallMs)} · ${sec(step.cpuMs)} CPU · ${num(step.peakRssMiB)} MiB`;
}

function totalCell(build: BuildResult | undefined): string {
  if (!build) return 'n/a';
  if (!build.ok) return '**failed**';
  return `**${sec(build.wallMs)}** · ${sec(build.cpuMs)} CPU · ${num(build.peakRssMiB)} MiB`;
}

function figure(size: SizeResult, kind: string, network: string, baseline = false): SearchFigures | undefined {
  return (baseline ? size.baselineSearch : size.search)?.figures.find((f) => f.kind === kind && f.network === network);
}

function mainTable(results: BenchResults): string[] {
  const sizes = results.sizes;
  const rows: [string, (size: SizeResult) => string][] = [
    ['Full site: `astro build`', (s) => stepCell(s.builds.full, 0)],
    ['Full site: `pagefind`', (s) => stepCell(s.builds.full, 1)],
    ['**Full site: total** (`npm run build`)', (s) => totalCell(s.builds.full)],
    ['Minimal Astro: `astro build`', (s) => stepCell(s.builds['astro-minimal'], 0)],
    ['Minimal Astro: `pagefind`', (s) => stepCell(s.builds['astro-minimal'], 1)],
    ['**Minimal Astro: total**', (s) => totalCell(s.builds['astro-minimal'])],
    ['Eleventy 3: `eleventy`', (s) => stepCell(s.builds.eleventy, 0)],
    ['Eleventy 3: `pagefind`', (s) => stepCell(s.builds.eleventy, 1)],
    ['**Eleventy 3: total**', (s) => totalCell(s.builds.eleventy)],
    [
      '**Full / minimal Astro** (wall · CPU · peak RSS)',
      (s) => {
        const [a, b] = [s.builds.full, s.builds['astro-minimal']];
        return `**${ratio(a?.wallMs, b?.wallMs)}** · ${ratio(a?.cpuMs, b?.cpuMs)} · ${ratio(a?.peakRssMiB, b?.peakRssMiB)}`;
      },
    ],
    [
      '**Full / Eleventy** (wall · CPU · peak RSS)',
      (s) => {
        const [a, b] = [s.builds.full, s.builds.eleventy];
        return `**${ratio(a?.wallMs, b?.wallMs)}** · ${ratio(a?.cpuMs, b?.cpuMs)} · ${ratio(a?.peakRssMiB, b?.peakRssMiB)}`;
      },
    ],
    ['Rebuild after editing one record (both steps)', (s) => totalCell(s.rebuild)],
    [
      'Load average before each step: full · minimal Astro · Eleventy · rebuild',
      (s) =>
        [s.builds.full, s.builds['astro-minimal'], s.builds.eleventy, s.rebuild]
          .map((b) => (b ? b.steps.map((step) => step.loadBefore.toFixed(1)).join('/') : 'n/a'))
          .join(' · '),
    ],
    [
      'Full site `astro build` phases: sync+types · bundle · render pages',
      (s) => {
        const p = s.builds.full?.astroPhases;
        return p ? `${sec(p.syncMs)} · ${sec(p.viteMs)} · ${sec(p.renderMs)}` : 'n/a';
      },
    ],
    ['`dist/` size (files)', (s) => (s.output ? `${mib(s.output.dist.bytes)} (${num(s.output.dist.files)})` : 'n/a')],
    [
      'Baseline output: minimal Astro · Eleventy (incl. Pagefind)',
      (s) =>
        s.output
          ? ['astro-minimal', 'eleventy']
              .map((n) => (s.output?.baselines[n] ? mib(s.output.baselines[n].bytes) : 'n/a'))
              .join(' · ')
          : 'n/a',
    ],
    [
      'Pagefind bundle (files)',
      (s) => (s.output ? `${mib(s.output.pagefind.bytes)} (${num(s.output.pagefind.files)})` : 'n/a'),
    ],
    [
      'Pagefind metadata every search loads first (`pf_meta`): full site · minimal Astro',
      (s) =>
        s.output
          ? ['full', 'astro-minimal']
              .map((n) => (s.output?.pagefindMeta[n] ? kib(s.output.pagefindMeta[n]) : 'n/a'))
              .join(' · ')
          : 'n/a',
    ],
    [
      'Project page: HTML + CSS, gzip · brotli',
      (s) => (s.output ? `${kib(s.output.page.htmlCss.gzip)} · ${kib(s.output.page.htmlCss.brotli)}` : 'n/a'),
    ],
    [
      'Home page: HTML (with its inline SVG) + CSS, gzip · brotli',
      (s) => (s.output?.home ? `${kib(s.output.home.htmlCss.gzip)} · ${kib(s.output.home.htmlCss.brotli)}` : 'n/a'),
    ],
    [
      'Project page: HTML alone · CSS alone (gzip)',
      (s) => (s.output ? `${kib(s.output.page.html.gzip)} · ${kib(s.output.page.css.gzip)}` : 'n/a'),
    ],
    [
      'Project page: JavaScript loaded (files, gzip)',
      (s) =>
        s.output
          ? `${s.output.page.js.files.length} files, ${kib(s.output.page.js.gzip)}; ${s.output.page.js.inlineScripts} inline (${num(s.output.page.js.inlineBytes)} B)`
          : 'n/a',
    ],
  ];
  for (const network of ['loopback', 'throttled']) {
    rows.push([
      `Search, cold, common word, ${network}: first result · ten · transferred`,
      (s) => {
        const f = figure(s, 'common word', network);
        return f
          ? `${ms(f.cold.firstResultMs)} · ${ms(f.cold.tenResultsMs)} · ${kib(f.cold.bytes)} / ${f.cold.requests} req`
          : 'n/a';
      },
    ]);
    rows.push([
      `Search, warm, common word, ${network}: first result · transferred`,
      (s) => {
        const f = figure(s, 'common word', network);
        return f ? `${ms(f.warm.firstResultMs)} · ${kib(f.warm.bytes)} / ${f.warm.requests} req` : 'n/a';
      },
    ]);
  }
  rows.push([
    'Pagefind alone (minimal Astro output), cold, common word, loopback: first result · transferred',
    (s) => {
      const f = figure(s, 'common word', 'loopback', true);
      return f ? `${ms(f.cold.firstResultMs)} · ${kib(f.cold.bytes)} / ${f.cold.requests} req` : 'n/a';
    },
  ]);
  rows.push([
    'Pagefind alone (minimal Astro output), warm, common word, loopback: first result · transferred',
    (s) => {
      const f = figure(s, 'common word', 'loopback', true);
      return f ? `${ms(f.warm.firstResultMs)} · ${kib(f.warm.bytes)} / ${f.warm.requests} req` : 'n/a';
    },
  ]);
  const header = `| | ${sizes.map((s) => `${num(s.projects)} projects`).join(' | ')} |`;
  return [
    header,
    `|---|${sizes.map(() => '---').join('|')}|`,
    ...rows.map(([label, cell]) => `| ${label} | ${sizes.map(cell).join(' | ')} |`),
  ];
}

function searchTable(report: SearchReport | undefined): string[] {
  if (!report) return ['Search was not measured (see failures).'];
  const lines = [
    '| Query | Network | Cold: first · ten | Cold: transferred | Warm: first · ten | Warm: transferred | Hot: first · ten | Results (cold) |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const f of report.figures) {
    const cells = f.unavailable
      ? [`n/a (${f.unavailable})`, '', '', '', '', '']
      : [
          `${ms(f.cold.firstResultMs)} · ${ms(f.cold.tenResultsMs)}`,
          `${kib(f.cold.bytes)} / ${f.cold.requests}`,
          `${ms(f.warm.firstResultMs)} · ${ms(f.warm.tenResultsMs)}`,
          `${kib(f.warm.bytes)} / ${f.warm.requests}`,
          `${ms(f.hot.firstResultMs)} · ${ms(f.hot.tenResultsMs)}`,
          num(f.cold.results),
        ];
    lines.push(`| ${f.kind} | ${f.network} | ${cells.join(' | ')} |`);
  }
  return lines;
}

interface Target {
  label: string;
  measured: string;
  met: boolean | undefined;
}

function targets(size: SizeResult): Target[] {
  const full = size.builds.full;
  const base = size.builds['astro-minimal'];
  const loopback = (size.search?.figures ?? []).filter((f) => f.network === 'loopback' && !f.unavailable);
  const worst = (pick: (f: SearchFigures) => number | null) =>
    loopback.length ? Math.max(...loopback.map((f) => pick(f) ?? Number.POSITIVE_INFINITY)) : undefined;
  const coldFirst = worst((f) => f.cold.firstResultMs);
  const coldBytes = worst((f) => f.cold.bytes);
  const warmFirst = worst((f) => f.warm.firstResultMs);
  const common = loopback.find((f) => f.kind === 'common word');
  const page = size.output?.page;
  const home = size.output?.home;
  const jsOk = page ? page.js.notSearch.length === 0 && page.js.inlineScripts === 0 : undefined;
  const known = (value: number | undefined, limit: number) => (value === undefined ? undefined : value <= limit);
  return [
    {
      label: 'Full build ≤ 1.25 × minimal Astro baseline (wall)',
      measured: `${ratio(full?.wallMs, base?.wallMs)} (CPU time ${ratio(full?.cpuMs, base?.cpuMs)})`,
      met: full?.ok && base?.ok ? full.wallMs <= 1.25 * base.wallMs : undefined,
    },
    {
      label: 'Peak memory ≤ baseline’s',
      measured: `${full?.peakRssMiB ?? 'n/a'} MiB vs ${base?.peakRssMiB ?? 'n/a'} MiB`,
      met: full?.ok && base?.ok ? full.peakRssMiB <= base.peakRssMiB : undefined,
    },
    {
      label: 'Cold search, first result ≤ 250 ms (loopback, worst query kind)',
      measured: `${ms(coldFirst)} (common word ${ms(common?.cold.firstResultMs)})`,
      met: known(coldFirst, 250),
    },
    {
      label: 'Cold search ≤ 200 KiB transferred (loopback, worst query kind)',
      measured: `${coldBytes === undefined ? 'n/a' : kib(coldBytes)} (common word ${common ? kib(common.cold.bytes) : 'n/a'})`,
      met: known(coldBytes === undefined ? undefined : coldBytes / 1024, 200),
    },
    {
      label: 'Warm search, first result ≤ 80 ms (loopback, worst query kind)',
      measured: ms(warmFirst),
      met: known(warmFirst, 80),
    },
    {
      label: 'Project page ≤ 25 KiB compressed HTML + CSS (gzip)',
      measured: page ? kib(page.htmlCss.gzip) : 'n/a',
      met: page ? page.htmlCss.gzip <= 25 * 1024 : undefined,
    },
    {
      label: 'Home page ≤ 60 KiB compressed HTML + SVG + CSS (gzip)',
      measured: home ? kib(home.htmlCss.gzip) : 'n/a',
      met: home ? home.htmlCss.gzip <= 60 * 1024 : undefined,
    },
    {
      label: 'No JS on a project page other than the search box',
      measured: page
        ? `${page.js.files.length ? page.js.files.map((f) => `\`${f}\``).join(', ') : 'none'} (${kib(page.js.gzip)} gzip)${page.js.notSearch.length ? `; not search: ${page.js.notSearch.join(', ')}` : ''}${page.js.inlineScripts ? `; ${page.js.inlineScripts} inline script(s)` : ''}`
        : 'n/a',
      met: jsOk,
    },
  ];
}

function evidence(size: SizeResult): string[] {
  const out: string[] = [];
  const phases = size.builds.full?.astroPhases;
  if (phases && Object.keys(phases.renderBySection).length) {
    out.push(
      `Where the full site's \`astro build\` spends its render time at ${num(size.projects)} projects (sum of Astro's per-page times):`,
      '',
      '| Section | Pages | Render time | Per page |',
      '|---|---|---|---|',
      ...Object.entries(phases.renderBySection)
        .sort(([, a], [, b]) => b.ms - a.ms)
        .slice(0, 12)
        .map(
          ([section, s]) => `| \`${section}\` | ${num(s.pages)} | ${sec(s.ms)} | ${(s.ms / s.pages).toFixed(1)} ms |`,
        ),
      '',
    );
  }
  if (size.output) {
    out.push(
      `HTML written per section at ${num(size.projects)} projects:`,
      '',
      '| Section | Pages | HTML |',
      '|---|---|---|',
      ...Object.entries(size.output.htmlBySection)
        .sort(([, a], [, b]) => b.bytes - a.bytes)
        .slice(0, 12)
        .map(([section, s]) => `| \`${section}\` | ${num(s.files)} | ${mib(s.bytes)} |`),
      '',
      `Largest pages: ${size.output.largestPages.map((p) => `\`${p.path}\` ${mib(p.bytes)}`).join(', ')}.`,
      '',
    );
  }
  const loopback = size.search?.figures.filter((f) => f.network === 'loopback' && !f.unavailable) ?? [];
  if (loopback.length) {
    out.push(
      `Where a cold search's time goes at ${num(size.projects)} projects (loopback, medians): import \`pagefind.js\` · \`init()\` · \`search()\` (in Pagefind 1.6 this starts the worker and fetches and compiles the WebAssembly, the metadata and the index chunks) · then the first \`data()\` (one fragment):`,
      '',
      '| Query | import | init | search | first data() | first result |',
      '|---|---|---|---|---|---|',
      ...loopback.map((f) => {
        const b = f.cold.breakdown;
        const first = f.cold.firstResultMs;
        const data = first === null ? 'n/a' : ms(first - b.importMs - b.initMs - b.searchMs);
        return `| ${f.kind} | ${ms(b.importMs)} | ${ms(b.initMs)} | ${ms(b.searchMs)} | ${data} | ${ms(first)} |`;
      }),
      '',
    );
  }
  if (size.search?.coldRequests.length) {
    out.push(
      `Requests of one cold search (common word, loopback) at ${num(size.projects)} projects:`,
      '',
      '| Request | Transferred | Started · ended (ms after the search began) |',
      '|---|---|---|',
      ...size.search.coldRequests.map(
        (r) => `| \`${r.path}\` | ${kib(r.bytes)} | ${r.startMs ?? '?'} · ${r.endMs ?? '?'} |`,
      ),
      '',
      `Filters in the index: ${
        Object.keys(size.search.filters).length
          ? Object.entries(size.search.filters)
              .map(([k, v]) => `${k} (${v} values)`)
              .join(', ')
          : 'none yet'
      }.`,
      '',
    );
  }
  return out;
}

/** `+12.3 s (+25 %)`: what `all` adds to `one`, absolute and relative. */
export function added(all: number | undefined, one: number | undefined, format: (value: number) => string): string {
  if (all === undefined || one === undefined) return 'n/a';
  const diff = all - one;
  const sign = diff < 0 ? '−' : '+';
  const pct = one ? ` (${sign}${Math.abs((diff / one) * 100).toFixed(0)} %)` : '';
  return `${format(all)} vs ${format(one)}: **${sign}${format(Math.abs(diff))}**${pct}`;
}

/**
 * "What the second language adds": the full site built with every language and with the
 * default one only, in the same run, side by side; and how many languages each build has.
 */
export function languageSection(results: BenchResults): string[] {
  const locales = results.locales;
  if (!locales) return [];
  const extra = locales.length - 1;
  const title = extra === 1 ? 'What the second language adds' : `What languages 2 to ${locales.length} add`;
  const list = (codes: readonly string[] | undefined) =>
    codes ? `${codes.length} (${codes.join(', ')})` : `${locales.length} (${locales.join(', ')})`;
  const size0 = results.sizes[0];
  const lines = [
    `## ${title}`,
    '',
    `Languages per build: full site ${list(size0?.builds.full?.locales)}; full site, default language only (\`SITE_LOCALES=${locales[0]}\`) ${list(size0?.builds['full-one-language']?.locales ?? locales.slice(0, 1))}; minimal Astro ${list(size0?.builds['astro-minimal']?.locales)}; Eleventy ${list(size0?.builds.eleventy?.locales)}. The baselines write one page per record per language (\`/<slug>/\` in ${locales[0]}, \`/<code>/<slug>/\` with \`lang=<code>\` in each other) with the same text in each, so they do the same number of pages and Pagefind indexes as the site; the generated records have no translation files, so the site's ${locales.slice(1).join(', ')} pages also show the original text, under a translated interface.`,
    '',
  ];
  if (!results.languageCompare || !results.sizes.some((size) => size.languageCost)) {
    lines.push(
      results.languageCompare === false && extra > 0
        ? 'Not measured in this run (`--no-language-compare`).'
        : 'Not measured in this run.',
      '',
    );
    return lines;
  }
  const sizes = results.sizes.filter((size) => size.languageCost);
  const both = (size: SizeResult) => [size.builds.full, size.builds['full-one-language']] as const;
  const step = (index: number, pick: 'wallMs' | 'cpuMs') => (size: SizeResult) => {
    const [all, one] = both(size);
    return added(all?.steps[index]?.[pick], one?.steps[index]?.[pick], sec);
  };
  const rows: [string, (size: SizeResult) => string][] = [
    ['`astro build`, wall', step(0, 'wallMs')],
    ['`pagefind`, wall', step(1, 'wallMs')],
    [
      '**Build, wall** (both steps)',
      (s) => {
        const [all, one] = both(s);
        return added(all?.wallMs, one?.wallMs, sec);
      },
    ],
    [
      '**Build, CPU** (both steps)',
      (s) => {
        const [all, one] = both(s);
        return added(all?.cpuMs, one?.cpuMs, sec);
      },
    ],
    [
      'Peak memory',
      (s) => {
        const [all, one] = both(s);
        return added(all?.peakRssMiB, one?.peakRssMiB, (v) => `${num(v)} MiB`);
      },
    ],
    [
      '**Files in `dist/`**',
      (s) => added(s.languageCost?.full?.dist.files, s.languageCost?.['full-one-language']?.dist.files, num),
    ],
    [
      '**`dist/` size**',
      (s) => added(s.languageCost?.full?.dist.bytes, s.languageCost?.['full-one-language']?.dist.bytes, mib),
    ],
    [
      'Pages Pagefind indexed (all languages)',
      (s) => {
        const [all, one] = both(s);
        return added(all?.indexedPages, one?.indexedPages, num);
      },
    ],
  ];
  lines.push(
    `The full site built twice in the same run, with every language and with \`SITE_LOCALES=${locales[0]}\`: each cell reads "every language vs ${locales[0]} only: **what the other language${extra === 1 ? '' : 's'} add${extra === 1 ? 's' : ''}** (relative to ${locales[0]} only)".`,
    '',
    `| | ${sizes.map((s) => `${num(s.projects)} projects`).join(' | ')} |`,
    `|---|${sizes.map(() => '---').join('|')}|`,
    ...rows.map(([label, cell]) => `| ${label} | ${sizes.map(cell).join(' | ')} |`),
    '',
    "Pagefind's index per language (one index per `<html lang>`; `pf_meta` is what every search in that language loads first, index chunks are the word index it fetches per query):",
    '',
    '| Projects | Build | Language | Pages indexed | Bundle (files) | `pf_meta` | Index chunks (files) | Fragments (files) | Filters (files) |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  const tree = (t: TreeSize) => `${kib(t.bytes)} (${num(t.files)})`;
  for (const size of sizes) {
    for (const name of ['full', 'full-one-language'] as const) {
      const output = size.languageCost?.[name];
      if (!output) continue;
      const label = name === 'full' ? 'every language' : `${locales[0]} only`;
      const entries = Object.entries(output.pagefind);
      if (!entries.length) lines.push(`| ${num(size.projects)} | ${label} | none | 0 | | | | | |`);
      for (const [lang, index] of entries) {
        lines.push(
          `| ${num(size.projects)} | ${label} | ${lang} | ${num(index.pages)} | ${tree(index.bundle)} | ${kib(index.metaBytes)} | ${tree(index.index)} | ${tree(index.fragments)} | ${tree(index.filters)} |`,
        );
      }
    }
  }
  lines.push('', ...missingIndexes(sizes, locales));
  return lines;
}

/** A language the site builds but the full build's Pagefind did not index: its figures above would mislead. */
function missingIndexes(sizes: readonly SizeResult[], locales: readonly string[]): string[] {
  const missing = [
    ...new Set(
      sizes.flatMap((size) => {
        const indexed = Object.keys(size.languageCost?.full?.pagefind ?? {});
        return locales.filter((code) => !indexed.includes(code));
      }),
    ),
  ];
  if (!missing.length) return [];
  return [
    `**Caution:** the full build's Pagefind step indexed no page in ${missing.join(', ')}, so the Pagefind figures above leave ${missing.length === 1 ? 'that language' : 'those languages'} out (its pages are built; check the glob of the \`pagefind\` step in \`fullBuildSteps()\`, bench/builds.ts, against the one \`npm run build\` uses).`,
    '',
  ];
}

export function renderReport(results: BenchResults, meta: { jsonPath: string }): string {
  const largest = results.sizes.at(-1);
  const v = results.versions;
  const analysisPath = join(import.meta.dirname, 'analysis.md');
  const lines = [
    '# Benchmarks',
    '',
    `Generated by \`npm run bench${results.quick ? ' -- --quick' : ` -- --projects ${results.sizes.map((s) => s.projects).join(',')}`}\` (bench/run.ts) on ${results.date}. Raw figures: [\`${meta.jsonPath}\`](${meta.jsonPath}). Do not edit the figures by hand; the analysis section comes from \`bench/analysis.md\`.`,
    '',
    `- **Machine:** ${results.machine.cores} cores (${results.machine.cpu}), ${results.machine.memoryGiB} GiB memory, Linux ${results.machine.kernel}`,
    `- **Versions:** Node ${v.node}, Astro ${v.astro}, Pagefind ${v.pagefind}, Eleventy ${v.eleventy}, ${v.chromium}, playwright-core ${v['playwright-core']}`,
    `- **Site:** commit ${results.site.commit}${results.site.uncommittedFiles ? ` plus ${results.site.uncommittedFiles} uncommitted file(s) under src/ (others' work in progress)` : ''}; records from seed ${results.seed}; BUILD_DATE 2024-06-01`,
    `- **Method:** each build step is its own child process under \`/usr/bin/time -v\` (wall, user + system CPU of the whole tree, peak RSS = largest single process). Builds are cold (output and cache removed first), except the rebuild. Search: headless Chromium, a fresh context per cold run, ${results.repeats} run(s) per query (median), served on 127.0.0.1 with gzip for text files like a static host; throttled = CDP \`Network.emulateNetworkConditions\` 150 ms RTT, 1.6 Mbps down, 750 kbps up. The run took ${results.durationS} s.`,
    `- **Caveat:** the machine is shared with other engineers' builds and tests; the 1-minute load average before each step is in the JSON (\`loadBefore\`).`,
    '',
    ...(results.failures.length ? ['## Failures', '', ...results.failures.map((f) => `- ${f}`), ''] : []),
    '## Results',
    '',
    ...mainTable(results),
    '',
    ...(largest
      ? [
          `## Targets at ${num(largest.projects)} projects`,
          '',
          '| Target | Measured | Met |',
          '|---|---|---|',
          ...targets(largest).map(
            (t) => `| ${t.label} | ${t.measured} | ${t.met === undefined ? 'n/a' : t.met ? 'yes' : '**no**'} |`,
          ),
          '',
        ]
      : []),
    ...languageSection(results),
    '## Search',
    '',
    'Cold: fresh browser context, import `pagefind.js`, `init()`, search, load ten results; warm: a different query of the same kind in that page; hot: the warm query again. Times to the first and to the tenth `result.data()`; transferred = bytes / requests, headers included.',
    '',
    ...results.sizes.flatMap((size) => [
      `### ${num(size.projects)} projects`,
      '',
      ...searchTable(size.search),
      '',
      ...(size.baselineSearch
        ? [
            `Pagefind alone at ${num(size.projects)}: the same text queries over the minimal Astro baseline's index (no filters, sorts or extra metadata):`,
            '',
            ...searchTable(size.baselineSearch),
            '',
          ]
        : []),
    ]),
    '## Evidence',
    '',
    ...results.sizes.flatMap((size) => evidence(size)),
  ];
  if (existsSync(analysisPath)) lines.push(readFileSync(analysisPath, 'utf8').trim(), '');
  return `${lines.join('\n')}\n`;
}
