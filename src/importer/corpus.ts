/**
 * Runs the importer over a corpus folder and scores it (see score.ts): every page with a
 * `<name>.expected.yaml` beside it is imported in memory, nothing is written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse } from 'yaml';
import type { ImportContext } from './context.ts';
import { importText } from './record.ts';
import { type CorpusScore, type FieldScore, scoreCorpus, scoreRecord } from './score.ts';

const EXPECTED = '.expected.yaml';

export interface CorpusRun {
  pages: { page: string; scores: FieldScore[] }[];
  score: CorpusScore;
  /** Pages the importer refused: each is a failure of the "never fail a readable page" rule. */
  errors: { page: string; error: string }[];
}

export function runCorpus(dir: string, ctx: ImportContext): CorpusRun {
  const names = readdirSync(dir);
  const pages: CorpusRun['pages'] = [];
  const errors: CorpusRun['errors'] = [];
  for (const name of names.filter((file) => file.endsWith(EXPECTED)).sort()) {
    const stem = name.slice(0, -EXPECTED.length);
    const page = names.find((file) => file !== name && file.startsWith(`${stem}.`) && extname(file) !== '.yaml');
    if (!page) {
      errors.push({ page: name, error: 'no page beside this expected record' });
      continue;
    }
    const expected = (parse(readFileSync(join(dir, name), 'utf8')) ?? {}) as Record<string, unknown>;
    const outcome = importText(page, readFileSync(join(dir, page), 'utf8'), ctx);
    if (!outcome.ok) {
      errors.push({ page, error: outcome.error });
      pages.push({ page, scores: scoreRecord({}, expected) });
      continue;
    }
    pages.push({ page, scores: scoreRecord(outcome.result.record, expected) });
  }
  return { pages, score: scoreCorpus(pages), errors };
}
