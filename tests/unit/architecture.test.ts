/**
 * Import boundaries, in the spirit of Starlight's: the model is free of Astro and of the site,
 * the importer builds on the model only, pure site modules take wording and config as
 * arguments, and no module imports itself back through a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s(type\s)?[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** Every module specifier a file imports or re-exports; type-only imports bring in no code and are left out. */
function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].filter((match) => !match[1]).map((match) => match[2] ?? match[3] ?? match[4] ?? '');
}

const repoPath = (file: string) => relative(ROOT, file);

/** Imports of `file`, relative ones resolved to repository paths. */
function resolvedImports(file: string): string[] {
  return importsOf(readFileSync(file, 'utf8')).map((specifier) =>
    specifier.startsWith('.') ? repoPath(resolve(dirname(file), specifier)) : specifier,
  );
}

const isAstro = (specifier: string) => specifier === 'astro' || /^astro[:/]/.test(specifier);

describe('the import scanner', () => {
  test.each([
    ["import { z } from 'zod';", ['zod']],
    ["import { type Loader } from 'astro/loaders';", ['astro/loaders']],
    ["import type { UiKey } from '../i18n/index.ts';", []],
    ["export * from './shared.ts';", ['./shared.ts']],
    ["import {\n  a,\n  b,\n} from '../x.ts';", ['../x.ts']],
    ["const m = await import('./lazy.ts');", ['./lazy.ts']],
    ["import './side-effect.css';", ['./side-effect.css']],
    ['// import nothing', []],
  ])('%j imports %j', (text, expected) => {
    expect(importsOf(text)).toEqual(expected);
  });
});

describe('src/model', () => {
  const files = sourceFiles(join(SRC, 'model'));
  test('has modules to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  test.each(files.map(repoPath))('%s imports no Astro, site config, wording or environment', (file) => {
    const offending = resolvedImports(join(ROOT, file)).filter(
      (specifier) => isAstro(specifier) || (specifier.startsWith('src/') && !specifier.startsWith('src/model/')),
    );
    expect(offending).toEqual([]);
  });
});

describe('src/importer', () => {
  test.each(sourceFiles(join(SRC, 'importer')).map(repoPath))('%s imports only the model', (file) => {
    const offending = resolvedImports(join(ROOT, file)).filter(
      (specifier) =>
        isAstro(specifier) ||
        (specifier.startsWith('src/') && !specifier.startsWith('src/model/') && !specifier.startsWith('src/importer/')),
    );
    expect(offending).toEqual([]);
  });
});

describe('pure site modules', () => {
  // site.ts binds them to the config and the dictionary; site-data.ts reads Astro's collections.
  const bound = new Set(['src/portfolio/site.ts', 'src/portfolio/site-data.ts']);
  const pure = [...sourceFiles(join(SRC, 'portfolio')), ...sourceFiles(join(SRC, 'markdown'))]
    .map(repoPath)
    .filter((file) => !bound.has(file));
  test.each(pure)('%s takes wording and config as arguments', (file) => {
    const offending = resolvedImports(join(ROOT, file)).filter(
      (specifier) =>
        isAstro(specifier) ||
        /^src\/(i18n\/index|site\.config|env)\.ts$/.test(specifier) ||
        specifier.startsWith('src/portfolio/site'),
    );
    expect(offending).toEqual([]);
  });
});

describe('the environment', () => {
  test.each(sourceFiles(SRC).map(repoPath))('%s does not read process.env (only src/env.ts does)', (file) => {
    if (file === 'src/env.ts') return;
    expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/process\.env/);
  });
});

test('no import cycle among the modules of src/', () => {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    graph.set(
      repoPath(file),
      resolvedImports(file).filter((specifier) => specifier.startsWith('src/')),
    );
  }
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, path: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
      return;
    }
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node, []);
  expect(cycles).toEqual([]);
});
