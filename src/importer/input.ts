/**
 * Which files an import reads: the paths named on the command line, and the text pages
 * directly inside a named folder. Everything else in a folder is listed as skipped, with
 * why, so nothing is passed over in silence; a file that is not a text page is refused
 * with what to do instead.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.text', '']);

export interface SkippedInput {
  path: string;
  reason: string;
}

export interface Inputs {
  files: string[];
  /** Named paths that cannot be imported at all, with what to do. */
  failures: { file: string; error: string }[];
  /** Entries of a named folder that were not read, with why. */
  skipped: SkippedInput[];
}

/** Why an entry of a folder is not read, or undefined when it is a text page to import. */
export function skipReason(name: string, kind: 'file' | 'directory' | 'symlink' | 'other'): string | undefined {
  if (kind === 'directory')
    return 'a subfolder; folders are not read recursively, name it on the command line to import it';
  if (kind === 'symlink') return 'a symbolic link; links are not followed, name the file it points to instead';
  if (kind === 'other') return 'not a regular file';
  if (name.startsWith('.')) return 'a hidden file';
  const extension = extname(name).toLowerCase();
  if (!TEXT_EXTENSIONS.has(extension)) {
    return `a ${extension} file, not a text page (${[...TEXT_EXTENSIONS].filter(Boolean).join(', ')})`;
  }
  return undefined;
}

/** Files named on the command line, with each folder's text pages (not recursive). */
export function collectInputs(paths: readonly string[]): Inputs {
  const inputs: Inputs = { files: [], failures: [], skipped: [] };
  for (const path of paths) {
    if (!existsSync(path)) {
      inputs.failures.push({ file: path, error: 'no such file or directory; check the path' });
      continue;
    }
    if (!statSync(path).isDirectory()) {
      inputs.files.push(path);
      continue;
    }
    const found: string[] = [];
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      const kind = entry.isSymbolicLink()
        ? 'symlink'
        : entry.isDirectory()
          ? 'directory'
          : entry.isFile()
            ? 'file'
            : 'other';
      const reason = skipReason(entry.name, kind);
      if (reason) inputs.skipped.push({ path: full, reason });
      else found.push(full);
    }
    inputs.skipped.sort((a, b) => a.path.localeCompare(b.path));
    if (found.length) inputs.files.push(...found.sort());
    else {
      inputs.failures.push({
        file: path,
        error: `the directory has no text files (${[...TEXT_EXTENSIONS].filter(Boolean).join(', ')}); nothing to import`,
      });
    }
  }
  return inputs;
}

/** Formats recognised by their first bytes, which are never text pages. */
const SIGNATURES: readonly (readonly [string, number[], string])[] = [
  [
    'a PDF',
    [0x25, 0x50, 0x44, 0x46],
    'copy its text into a .txt file (for example with `pdftotext file.pdf`) and import that',
  ],
  ['a Word, Excel or zip file', [0x50, 0x4b, 0x03, 0x04], 'save it as plain text or HTML and import that'],
  ['an old Word or Excel file', [0xd0, 0xcf, 0x11, 0xe0], 'save it as plain text or HTML and import that'],
  ['a PNG picture', [0x89, 0x50, 0x4e, 0x47], 'the importer reads text pages only'],
  ['a JPEG picture', [0xff, 0xd8, 0xff], 'the importer reads text pages only'],
  ['a GIF picture', [0x47, 0x49, 0x46, 0x38], 'the importer reads text pages only'],
];

/** A refusal for a file whose first bytes show it is not a text page, whatever its name. */
export function refuseByContent(head: Uint8Array): string | undefined {
  for (const [what, bytes, todo] of SIGNATURES) {
    if (bytes.every((byte, i) => head[i] === byte)) {
      return `this is ${what} (a binary file), not a text page; the importer does not read it as prose. To import it, ${todo}`;
    }
  }
  return undefined;
}
