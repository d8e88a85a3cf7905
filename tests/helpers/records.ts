import { join } from 'node:path';
import { contentModel, type ProjectData, type Vocabulary } from '../../src/content.config.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildPortfolio, type Portfolio } from '../../src/lib/portfolio.ts';
import { ROOT } from './build.ts';

/** The real vocabularies from content/, read through the real loader. */
export const vocabulary: Vocabulary = loadContent(join(ROOT, 'content'), contentModel).vocabulary;

/** A project record run through the real schema, so tests use what pages get. */
export function record(fields: Record<string, unknown>): ProjectData {
  return contentModel.projectSchema(vocabulary).parse({ summary: 'A summary.', ...fields });
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
