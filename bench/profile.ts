/**
 * `node bench/profile.ts [--projects 10000]`: the evidence behind BENCHMARKS.md's analysis.
 *
 * 1. Runs the full site's `astro sync` (the content layer: reading, validating and rendering
 *    every record) under V8's CPU profiler and sums self and inclusive time by package and by
 *    function, so "sync is slow" becomes "this function is slow".
 * 2. Runs Pagefind twice over the full site's dist/: over every page (as `npm run build`
 *    does) and over project pages only (`--glob`), to show what parsing the list and facet
 *    pages costs it.
 * 3. Times Markdown rendering per record: the site's unified pipeline, variants of it, and
 *    Astro 7's built-in native processor (Sätteri) with and without hast sanitising. Sätteri
 *    and the hast utilities are Astro's dependencies, not the project's; rows whose package
 *    cannot be loaded are skipped.
 * It reuses bench/.work/n<size>/ from a previous `bench/run.ts` (same seed), generating the
 * content if missing. Writes bench/.work/profile-<size>.md and prints it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './builds.ts';
import { generate, writeContent } from './generate.ts';
import { measure } from './measure.ts';

const { values } = parseArgs({
  options: { projects: { type: 'string', default: '10000' }, seed: { type: 'string', default: '20240601' } },
});
const count = Number(values.projects);
const seed = Number(values.seed);
const work = join(ROOT, 'bench', '.work', `n${count}`);
const contentDir = join(work, 'content');
if (!existsSync(join(contentDir, 'projects')))
  writeContent(contentDir, join(ROOT, 'content'), generate(count, seed), seed);
const dir = join(work, 'profile');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const BIN = join(ROOT, 'node_modules', '.bin');
const env = {
  ...process.env,
  PATH: `${BIN}:${process.env.PATH ?? ''}`,
  CONTENT_DIR: contentDir,
  OUT_DIR: join(dir, 'dist'),
  ASTRO_CACHE_DIR: join(dir, 'cache'),
  BUILD_DATE: '2024-06-01',
  ASTRO_TELEMETRY_DISABLED: '1',
};
const out: string[] = [`# Profile at ${count.toLocaleString('en-US')} projects`, ''];

// 1. astro sync under the CPU profiler.
const sync = await measure(
  'astro sync',
  `node --cpu-prof --cpu-prof-dir=${join(dir, 'cpu')} node_modules/astro/bin/astro.mjs sync`,
  { cwd: ROOT, env, logFile: join(dir, 'sync.log') },
);
if (!sync.ok) throw new Error(`astro sync failed:\n${sync.tail}`);
out.push(
  `## \`astro sync\` (content layer) under --cpu-prof`,
  '',
  `${(sync.wallMs / 1000).toFixed(1)} s wall, ${(sync.cpuMs / 1000).toFixed(1)} s CPU, ${sync.peakRssMiB} MiB peak.`,
  '',
);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

// One file per thread: the main thread and any worker threads (the site renders Markdown in
// workers); their samples are summed, so shares are of CPU time, not of wall time.
const profileFiles = readdirSync(join(dir, 'cpu')).filter((name) => name.endsWith('.cpuprofile'));
if (profileFiles.length) {
  const where = (url: string) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    if (pkg) return pkg;
    if (url.includes('/src/')) return `src/${url.split('/src/')[1]}`;
    return url ? url.replace(/^file:\/\//, '').replace(ROOT, '.') : '(native code / GC)';
  };
  const selfByPackage = new Map<string, number>();
  const inclusiveByFunction = new Map<string, number>();
  let all = 0;
  for (const file of profileFiles) {
    const profile = JSON.parse(readFileSync(join(dir, 'cpu', file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    // Idle samples (a thread waiting, e.g. the main thread on its workers) are not work.
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => {
      if (byId.get(id)?.callFrame.functionName === '(idle)') return;
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    for (const node of profile.nodes) {
      const key = where(node.callFrame.url);
      selfByPackage.set(key, (selfByPackage.get(key) ?? 0) + (self.get(node.id) ?? 0));
    }
    // Self time of a subtree lands on every distinct function above it: walk from each node up.
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    for (const [id, ms] of self) {
      all += ms;
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const node = byId.get(at);
        if (!node) break;
        const key = `${node.callFrame.functionName || '(anonymous)'} ${where(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusiveByFunction.set(key, (inclusiveByFunction.get(key) ?? 0) + ms);
      }
    }
  }
  const top = <K>(map: Map<K, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  out.push(
    `Self time by package or file (of ${(all / 1000).toFixed(1)} s sampled in ${profileFiles.length} thread(s)):`,
    '',
    '| Where | Self time | Share |',
    '|---|---|---|',
    ...top(selfByPackage, 15).map(
      ([key, ms]) => `| \`${key}\` | ${(ms / 1000).toFixed(1)} s | ${((100 * ms) / all).toFixed(0)}% |`,
    ),
    '',
    'Inclusive time of the heaviest functions from this project and the content pipeline:',
    '',
    '| Function | Inclusive | Share |',
    '|---|---|---|',
    ...top(
      new Map(
        [...inclusiveByFunction].filter(([key]) =>
          /src\/|unified|rehype|remark|zod|yaml|gray-matter|astro\/dist\/content|devalue/.test(key),
        ),
      ),
      25,
    ).map(([key, ms]) => `| \`${key}\` | ${(ms / 1000).toFixed(1)} s | ${((100 * ms) / all).toFixed(0)}% |`),
    '',
  );
}

// 2. Pagefind over every page versus over project pages only.
const fullDist = join(work, 'full', 'dist');
if (existsSync(fullDist)) {
  out.push(
    '## Pagefind: every page versus project pages only',
    '',
    '| Run | Wall | CPU | Peak RSS |',
    '|---|---|---|---|',
  );
  for (const [label, glob] of [
    ['every HTML file (as `npm run build`)', ''],
    ['project pages only (`--glob "projects/*/index.html"`)', ' --glob "projects/*/index.html"'],
  ] as const) {
    const copy = join(dir, 'pagefind-out');
    rmSync(copy, { recursive: true, force: true });
    const step = await measure('pagefind', `pagefind --site "${fullDist}" --output-path "${copy}"${glob}`, {
      cwd: ROOT,
      env,
      logFile: join(dir, 'pagefind.log'),
    });
    const indexed = /Indexed (\d+) pages/.exec(step.tail)?.[1] ?? '?';
    out.push(
      `| ${label}: ${indexed} pages indexed | ${(step.wallMs / 1000).toFixed(1)} s | ${(step.cpuMs / 1000).toFixed(1)} s | ${step.peakRssMiB} MiB |`,
    );
  }
  out.push('');
}

// 3. Markdown rendering per record, in this process (JIT warmed on 50 records first).
{
  const { renderMarkdown } = await import('../src/markdown/render.ts');
  const matter = (await import('gray-matter')).default;
  const files = readdirSync(join(contentDir, 'projects')).slice(0, 1000);
  const bodies = files.map((name) => matter(readFileSync(join(contentDir, 'projects', name), 'utf8')).content);
  const time = async (render: (markdown: string) => unknown) => {
    for (const body of bodies.slice(0, 50)) await render(body);
    const started = performance.now();
    for (const body of bodies) await render(body);
    return (performance.now() - started) / bodies.length;
  };
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const remarkGfm = (await import('remark-gfm')).default;
  const remarkRehype = (await import('remark-rehype')).default;
  const rehypeRaw = (await import('rehype-raw')).default;
  const rehypeSanitize = (await import('rehype-sanitize')).default;
  const { defaultSchema } = await import('rehype-sanitize');
  const rehypeStringify = (await import('rehype-stringify')).default;
  const withoutGfm = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, defaultSchema)
    .use(rehypeStringify)
    .freeze();
  const withoutRaw = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize, defaultSchema)
    .use(rehypeStringify)
    .freeze();
  const rows: [string, number][] = [
    [
      'site `renderMarkdown` (remark-parse, remark-gfm, remark-rehype, rehype-raw only for bodies with HTML, rehype-sanitize)',
      await time(renderMarkdown),
    ],
    ['the same without remark-gfm', await time((md) => String(withoutGfm.processSync(md)))],
    ['the same without rehype-raw', await time((md) => String(withoutRaw.processSync(md)))],
  ];
  try {
    const satteri = (await import('satteri' as string)) as {
      markdownToHtml: (md: string) => unknown;
      markdownToHast: (md: string) => unknown;
    };
    const { sanitize, defaultSchema: hastSchema } = await import('hast-util-sanitize' as string);
    const { toHtml } = await import('hast-util-to-html' as string);
    const { createSatteriMarkdownProcessor } = await import('@astrojs/markdown-satteri' as string);
    const astro = await createSatteriMarkdownProcessor({});
    rows.push(['Astro 7 built-in Markdown processor (Sätteri, native, GFM on)', await time((md) => astro.render(md))]);
    rows.push([
      'Sätteri `markdownToHast` + `hast-util-sanitize` (GitHub schema) + `hast-util-to-html`',
      await time((md) => toHtml(sanitize(satteri.markdownToHast(md), hastSchema))),
    ]);
    rows.push(['Sätteri `markdownToHtml` alone', await time((md) => satteri.markdownToHtml(md))]);
  } catch (error) {
    rows.push([`Sätteri rows skipped: ${(error as Error).message.split('\n')[0]}`, Number.NaN]);
  }
  out.push(
    `## Markdown rendering per record (${bodies.length} generated bodies)`,
    '',
    '| Pipeline | Per record | At this size |',
    '|---|---|---|',
    ...rows.map(
      ([label, ms]) =>
        `| ${label} | ${Number.isNaN(ms) ? 'n/a' : `${ms.toFixed(2)} ms`} | ${Number.isNaN(ms) ? 'n/a' : `${((ms * count) / 1000).toFixed(1)} s`} |`,
    ),
    '',
  );
}

const text = `${out.join('\n')}\n`;
writeFileSync(join(ROOT, 'bench', '.work', `profile-${count}.md`), text);
console.log(text);
