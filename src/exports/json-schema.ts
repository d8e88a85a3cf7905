/**
 * The JSON Schema of a project file's front matter, generated from the model's Zod shape with
 * `z.toJSONSchema`, then completed where Zod's input types are wider than what an editor may
 * write: dates get their pattern, lists accept a single value (as the site does), and
 * references to vocabularies list the known ids, so editors autocomplete them.
 */
import { z } from 'zod';
import { projectShape, type Vocabulary } from '../model/schemas/index.ts';

type JsonSchema = Record<string, unknown>;

const DATE = {
  anyOf: [
    { type: 'integer', minimum: 1900, maximum: 2200, description: 'A year, e.g. 2019' },
    {
      type: 'string',
      pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
      description: 'A year, month or day: 2019, 2021-09 or 2019-01-15',
    },
  ],
};
const DATE_FIELDS = ['start', 'end', 'updated'];

/** `donors: usaid` is read as `[usaid]`, so a list field also takes one item. */
function listOrItem(schema: JsonSchema): JsonSchema {
  return { anyOf: [schema, schema.items as JsonSchema] };
}

function withEnum(schema: JsonSchema, values: readonly (string | number)[]): JsonSchema {
  return { ...schema, items: { ...(schema.items as JsonSchema), enum: [...values] } };
}

/** The schema, with `$id` set to where it is published. */
export function projectJsonSchema(vocabulary: Vocabulary, id: string): JsonSchema {
  const generated = z.toJSONSchema(z.strictObject(projectShape), {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema & { properties: Record<string, JsonSchema> };
  const properties = { ...generated.properties };
  const references: Record<string, readonly (string | number)[]> = {
    donors: [...vocabulary.organizations.keys()],
    implementers: [...vocabulary.organizations.keys()],
    partners: [...vocabulary.organizations.keys()],
    regions: [...vocabulary.regions.keys()],
    solutions: [...vocabulary.solutions.keys()],
    sdgs: [...vocabulary.sdgs.keys()],
  };
  for (const [key, schema] of Object.entries(properties)) {
    if (DATE_FIELDS.includes(key)) properties[key] = DATE;
    else if (schema.type === 'array') {
      const values = references[key];
      properties[key] = listOrItem(values ? withEnum(schema, values) : schema);
    }
  }
  const source = properties.source as JsonSchema & { properties: Record<string, JsonSchema> };
  properties.source = { ...source, properties: { ...source.properties, retrieved: DATE } };
  return {
    ...generated,
    $id: id,
    title: 'Project front matter',
    description:
      'The YAML front matter of one file content/projects/<slug>.md. Generated from the content model; see the README.',
    properties,
  };
}
