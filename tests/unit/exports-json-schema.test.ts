import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { projectJsonSchema } from '../../src/exports/json-schema.ts';
import { ROOT } from '../helpers/build.ts';
import { content } from '../helpers/exports.ts';

const schema = projectJsonSchema(content.vocabulary, 'https://example.org/schema/project.json');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Front matter as an editor's YAML tooling reads it (YAML 1.2: dates stay strings). */
function frontMatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
}

test.each(content.projects.map((project) => [project.file, project.path]))('%s validates', (_file, path) => {
  const valid = validate(frontMatter(path));
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
});

test.each([
  ['an unknown key', { title: 'T', summary: 'S', colour: 'red' }, 'additionalProperties'],
  ['an unknown donor', { title: 'T', summary: 'S', donors: ['nobody'] }, 'enum'],
  ['a free-form date', { title: 'T', summary: 'S', start: 'Sept 2021' }, 'pattern'],
  ['no summary', { title: 'T' }, 'required'],
  ['an SDG 18', { title: 'T', summary: 'S', sdgs: [18] }, 'enum'],
])('a record with %s fails', (_name, data, keyword) => {
  expect(validate(data)).toBe(false);
  expect(validate.errors?.map((error) => error.keyword)).toContain(keyword);
});

test.each([
  ['a single donor', { title: 'T', summary: 'S', donors: 'usaid' }],
  ['a year as a number', { title: 'T', summary: 'S', start: 2019, end: '2021-09' }],
])('a record with %s passes, as the site accepts it', (_name, data) => {
  expect(validate(data)).toBe(true);
});

test('README names the published schema', () => {
  expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('/schema/project.json');
});
