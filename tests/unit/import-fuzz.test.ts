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
import { fieldOrder, validateRecord } from '../../src/importer/validate.ts';
import { parseFrontMatter } from '../../src/model/content/read.ts';
import { projectSchema } from '../../src/model/schemas/index.ts';
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

/** Whitespace folded, as provenance snippets are. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The model's fields: an imported record may hold these and nothing else. */
const MODEL_FIELDS = new Set(fieldOrder(ctx.vocabulary));
/** A validation message names its field first: `budget.currency: …`, `donors[0]: …`. */
const namesAModelField = (message: string) => MODEL_FIELDS.has(message.match(/^(\w+)[.[:]/)?.[1] ?? '');
const schema = projectSchema(ctx.vocabulary);

test(`${MUTATIONS} mutated seeds each give a record the model accepts or names the fields of, or a clear error`, () => {
  // Problems are collected and asserted once: thousands of expect() calls would dominate the run.
  const problems: string[] = [];
  const tally = { records: 0, valid: 0, invalid: 0, refused: 0 };
  for (let i = 0; i < MUTATIONS; i++) {
    const input = mutate(sample());
    let outcome: ReturnType<typeof importText>;
    try {
      outcome = importText(`mutation-${i}.txt`, input, ctx);
    } catch (error) {
      throw new Error(`mutation ${i} threw ${(error as Error).stack}\n--- input ---\n${input}`);
    }
    if (!outcome.ok) {
      tally.refused++;
      // The only refusals: blank input, or front matter that cannot be read, with its line.
      if (!/^line \d+: \S|^the file contains only blank space/.test(outcome.error))
        problems.push(`mutation ${i}: error names no line: "${outcome.error}"`);
      continue;
    }
    tally.records++;
    const { record, body, missing, provenance } = outcome.result;
    for (const [field, value] of Object.entries(record)) {
      // No invented fields: each is a field of the model, with the words it was read from.
      if (!MODEL_FIELDS.has(field)) problems.push(`mutation ${i}: invented field ${field}`);
      if (!squash(provenance[field]?.snippet ?? '')) problems.push(`mutation ${i}: ${field} has no provenance`);
      if (value === undefined || (Array.isArray(value) && !value.length))
        problems.push(`mutation ${i}: ${field} is set but empty`);
    }
    for (const field of missing) if (field in record) problems.push(`mutation ${i}: ${field} is both set and missing`);
    // The file as written, read back as the site reads it, gets the same verdict as the record.
    const file = parseFrontMatter(renderProjectFile(record, body, missing, 'x.txt'));
    if (!file.ok) {
      problems.push(`mutation ${i}: the written file cannot be read back: ${file.message}`);
      continue;
    }
    const verdict = validateRecord(record, ctx.vocabulary);
    const readBack = validateRecord(file.data as typeof record, ctx.vocabulary);
    if (verdict.join('\n') !== readBack.join('\n'))
      problems.push(`mutation ${i}: the written file reads back differently: ${readBack.join('; ')}`);
    if (verdict.length) {
      tally.invalid++;
      for (const message of verdict)
        if (!namesAModelField(message)) problems.push(`mutation ${i}: "${message}" names no field`);
    } else {
      tally.valid++;
      // Valid records mean the same in memory and on disk, down to every parsed value.
      expectSame(schema.parse(record), schema.parse(file.data), `mutation ${i}`, problems);
    }
  }
  expect(problems).toEqual([]);
  // Each kind of outcome occurs often enough for its checks above to have been exercised.
  expect(tally.records).toBeGreaterThan(MUTATIONS / 2);
  expect(tally.valid).toBeGreaterThan(MUTATIONS / 10);
  expect(tally.invalid).toBeGreaterThan(10);
  expect(tally.refused).toBeGreaterThan(0);
}, 60_000);

function expectSame(a: unknown, b: unknown, label: string, problems: string[]): void {
  if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${label}: record and written file differ`);
}

const dir = mkdtempSync(join(tmpdir(), 'import-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test(`${RANDOM_FILES} files of random bytes each give a record that passes the model or a reason`, () => {
  const problems: string[] = [];
  let incomplete = 0;
  for (let i = 0; i < RANDOM_FILES; i++) {
    const binary = i % 2 === 1;
    const bytes = new Uint8Array(1 + int(3000));
    // Half the files are printable ASCII noise, the others any byte at all.
    for (let b = 0; b < bytes.length; b++) bytes[b] = binary ? int(256) : 32 + int(95);
    const path = join(dir, `random-${i}.txt`);
    writeFileSync(path, bytes);
    const report = importFile(path, ctx, {
      outDir: join(dir, 'out'),
      organizationsDir: join(dir, 'orgs'),
      dryRun: true,
      force: false,
    });
    if (binary) {
      // Arbitrary bytes are almost never UTF-8 (and 3,000 random bytes hold a NUL with p > 0.99).
      if (report.ok || !/binary, not text|not valid UTF-8/.test(report.error ?? ''))
        problems.push(`${path}: binary noise not refused as such: ${report.error ?? report.action}`);
      continue;
    }
    if (/binary|UTF-8/.test(report.error ?? '')) problems.push(`${path}: printable ASCII refused: ${report.error}`);
    if (report.ok) {
      // A readable page always gives a draft (never a failed import); what the model still
      // needs is listed by field, and the record holds model fields only.
      if (report.validation.length) incomplete++;
      for (const message of report.validation)
        if (!namesAModelField(message)) problems.push(`${path}: "${message}" names no field`);
      for (const field of Object.keys(report.result?.record ?? {}))
        if (!MODEL_FIELDS.has(field)) problems.push(`${path}: invented field ${field}`);
    } else if (report.validation.length) {
      problems.push(`${path}: a readable page refused instead of drafted: ${report.error}`);
    } else if (!/^line \d+: \S|only blank space/.test(report.error ?? '')) {
      problems.push(`${path}: unclear refusal "${report.error}"`);
    }
  }
  expect(problems).toEqual([]);
  // Noise has no title or summary: a draft listing those fields is the usual outcome.
  expect(incomplete).toBeGreaterThan(RANDOM_FILES / 4);
});
