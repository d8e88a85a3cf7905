/**
 * The importer is its own subsystem: it may import the model (src/model/), node and npm
 * packages, and its own files, and nothing else from src/. Import specifiers are read with
 * TypeScript's own pre-processor, so `import type`, re-exports and dynamic imports count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');
const importer = join(src, 'importer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier a file imports, re-exports or loads dynamically. */
function specifiers(code: string): string[] {
  return ts.preProcessFile(code, true, true).importedFiles.map((file) => file.fileName);
}

/** Why an import from a file in src/importer breaks the boundary, or undefined when it is allowed. */
function violation(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('astro:') || specifier === 'astro' || specifier.startsWith('astro/')) {
    return 'imports Astro';
  }
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined;
  const target = resolve(dirname(file), specifier);
  const fromSrc = relative(src, target);
  if (fromSrc.startsWith('..')) return `imports ${specifier}, outside src/`;
  if (fromSrc.startsWith(`model/`) || fromSrc.startsWith(`importer/`)) return undefined;
  return `imports src/${fromSrc}, which is neither src/model/ nor src/importer/`;
}

describe('the boundary check itself', () => {
  const file = join(importer, 'extract', 'x.ts');
  test.each([
    ['../../model/dates.ts', undefined],
    ['../draft.ts', undefined],
    ['./fields.ts', undefined],
    ['yaml', undefined],
    ['node:fs', undefined],
    ['zod', undefined],
    ['../../portfolio/site.ts', 'imports src/portfolio/site.ts, which is neither src/model/ nor src/importer/'],
    ['../../i18n/en.ts', 'imports src/i18n/en.ts, which is neither src/model/ nor src/importer/'],
    ['../../env.ts', 'imports src/env.ts, which is neither src/model/ nor src/importer/'],
    ['../../../scripts/import.ts', 'imports ../../../scripts/import.ts, outside src/'],
    ['astro:content', 'imports Astro'],
    ['astro/zod', 'imports Astro'],
  ])('%s → %s', (specifier, expected) => {
    expect(violation(file, specifier)).toBe(expected);
  });

  test.each([
    ["import { a } from '../../portfolio/x.ts';", ['../../portfolio/x.ts']],
    ["import type { B } from '../y.ts';\nexport * from './z.ts';", ['../y.ts', './z.ts']],
    ["const m = await import('../../env.ts');", ['../../env.ts']],
    ["// import { no } from 'comment';\nconst s = \"from '../x.ts'\";", []],
  ])('reads the specifiers of %j', (code, expected) => {
    expect(specifiers(code)).toEqual(expected);
  });
});

describe('src/importer', () => {
  const files = sourceFiles(importer);

  test('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test('imports only src/model/, its own files and packages', () => {
    const problems = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8')).flatMap((specifier) => {
        const why = violation(file, specifier);
        return why ? [`${relative(root, file)} ${why}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });
});
