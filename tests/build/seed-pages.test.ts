/**
 * Seed pages are faithful to their sources: every sentence of a seed project's title, summary
 * and body, as built, appears in its seed record (after normalising case, punctuation, markup
 * and spacing), except text inside a labelled editor's note.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const site = inject('siteDir');

/** Each bundled project and the seed it was made from (copies of /work/shared/seeds in tests/fixtures/seeds). */
const SEEDS: [slug: string, seed: string][] = [
  ['kyrgyzstan-tajikistan-policy-innovation-facility', '000_bc991921cec780cc.txt'],
  ['successful-aimak-2', '001_b410a0b358de2aa1.txt'],
  ['collaborative-governance-program', '002_457005ca64e895d4.txt'],
  ['strengthening-community-of-practice-creators-innovators', '003_9c85fd748c319150.txt'],
  ['migration-and-development-at-the-local-level', '004_10e0250998df8995.txt'],
];

/** Lower case, entities decoded, every run of anything but letters and digits as one space. */
function normalise(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .replace(/&amp;/g, '&')
    .replace(/<[^>]+>/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The page's own statements: title, summary and body, one block per line, editor's notes left out. */
function pageSentences(html: string): string[] {
  const $ = load(html);
  $('.editor-note').remove();
  const blocks = [
    $('article header h1').text(),
    $('article header p.text-lg').text(),
    ...$('article .prose')
      .find('p, li, h2, h3, h4, h5, h6, td, th')
      .map((_, element) => $(element).text())
      .get(),
  ];
  return blocks
    .flatMap((block) => block.split(/[.!?;:](?:\s|$)|\n/))
    .map(normalise)
    .filter((sentence) => sentence.trim());
}

describe.each(SEEDS)('the page of %s', (slug, seedFile) => {
  const seed = normalise(readFileSync(join(ROOT, 'tests/fixtures/seeds', seedFile), 'utf8'));
  const html = readFileSync(join(site, 'projects', slug, 'index.html'), 'utf8');

  test('says nothing its seed does not', () => {
    const invented = pageSentences(html).filter((sentence) => !seed.includes(sentence));
    expect(invented).toEqual([]);
  });

  test('shows its summary once', () => {
    const summary = normalise(load(html)('article header p.text-lg').text());
    const body = normalise(load(html)('article .prose').text());
    expect(body.includes(summary.trim())).toBe(false);
  });
});

test('an editor’s note is left out of the check only when labelled', () => {
  const html =
    '<article><header><h1>T</h1></header><div class="prose"><blockquote class="editor-note"><p>Invented.</p></blockquote><p>Also invented.</p></div></article>';
  expect(pageSentences(html)).toEqual([' t ', ' also invented ']);
});
