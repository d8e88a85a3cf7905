/**
 * Fuzzing: thousands of random mutations of the seed pages, and random bytes, must each end
 * as a record or a clear error, never as an uncaught exception. A seeded generator keeps
 * every run identical, so a failure names a case that can be replayed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { loadImportContext } from '../../src/importer/context.ts';
import { renderProjectFile } from '../../src/importer/output.ts';
import { importText } from '../../src/importer/record.ts';
import { importFile } from '../../src/importer/run.ts';
import { validateRecord } from '../../src/importer/validate.ts';
import { prng } from '../helpers/random.ts';

// About 3 ms each: the whole file stays well under ten seconds.
const MUTATIONS = 2000;
const RANDOM_FILES = 150;

const random = prng(20240611);
const int = (max: number) => Math.floor(random() * max);
const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;

const seedsDir = fileURLToPath(new URL('../fixtures/seeds', import.meta.url));
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(seedsDir, name), 'utf8'));
const ctx = loadImportContext(fileURLToPath(new URL('../../content', import.meta.url)));

// Fragments that steer mutations into the parsers' interesting paths.
const FRAGMENTS = [
  '–',
  '-',
  ':',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\n',
  '\n\n',
  '---\n',
  '\n---\n',
  '[[',
  ']]',
  '[[year:',
  '[[latlng:91,200]]',
  '[[sdgs:42. Nothing]]',
  '<div class="group">',
  '</div>',
  '<script>alert(1)</script>',
  '> ',
  '> Label: question?\n',
  '1) ',
  ' 2) ',
  '$',
  'US $9,9 million',
  'CHF 4’080’000',
  ' million',
  'Duration: ',
  'Budget: ',
  'Key partners: ',
  'Implementing Partner: ',
  'Activity location: ',
  'Sep. 2021 – Sep. 2025',
  'From January to ',
  '2019-2023',
  '9999',
  'Share This Page',
  'Photo Gallery',
  '![x](http://a)',
  '[a](',
  '](',
  '**',
  '•',
  '# ',
  '## ',
  'DPI',
  'USAID-funded',
  'another DAI-implemented',
  'with the Ministry of Finance',
  'Osh oblasts',
  '\u0000',
  '\ufffd',
  '\ud800',
  '😀',
  'Ӂ',
  'www.',
  'https://',
  '@',
  '"',
  '“',
  '”',
  '(',
  ')',
  '\t',
  '\r\n',
];

function mutate(text: string): string {
  let result = text;
  const steps = 1 + int(6);
  for (let i = 0; i < steps; i++) {
    const at = int(result.length + 1);
    const span = int(200);
    switch (int(8)) {
      case 0: // delete a span
        result = result.slice(0, at) + result.slice(at + span);
        break;
      case 1: // duplicate a span
        result = result.slice(0, at + span) + result.slice(at, at + span) + result.slice(at + span);
        break;
      case 2: // insert a fragment
      case 3:
        result = result.slice(0, at) + pick(FRAGMENTS) + result.slice(at);
        break;
      case 4: // a random code point
        result = result.slice(0, at) + String.fromCodePoint(int(0x2ffff)) + result.slice(at);
        break;
      case 5: {
        // swap two lines
        const lines = result.split('\n');
        const a = int(lines.length);
        const b = int(lines.length);
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
        result = lines.join('\n');
        break;
      }
      case 6: // change case of a span
        result = result.slice(0, at) + result.slice(at, at + span).toUpperCase() + result.slice(at + span);
        break;
      default: // truncate
        result = result.slice(0, at);
    }
  }
  return result;
}

/** Mostly a window of one seed, to keep the run short; sometimes the whole page. */
function sample(): string {
  const seed = pick(seeds);
  if (random() < 0.15) return seed;
  const start = int(seed.length);
  return seed.slice(start, start + 200 + int(1300));
}

test(`${MUTATIONS} mutated seeds each give a valid-shaped record or a clear error`, () => {
  // Problems are collected and asserted once: thousands of expect() calls would dominate the run.
  const problems: string[] = [];
  let records = 0;
  for (let i = 0; i < MUTATIONS; i++) {
    const input = mutate(sample());
    let outcome: ReturnType<typeof importText>;
    try {
      outcome = importText(`mutation-${i}.txt`, input, ctx);
    } catch (error) {
      throw new Error(`mutation ${i} threw ${(error as Error).stack}\n--- input ---\n${input}`);
    }
    if (!outcome.ok) {
      if (outcome.error.length < 10) problems.push(`mutation ${i}: unclear error "${outcome.error}"`);
      continue;
    }
    records++;
    const { record, body, missing, provenance, warnings } = outcome.result;
    if (typeof body !== 'string' || !Array.isArray(missing) || !Array.isArray(warnings))
      problems.push(`mutation ${i}: malformed result`);
    for (const field of Object.keys(record))
      if (!provenance[field]) problems.push(`mutation ${i}: ${field} has no provenance`);
    // Checking and writing the record must not throw either; problems come back as messages.
    if (!Array.isArray(validateRecord(record, ctx.vocabulary)))
      problems.push(`mutation ${i}: validation did not answer`);
    if (!renderProjectFile(record, body, missing, 'x.txt').startsWith('---\n'))
      problems.push(`mutation ${i}: bad file`);
  }
  expect(problems).toEqual([]);
  expect(records).toBeGreaterThan(MUTATIONS / 2);
}, 30_000);

const dir = mkdtempSync(join(tmpdir(), 'import-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test(`${RANDOM_FILES} files of random bytes each give a record or a clear error`, () => {
  const outcomes = { ok: 0, failed: 0 };
  for (let i = 0; i < RANDOM_FILES; i++) {
    const bytes = new Uint8Array(int(3000));
    for (let b = 0; b < bytes.length; b++) {
      // Half the files are printable ASCII noise, the others any byte at all.
      bytes[b] = i % 2 ? int(256) : 32 + int(95);
    }
    const path = join(dir, `random-${i}.txt`);
    writeFileSync(path, bytes);
    const report = importFile(path, ctx, {
      outDir: join(dir, 'out'),
      organizationsDir: join(dir, 'orgs'),
      dryRun: true,
      force: false,
    });
    if (report.ok) outcomes.ok++;
    else {
      outcomes.failed++;
      expect(report.error, path).toMatch(/\w{4,}/);
    }
  }
  expect(outcomes.ok + outcomes.failed).toBe(RANDOM_FILES);
  // Arbitrary bytes are almost never UTF-8: those must be refused, with a reason.
  expect(outcomes.failed).toBeGreaterThan(RANDOM_FILES / 2 - 5);
});
