/**
 * `node bench/profile.ts [--projects 10000]`: the evidence behind BENCHMARKS.md's analysis.
 *
 * 1. Runs the full site's `astro sync` (the content layer: reading, validating and rendering
 *    every record) under V8's CPU profiler and sums self and inclusive time by package and by
 *    function, so "sync is slow" becomes "this function is slow".
 * 2. Runs Pagefind twice over the full site's dist/: over every page (as `npm run build`
 *    does) and over project pages only (`--glob`), to show what parsing the list and facet
 *    pages costs it.
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

const profileFile = readdirSync(join(dir, 'cpu')).find((name) => name.endsWith('.cpuprofile'));
if (profileFile) {
  const profile = JSON.parse(readFileSync(join(dir, 'cpu', profileFile), 'utf8')) as CpuProfile;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const where = (url: string) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    if (pkg) return pkg;
    if (url.includes('/src/')) return `src/${url.split('/src/')[1]}`;
    return url ? url.replace(/^file:\/\//, '').replace(ROOT, '.') : '(native / GC / idle)';
  };
  const selfByPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const key = where(node.callFrame.url);
    selfByPackage.set(key, (selfByPackage.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  const inclusiveByFunction = new Map<string, number>();
  // Self time of a subtree lands on every distinct function above it: walk from each node up.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  for (const [id, ms] of self) {
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
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  const top = <K>(map: Map<K, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  out.push(
    `Self time by package or file (of ${(all / 1000).toFixed(1)} s sampled):`,
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

const text = `${out.join('\n')}\n`;
writeFileSync(join(ROOT, 'bench', '.work', `profile-${count}.md`), text);
console.log(text);
