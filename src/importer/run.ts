/**
 * The importer's file handling: reading each input safely, validating the result as the
 * site would, and writing the draft and any proposed organisations without ever losing an
 * editor's file. Each input succeeds or fails on its own; nothing here exits or prints.
 *
 * A readable text page always gives a draft: when facts the model requires are missing, the
 * draft is still written, and the report lists what the editor must add before the build.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseFrontMatter, readText } from '../model/content/read.ts';
import type { Organization, Vocabulary } from '../model/schemas/index.ts';
import { slugify } from '../model/slugs.ts';
import type { ImportContext } from './context.ts';
import type { OrganizationProposal } from './extract/organizations.ts';
import { refuseByContent } from './input.ts';
import { findDuplicates, lineDiff, renderOrganizationFile, renderProjectFile } from './output.ts';
import { type ImportResult, importText } from './record.ts';
import { orderRecord, validateRecord } from './validate.ts';

export { collectInputs } from './input.ts';

export interface ImportOptions {
  /** Folder the project files go to. */
  outDir: string;
  /** Folder proposed organisation files go to. */
  organizationsDir: string;
  dryRun: boolean;
  force: boolean;
  /** Time stamp for backups; a parameter so tests can fix it. */
  now?: Date;
}

export type Action =
  | 'written'
  | 'overwritten'
  | 'unchanged'
  | 'would write'
  | 'would overwrite'
  | 'exists'
  | 'not written';

export interface FileReport {
  file: string;
  ok: boolean;
  /** What went wrong and what to do, when `ok` is false. */
  error?: string;
  result?: ImportResult;
  /** Content-model problems of the draft: what the editor must fix before the site builds. */
  validation: string[];
  /** Existing project files this record may repeat. */
  duplicates: string[];
  target?: string;
  action?: Action;
  /** Line diff against the existing file, when there is one. */
  diff?: string;
  /** Where the editor's previous version was kept before it was replaced. */
  backup?: string;
  /** Proposed organisation files and what happened to each. */
  organizationFiles?: { path: string; action: 'written' | 'would write' | 'exists' }[];
}

function readInput(path: string): { ok: true; text: string } | { ok: false; error: string } {
  if (statSync(path).size === 0) return { ok: false, error: 'the file is empty; there is nothing to import' };
  const head = new Uint8Array(8);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const refusal = refuseByContent(head);
  if (refusal) return { ok: false, error: refusal };
  const read = readText(path);
  if (read.ok) return read;
  const where = read.line ? `line ${read.line}: ` : '';
  return { ok: false, error: `${where}${read.message}` };
}

/** The vocabulary as it will be once the proposed organisation files exist. */
function withProposals(vocabulary: Vocabulary, proposals: readonly OrganizationProposal[]): Vocabulary {
  if (!proposals.length) return vocabulary;
  const organizations = new Map(vocabulary.organizations);
  for (const org of proposals) {
    if (!organizations.has(org.id)) organizations.set(org.id, { ...org, aliases: [] } as unknown as Organization);
  }
  return { ...vocabulary, organizations };
}

/** "2024-05-01T12-30-00" for backup names: sortable, and legal in every file system. */
function stamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-');
}

/**
 * Writes `text` to `target`; an existing file (the editor's version) is first copied aside to
 * `<target>.<time>.bak`, never overwritten. Returns the backup's path, if one was made.
 */
export function writeKeepingBackup(target: string, text: string, now: Date): string | undefined {
  let backup: string | undefined;
  if (existsSync(target)) {
    backup = `${target}.${stamp(now)}.bak`;
    for (let n = 2; existsSync(backup); n++) backup = `${target}.${stamp(now)}-${n}.bak`;
    copyFileSync(target, backup);
  }
  writeFileSync(target, text);
  return backup;
}

export function importFile(path: string, ctx: ImportContext, options: ImportOptions): FileReport {
  const report: FileReport = { file: path, ok: false, validation: [], duplicates: [] };
  const input = readInput(path);
  if (!input.ok) return { ...report, error: input.error };
  const outcome = importText(basename(path), input.text, ctx);
  if (!outcome.ok) return { ...report, error: outcome.error };
  const result = { ...outcome.result, file: path, record: orderRecord(outcome.result.record, ctx.vocabulary) };
  const slug = slugify(result.record.title ?? '') || slugify(basename(path, extname(path))) || 'imported-project';
  const target = join(options.outDir, `${slug}.md`);
  const text = renderProjectFile(result.record, result.body, result.missing, basename(path));
  // Validate what would be on disk, read back as the site reads it, not the object in memory.
  const front = parseFrontMatter(text);
  const vocabulary = withProposals(ctx.vocabulary, result.newOrganizations);
  const validation = front.ok ? validateRecord(front.data as typeof result.record, vocabulary) : [front.message];
  const base: FileReport = {
    ...report,
    result,
    validation,
    duplicates: findDuplicates(result.record, slug, ctx.projects),
    target,
  };
  const organizationFiles = result.newOrganizations
    .filter((org) => !ctx.vocabulary.organizations.has(org.id))
    .map((org) => ({ org, path: join(options.organizationsDir, `${org.id}.yaml`) }));
  const exists = existsSync(target);
  const before = exists ? readFileSync(target, 'utf8') : '';
  const diff = exists ? lineDiff(relative(process.cwd(), target), before, text) : undefined;
  if (options.dryRun) {
    const action: Action = !exists ? 'would write' : options.force ? 'would overwrite' : 'exists';
    return {
      ...base,
      ok: true,
      action,
      ...(diff ? { diff } : {}),
      organizationFiles: organizationFiles.map(({ path: file }) => ({
        path: file,
        action: existsSync(file) ? 'exists' : 'would write',
      })),
    };
  }
  if (exists && !options.force) {
    return {
      ...base,
      action: 'exists',
      error: `${relative(process.cwd(), target)} already exists; rerun with --force to replace it (the report shows a diff first and keeps a backup), or use --out DIR`,
    };
  }
  const written: NonNullable<FileReport['organizationFiles']> = [];
  for (const { org, path: file } of organizationFiles) {
    if (existsSync(file)) {
      written.push({ path: file, action: 'exists' });
      continue;
    }
    mkdirSync(options.organizationsDir, { recursive: true });
    writeFileSync(file, renderOrganizationFile(org, basename(path)), { flag: 'wx' });
    written.push({ path: file, action: 'written' });
  }
  if (exists && !diff) return { ...base, ok: true, action: 'unchanged', organizationFiles: written };
  mkdirSync(options.outDir, { recursive: true });
  const backup = writeKeepingBackup(target, text, options.now ?? new Date());
  return {
    ...base,
    ok: true,
    action: exists ? 'overwritten' : 'written',
    ...(diff ? { diff } : {}),
    ...(backup ? { backup } : {}),
    organizationFiles: written,
  };
}
