/**
 * Scores the importer against a corpus: each page `<name>.<ext>` beside an expected record
 * `<name>.expected.yaml` naming the facts the page states. Field by field, a draft value is
 * right when it equals the expected one, missed when the draft lacks a stated fact, wrong
 * when it differs, and **invented** when the draft has a value the page does not state (the
 * field is absent from the expected record). Pure: the caller reads the files.
 */
import type { ProjectRecord } from './draft.ts';
import { matchKey } from './text/text.ts';

/** The fields scored: the facts an editor most needs, and the ones most often misread. */
export const SCORED_FIELDS = [
  'title',
  'start',
  'end',
  'budget',
  'donors',
  'implementers',
  'countries',
] as const satisfies readonly (keyof ProjectRecord)[];
export type ScoredField = (typeof SCORED_FIELDS)[number];

export type Verdict = 'right' | 'wrong' | 'missed' | 'invented';

export interface FieldScore {
  field: ScoredField;
  verdict: Verdict;
  expected?: unknown;
  actual?: unknown;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A comparable form: titles ignore case, spacing and punctuation; lists ignore order; dates are strings. */
function normal(field: ScoredField, value: unknown): string {
  if (field === 'title') return matchKey(String(value));
  if (field === 'budget') {
    const money = value as { amount?: unknown; currency?: unknown };
    return `${Number(money.amount)} ${String(money.currency).toUpperCase()}`;
  }
  if (Array.isArray(value)) return JSON.stringify(value.map(String).sort());
  return String(value);
}

/** Compares one draft with its expected record. */
export function scoreRecord(actual: ProjectRecord, expected: Readonly<Record<string, unknown>>): FieldScore[] {
  return SCORED_FIELDS.flatMap((field): FieldScore[] => {
    const want = expected[field];
    const got = actual[field];
    if (isEmpty(want) && isEmpty(got)) return [];
    if (isEmpty(want)) return [{ field, verdict: 'invented', actual: got }];
    if (isEmpty(got)) return [{ field, verdict: 'missed', expected: want }];
    const verdict = normal(field, want) === normal(field, got) ? 'right' : 'wrong';
    return [{ field, verdict, expected: want, actual: got }];
  });
}

export interface CorpusScore {
  /** Fields stated by the pages (right + wrong + missed). */
  stated: number;
  right: number;
  invented: number;
  /** right / stated, 0–1. */
  accuracy: number;
  byField: Record<ScoredField, { stated: number; right: number; invented: number }>;
  /** Every field that is not right, by page. */
  failures: { page: string; score: FieldScore }[];
}

export function scoreCorpus(pages: readonly { page: string; scores: readonly FieldScore[] }[]): CorpusScore {
  const byField = Object.fromEntries(
    SCORED_FIELDS.map((field) => [field, { stated: 0, right: 0, invented: 0 }]),
  ) as CorpusScore['byField'];
  const failures: CorpusScore['failures'] = [];
  for (const { page, scores } of pages) {
    for (const score of scores) {
      const tally = byField[score.field];
      if (score.verdict === 'invented') tally.invented++;
      else tally.stated++;
      if (score.verdict === 'right') tally.right++;
      else failures.push({ page, score });
    }
  }
  const totals = Object.values(byField);
  const stated = totals.reduce((sum, tally) => sum + tally.stated, 0);
  const right = totals.reduce((sum, tally) => sum + tally.right, 0);
  const invented = totals.reduce((sum, tally) => sum + tally.invented, 0);
  return { stated, right, invented, accuracy: stated ? right / stated : 1, byField, failures };
}

/** The score as a table for a terminal. */
export function formatScore(score: CorpusScore, pages: number): string {
  const percent = (right: number, stated: number) => (stated ? `${((100 * right) / stated).toFixed(1)}%` : '—');
  const lines = [
    `${pages} pages, ${score.stated} stated fields: ${score.right} right (${percent(score.right, score.stated)}), ${score.invented} invented`,
    '',
    'field         right   stated  invented',
    ...SCORED_FIELDS.map((field) => {
      const tally = score.byField[field];
      return `${field.padEnd(13)} ${percent(tally.right, tally.stated).padStart(6)}  ${String(tally.stated).padStart(6)}  ${String(tally.invented).padStart(8)}`;
    }),
  ];
  if (score.failures.length) {
    lines.push('', 'not right:');
    for (const { page, score: field } of score.failures) {
      const show = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));
      lines.push(
        `  ${page}  ${field.field}: ${field.verdict}; expected ${show(field.expected)}, got ${show(field.actual)}`,
      );
    }
  }
  return lines.join('\n');
}
