/**
 * The record being assembled from one input, with where each field came from. Extractors
 * run from the most explicit source (front matter, labels, tags) to the least (prose), and
 * a field, once set, is never overwritten: the explicit statement wins.
 */
import type { z } from 'zod';
import type { projectShape } from '../model/schemas/project.ts';
import type { OrganizationProposal } from './extract/organizations.ts';
import { clip, lineOfSnippet } from './text/text.ts';

/** The record as the content model declares it, after normalisation. */
type ModelRecord = z.output<z.ZodObject<typeof projectShape>>;
type DateField = 'start' | 'end' | 'updated';

/**
 * Front-matter fields as in the content model, derived from its schema: each optional, and
 * dates written as the source gives them ("2019", "2021-09", "2019-04-23") rather than parsed.
 */
export type ProjectRecord = {
  [K in keyof ModelRecord]?: K extends DateField
    ? string
    : K extends 'source'
      ? Omit<NonNullable<ModelRecord['source']>, 'retrieved'> & { retrieved?: string }
      : ModelRecord[K];
};

export type ListField = {
  [K in keyof ProjectRecord]-?: NonNullable<ProjectRecord[K]> extends readonly unknown[] ? K : never;
}[keyof ProjectRecord];

/** Where a field's value came from. */
export interface Provenance {
  /** The words of the source the value was read from. */
  snippet: string;
  /** 1-based line of the snippet in the input, when found. */
  line?: number;
  /** How it was read, e.g. `label "Duration"` or `prose: "with financial support from"`. */
  rule: string;
  /** How sure the importer is: see `confidenceOf`. */
  confidence: Confidence;
}

/**
 * `label`: the source states the field under a label, a front-matter key or a tag;
 * `pattern`: read from a phrase or position (a funding phrase, the first heading, a place name);
 * `guess`: inferred (a subject repeated in the text, an adjective) and flagged for review.
 */
export type Confidence = 'label' | 'pattern' | 'guess';

export function confidenceOf(rule: string): Confidence {
  if (/^guess|\bguess/i.test(rule)) return 'guess';
  if (/^(?:label|front matter|tag)\b/.test(rule)) return 'label';
  return 'pattern';
}

export interface Draft {
  /** The input text, for finding the line of a snippet. */
  readonly input: string;
  record: ProjectRecord;
  provenance: Record<string, Provenance>;
  warnings: string[];
  newOrganizations: OrganizationProposal[];
}

export function createDraft(input: string): Draft {
  return { input, record: {}, provenance: {}, warnings: [], newOrganizations: [] };
}

function note(draft: Draft, field: string, snippet: string, rule: string): void {
  if (draft.provenance[field]) return;
  const line = lineOfSnippet(draft.input, snippet);
  draft.provenance[field] = {
    snippet: clip(snippet, 200),
    ...(line ? { line } : {}),
    rule,
    confidence: confidenceOf(rule),
  };
}

/** Sets a single-valued field unless an earlier, more explicit source already did. */
export function setField<K extends keyof ProjectRecord>(
  draft: Draft,
  field: K,
  value: ProjectRecord[K],
  snippet: string,
  rule: string,
): boolean {
  if (value === undefined || draft.record[field] !== undefined) return false;
  draft.record[field] = value;
  note(draft, field, snippet, rule);
  return true;
}

/** Adds values to a list field, skipping ones already there (compared as JSON). */
export function addToList<K extends ListField>(
  draft: Draft,
  field: K,
  values: NonNullable<ProjectRecord[K]>,
  snippet: string,
  rule: string,
): number {
  const list = (draft.record[field] ?? []) as unknown[];
  const seen = new Set(list.map((value) => JSON.stringify(value)));
  let added = 0;
  for (const value of values as unknown[]) {
    const key = JSON.stringify(value);
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(value);
    added++;
  }
  if (!added) return 0;
  (draft.record as Record<string, unknown>)[field] = list;
  note(draft, field, snippet, rule);
  return added;
}

export function warn(draft: Draft, message: string): void {
  if (!draft.warnings.includes(message)) draft.warnings.push(message);
}
