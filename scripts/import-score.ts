/**
 * npm run import:score -- <dir>
 *
 * Imports every page of a corpus folder that has a `<name>.expected.yaml` beside it and
 * compares the drafts with the expected records field by field: accuracy per field and
 * overall, and every invented fact. Writes nothing. See docs/importer.md, "Scoring".
 * Exit code: 0 when at least 95% of stated fields are right and none is invented, else 1.
 */
import { existsSync } from 'node:fs';
import { buildEnv } from '../src/env.ts';
import { loadImportContext } from '../src/importer/context.ts';
import { runCorpus } from '../src/importer/corpus.ts';
import { formatScore } from '../src/importer/score.ts';

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error('Usage: npm run import:score -- <dir>   (a folder of pages, each with <name>.expected.yaml)');
  process.exit(1);
}
const run = runCorpus(dir, loadImportContext(buildEnv.contentDir));
console.log(formatScore(run.score, run.pages.length));
for (const { page, error } of run.errors) console.error(`✗ ${page}: ${error}`);
const passed = run.score.accuracy >= 0.95 && run.score.invented === 0 && !run.errors.length;
process.exit(passed ? 0 : 1);
