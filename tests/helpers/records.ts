import { join } from 'node:path';
import { loadContent } from '../../src/model/content/load.ts';
import { type ProjectData, projectSchema, type Vocabulary } from '../../src/model/schemas/index.ts';
import { buildPortfolio, type Portfolio } from '../../src/portfolio/portfolio.ts';
import { ROOT } from './build.ts';

/** The real vocabularies from content/, read through the real loader. */
export const vocabulary: Vocabulary = loadContent(join(ROOT, 'content')).vocabulary;

/** A project record run through the real schema, so tests use what pages get. */
export function record(fields: Record<string, unknown>): ProjectData {
  return projectSchema(vocabulary).parse({ summary: 'A summary.', ...fields });
}

/** A portfolio of small records keyed by slug, as of 1 June 2024. */
export function portfolioOf(records: Record<string, Record<string, unknown>>): Portfolio {
  const inputs = Object.entries(records).map(([slug, fields]) => ({
    slug,
    file: `content/projects/${slug}.md`,
    data: record({ title: slug, ...fields }),
  }));
  return buildPortfolio(inputs, vocabulary, undefined, Date.parse('2024-06-01T00:00:00Z'));
}
