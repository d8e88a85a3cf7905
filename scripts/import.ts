/**
 * npm run import -- <file|dir>… [--out DIR] [--dry-run] [--force] [--json]
 *
 * Reads partners' project pages (front-matter Markdown, labelled text, USAID pages, learning
 * plans, prose, HTML) and IATI 2.03 activity files (.xml) into draft project records. See docs/importer.md.
 * Exit code: 0 when every input imported, 1 when any input failed or the command was wrong.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEnv } from '../src/env.ts';
import { loadImportContext } from '../src/importer/context.ts';
import { importIatiFile, isIatiInput } from '../src/importer/iati.ts';
import { formatReport, formatSkipped, jsonEntry } from '../src/importer/report.ts';
import { collectInputs, type FileReport, importFile } from '../src/importer/run.ts';
import { siteConfig } from '../src/site.config.ts';

const USAGE = `Usage: npm run import -- <file|dir>… [--out DIR] [--dry-run] [--force] [--json]

  --out DIR   where project files go (default: content/projects)
  --dry-run   report what would be written, write nothing
  --force     replace an existing file, showing a diff of the changes
  --json      print one JSON array describing every input on stdout; write nothing
  --help      show this text`;

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        'dry-run': { type: 'boolean', short: 'n', default: false },
        force: { type: 'boolean', short: 'f', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(1);
  }
}

const { values, positionals } = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!positionals.length) {
  console.error(`Name at least one file or directory to import.\n\n${USAGE}`);
  process.exit(1);
}

const dir = buildEnv.contentDir;
const ctx = loadImportContext(dir);
for (const problem of ctx.problems) console.error(`warning: ${problem}`);
const options = {
  outDir: values.out ?? join(dir, 'projects'),
  // Proposed organisations go beside the drafts when --out is given, so a trial run never
  // touches the real content folder.
  organizationsDir: values.out ? join(values.out, 'organizations') : join(dir, 'organizations'),
  dryRun: values['dry-run'] || values.json,
  force: values.force,
};

const { files, failures, skipped } = collectInputs(positionals);
const reports: FileReport[] = failures.map((failure) => ({ ...failure, ok: false, validation: [], duplicates: [] }));
for (const file of files) {
  try {
    // An IATI 2.03 file holds many activities; links back to this site are not copied.
    if (isIatiInput(file))
      reports.push(
        ...importIatiFile(file, ctx, options, siteConfig.site && new URL(siteConfig.base, siteConfig.site).href),
      );
    else reports.push(importFile(file, ctx, options));
  } catch (error) {
    // A bug must not stop the other inputs; name the file so it can be reported.
    reports.push({
      file,
      ok: false,
      error: `the importer failed on this file (${(error as Error).message}); please report it with the file attached`,
      validation: [],
      duplicates: [],
    });
  }
}

if (values.json) {
  console.log(JSON.stringify(reports.map(jsonEntry), null, 2));
  if (skipped.length) console.error(formatSkipped(skipped).trimEnd());
} else {
  if (skipped.length) console.log(formatSkipped(skipped));
  for (const report of reports) (report.ok ? console.log : console.error)(formatReport(report));
  const failed = reports.filter((report) => !report.ok).length;
  console.log(
    `${reports.length - failed} of ${reports.length} imported${failed ? `; ${failed} failed (see ✗ above)` : ''}.`,
  );
}
process.exit(reports.every((report) => report.ok) ? 0 : 1);
