/**
 * The five seed pages (copied from the partners' sites into tests/fixtures/seeds) must yield
 * the facts of their curated records in content/projects: each seed's `.expected.json` lists
 * the expected values, and the `facts` named there are also compared with the curated file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadImportContext } from '../../src/importer/context.ts';
import { renderProjectFile } from '../../src/importer/output.ts';
import { importText } from '../../src/importer/record.ts';
import { validateRecord } from '../../src/importer/validate.ts';
import { parseFrontMatter } from '../../src/model/content/read.ts';
import { parsePartialDate, toIso } from '../../src/model/dates.ts';

const seeds = fileURLToPath(new URL('../fixtures/seeds', import.meta.url));
const content = fileURLToPath(new URL('../../content', import.meta.url));
const ctx = loadImportContext(content);

interface Expected {
  curated: string;
  format: string;
  record: Record<string, unknown>;
  facts: string[];
  absent: string[];
  bodyIncludes: string[];
  bodyExcludes: string[];
  bodyOnce?: string[];
}

const cases = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({
    name,
    text: readFileSync(join(seeds, name), 'utf8'),
    expected: JSON.parse(readFileSync(join(seeds, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected,
  }));

/** Curated front matter in the importer's JSON shape: dates as ISO text. */
function curatedFacts(file: string): Record<string, unknown> {
  const front = parseFrontMatter(readFileSync(join(content, 'projects', file), 'utf8'));
  if (!front.ok) throw new Error(`${file}: ${front.message}`);
  const data = { ...(front.data as Record<string, unknown>) };
  for (const key of ['start', 'end', 'updated']) {
    const date = parsePartialDate(data[key]);
    if (date) data[key] = toIso(date);
  }
  return data;
}

test('there are five seeds, each with its expected record', () => {
  expect(cases.map((c) => c.name.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
});

describe.each(cases)('$name', ({ name, text, expected }) => {
  const outcome = importText(name, text, ctx);
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error}`);
  const { result } = outcome;

  test(`is read as ${expected.format}`, () => {
    expect(result.format).toBe(expected.format);
  });

  test('yields the expected facts', () => {
    expect(result.record).toMatchObject(expected.record);
  });

  test('matches the curated record on every listed fact', () => {
    expect(expected.facts.length, 'the expected file lists no facts to compare').toBeGreaterThan(0);
    const curated = curatedFacts(expected.curated);
    for (const field of expected.facts) {
      expect.soft(result.record[field as keyof typeof result.record], field).toEqual(curated[field]);
    }
  });

  test('leaves unstated fields empty and lists them as missing', () => {
    // Every seed leaves some field unstated; an empty list here would check nothing.
    expect(expected.absent.length, 'the expected file lists no absent fields').toBeGreaterThan(0);
    for (const field of expected.absent) {
      expect(result.record).not.toHaveProperty(field);
      expect(result.missing).toContain(field);
    }
  });

  test('reports where every field came from', () => {
    for (const field of Object.keys(result.record)) {
      expect(result.provenance[field]?.snippet, field).toBeTruthy();
    }
  });

  test('keeps the real text and drops boilerplate from the body', () => {
    expect(expected.bodyIncludes.length * expected.bodyExcludes.length, 'no body text to check').toBeGreaterThan(0);
    for (const part of expected.bodyIncludes) expect(result.body).toContain(part);
    for (const part of expected.bodyExcludes) expect(result.body).not.toContain(part);
    for (const part of expected.bodyOnce ?? []) expect(result.body.split(part).length - 1, part).toBe(1);
  });

  test('passes the site schema, also when written out and read back', () => {
    expect(validateRecord(result.record, ctx.vocabulary)).toEqual([]);
    const file = parseFrontMatter(renderProjectFile(result.record, result.body, result.missing, name));
    expect(file.ok && validateRecord(file.data as typeof result.record, ctx.vocabulary)).toEqual([]);
  });
});

test("donors named only in the implementer's general paragraph are not the project's donors (seed 001)", () => {
  const seed = cases.find((c) => c.name.startsWith('001'));
  const outcome = seed && importText(seed.name, seed.text, ctx);
  expect(outcome?.ok && outcome.result.record.donors).toBeUndefined();
  expect(outcome?.ok && outcome.result.warnings.some((warning) => warning.includes('About the implementer'))).toBe(
    true,
  );
});
