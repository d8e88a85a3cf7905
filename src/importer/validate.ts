/**
 * Checks an imported record with the site's own project schema, so an import that passes
 * here also builds, and puts its fields in the content model's order.
 */

import { fieldName } from '../model/content/explain.ts';
import { projectSchema, type Vocabulary } from '../model/schemas/index.ts';
import type { ProjectRecord } from './draft.ts';

const schemas = new WeakMap<Vocabulary, ReturnType<typeof projectSchema>>();

function schemaFor(vocabulary: Vocabulary): ReturnType<typeof projectSchema> {
  const known = schemas.get(vocabulary);
  if (known) return known;
  const schema = projectSchema(vocabulary);
  schemas.set(vocabulary, schema);
  return schema;
}

/** Every problem the site would report for this record, as "field: message". */
export function validateRecord(record: ProjectRecord, vocabulary: Vocabulary): string[] {
  const result = schemaFor(vocabulary).safeParse(record, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    const field = fieldName(path);
    return field ? `${field}: ${issue.message}` : issue.message;
  });
}

/** Field names in the order the content model declares them. */
export function fieldOrder(vocabulary: Vocabulary): string[] {
  return Object.keys(schemaFor(vocabulary).shape);
}

/** The record with its fields in content-model order, empty lists and objects left out. */
export function orderRecord(record: ProjectRecord, vocabulary: Vocabulary): ProjectRecord {
  const ordered: Record<string, unknown> = {};
  const source = record as Record<string, unknown>;
  for (const key of fieldOrder(vocabulary)) {
    const value = source[key];
    if (value === undefined || (Array.isArray(value) && !value.length)) continue;
    ordered[key] = value;
  }
  return ordered as ProjectRecord;
}
