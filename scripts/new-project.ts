/**
 * npm run new -- "Project title" [--slug my-project]
 *
 * Writes content/projects/<slug>.md with every field of the content model, empty or
 * commented out. Never overwrites a file. Exit code: 0 when written, 1 otherwise.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEnv } from '../src/env.ts';
import { loadImportContext } from '../src/importer/context.ts';
import { findDuplicates } from '../src/importer/output.ts';
import { oneLine, projectTemplate } from '../src/importer/template.ts';
import { fieldOrder } from '../src/importer/validate.ts';
import { isSlug, slugify } from '../src/model/slugs.ts';

const USAGE = 'Usage: npm run new -- "Project title" [--slug my-project]';

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

let parsed: ReturnType<
  typeof parseArgs<{ allowPositionals: true; options: { slug: { type: 'string' }; help: { type: 'boolean' } } }>
>;
try {
  parsed = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' }, help: { type: 'boolean' } } });
} catch (error) {
  fail((error as Error).message);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const title = oneLine(parsed.positionals.join(' '));
if (!title) fail('Give the project title, in quotes.');
const slug = parsed.values.slug ?? slugify(title);
if (!slug) fail(`No file name can be made from "${title}"; give one with --slug my-project.`);
if (!isSlug(slug)) fail(`"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens.`);

const dir = buildEnv.contentDir;
const ctx = loadImportContext(dir);
const target = join(dir, 'projects', `${slug}.md`);
const shown = relative(process.cwd(), target);
if (existsSync(target)) fail(`${shown} already exists; nothing was written. Edit that file, or choose another --slug.`);
for (const file of findDuplicates({ title }, slug, ctx.projects)) {
  console.warn(`note: ${file} has the same title; check this is a new project.`);
}
mkdirSync(join(dir, 'projects'), { recursive: true });
writeFileSync(target, projectTemplate(title, fieldOrder(ctx.vocabulary)), { flag: 'wx' });
console.log(
  `Created ${shown}. Write its summary and the facts the source states, then run the site build to check it.`,
);
