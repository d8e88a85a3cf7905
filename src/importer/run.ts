/**
 * The importer's file handling: which inputs to read, reading each safely, validating the
 * result as the site would, and writing it only when that is safe. Each input succeeds or
 * fails on its own; nothing here exits the process or prints.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseFrontMatter, readText } from '../model/content/read.ts';
import { slugify } from '../model/slugs.ts';
import type { ImportContext } from './context.ts';
import { findDuplicates, lineDiff, renderProjectFile } from './output.ts';
import { type ImportResult, importText } from './record.ts';
import { orderRecord, validateRecord } from './validate.ts';

export interface ImportOptions {
  /** Folder the project files go to. */
  outDir: string;
  dryRun: boolean;
  force: boolean;
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
  /** Content-model problems of the record; any of them means it was not written. */
  validation: string[];
  /** Existing project files this record may repeat. */
  duplicates: string[];
  target?: string;
  action?: Action;
  /** Line diff against the existing file, when there is one. */
  diff?: string;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.text', '']);

/** Files named on the command line, with each directory's text files (not recursive). */
export function collectInputs(paths: readonly string[]): { files: string[]; failures: FileReport[] } {
  const files: string[] = [];
  const failures: FileReport[] = [];
  const fail = (file: string, error: string) =>
    failures.push({ file, ok: false, error, validation: [], duplicates: [] });
  for (const path of paths) {
    if (!existsSync(path)) {
      fail(path, 'no such file or directory; check the path');
      continue;
    }
    if (!statSync(path).isDirectory()) {
      files.push(path);
      continue;
    }
    const inside = readdirSync(path, { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isFile() && !entry.name.startsWith('.') && TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase()),
      )
      .map((entry) => join(path, entry.name))
      .sort();
    if (inside.length) files.push(...inside);
    else
      fail(
        path,
        `the directory has no text files (${[...TEXT_EXTENSIONS].filter(Boolean).join(', ')}); nothing to import`,
      );
  }
  return { files, failures };
}

function readInput(path: string): { ok: true; text: string } | { ok: false; error: string } {
  if (statSync(path).size === 0) return { ok: false, error: 'the file is empty; there is nothing to import' };
  const read = readText(path);
  if (read.ok) return read;
  const where = read.line ? `line ${read.line}: ` : '';
  return { ok: false, error: `${where}${read.message}` };
}

export function importFile(path: string, ctx: ImportContext, options: ImportOptions): FileReport {
  const report: FileReport = { file: path, ok: false, validation: [], duplicates: [] };
  const input = readInput(path);
  if (!input.ok) return { ...report, error: input.error };
  const outcome = importText(basename(path), input.text, ctx);
  if (!outcome.ok) return { ...report, error: outcome.error };
  const result = { ...outcome.result, file: path, record: orderRecord(outcome.result.record, ctx.vocabulary) };
  const slug = slugify(result.record.title ?? basename(path, extname(path)));
  const target = join(options.outDir, `${slug}.md`);
  const text = renderProjectFile(result.record, result.body, result.missing, basename(path));
  // Validate what would be on disk, read back as the site reads it, not the object in memory.
  const front = parseFrontMatter(text);
  const validation = front.ok ? validateRecord(front.data as typeof result.record, ctx.vocabulary) : [front.message];
  const base: FileReport = {
    ...report,
    result,
    validation,
    duplicates: findDuplicates(result.record, slug, ctx.projects),
    target,
  };
  if (validation.length) {
    return {
      ...base,
      action: 'not written',
      error: `the record does not pass the content model (${validation.join('; ')}); nothing was written. Fill the missing facts by hand, starting from \`npm run new\``,
    };
  }
  const exists = existsSync(target);
  const before = exists ? readFileSync(target, 'utf8') : '';
  const diff = exists ? lineDiff(relative(process.cwd(), target), before, text) : undefined;
  if (options.dryRun) {
    const action: Action = !exists ? 'would write' : options.force ? 'would overwrite' : 'exists';
    return { ...base, ok: true, action, ...(diff ? { diff } : {}) };
  }
  if (exists && !options.force) {
    return {
      ...base,
      action: 'exists',
      error: `${relative(process.cwd(), target)} already exists; rerun with --force to replace it (the report shows a diff first), or use --out DIR`,
    };
  }
  if (exists && !diff) return { ...base, ok: true, action: 'unchanged' };
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(target, text);
  return { ...base, ok: true, action: exists ? 'overwritten' : 'written', ...(diff ? { diff } : {}) };
}
