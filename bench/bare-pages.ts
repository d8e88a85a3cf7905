/**
 * `node bench/bare-pages.ts --projects 100000 --out <dir> [--seed 20240601] [--locales en,ru]`
 *
 * Writes the pages the baselines write (bench/baselines/: one bare page per record per
 * language, `/<slug>/` in the first language and `/<code>/<slug>/` in each other, with the same
 * text) straight from `generate()`, with no site generator, so that Pagefind alone can be run
 * over them at a size where neither baseline gets as far as writing a page (100,000 projects).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { escapeXml } from '../src/portfolio/preview-image.ts';
import { type GeneratedProject, generate } from './generate.ts';

/** One record's bare page in one language: its title, and its body's paragraphs as text. */
export function barePage(project: GeneratedProject, lang: string): string {
  const title = escapeXml(String(project.data.title ?? project.slug));
  const paragraphs = project.body
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeXml(paragraph)}</p>`);
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>\n<body><h1>${title}</h1>\n${paragraphs.join('\n')}\n</body></html>\n`;
}

/** Where a record's page goes in each language: the first at the root, the others under their code. */
export function barePath(slug: string, lang: string, locales: readonly string[]): string {
  return lang === locales[0] ? `${slug}/index.html` : `${lang}/${slug}/index.html`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '20240601' },
      locales: { type: 'string', default: 'en,ru' },
    },
  });
  const count = Number(values.projects);
  if (!Number.isInteger(count) || count < 1 || !values.out)
    throw new Error('usage: node bench/bare-pages.ts --projects N --out <dir> [--seed S] [--locales en,ru]');
  const locales = values.locales.split(',');
  let pages = 0;
  for (const project of generate(count, Number(values.seed))) {
    for (const lang of locales) {
      const file = join(values.out, barePath(project.slug, lang, locales));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, barePage(project, lang));
      pages++;
    }
  }
  console.log(`${pages} pages in ${values.out}`);
}

if (import.meta.main) main();
