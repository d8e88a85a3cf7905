/**
 * Lists the files of one content folder and reports every entry that would otherwise be
 * skipped in silence: dotfiles, `.MD` and other near-miss extensions, folders, symlinks.
 * Symlinks are refused, never followed: a link can point anywhere on the machine, and the
 * report must never print (or publish) the content of a file outside the content folder.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ContentIssue } from './issues.ts';

export interface Listing {
  /** Regular files with an accepted extension, sorted, as absolute paths. */
  files: string[];
  /** One issue per entry that is not used. */
  issues: ContentIssue[];
}

/** Pictures and the folders holding them may sit beside project files; they are checked where used. */
const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|tiff?|svg)$/i;

/**
 * The files in `dir` whose extension (case-sensitive) is in `accept`. Anything else is
 * reported; with `images`, pictures and sub-folders (not named like a content file) are allowed.
 */
export function listFolder(
  dir: string,
  accept: readonly string[],
  shown: (path: string) => string,
  { images = false }: { images?: boolean } = {},
): Listing {
  const files: string[] = [];
  const issues: ContentIssue[] = [];
  const kind = accept.includes('.md') ? 'project' : 'organisation';
  const expected = accept.join(' or ');
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    const file = shown(path);
    const ext = extname(name);
    const namedLikeContent = accept.includes(ext.toLowerCase());
    if (images && !stat.isSymbolicLink() && !name.startsWith('.')) {
      if (stat.isDirectory() && !namedLikeContent) continue;
      if (stat.isFile() && IMAGE_EXTENSIONS.test(name)) continue;
    }
    if (stat.isSymbolicLink()) {
      issues.push({
        file,
        message: `is a symbolic link, which is not followed (it could point outside the content folder); replace it with a copy of the ${kind} file`,
      });
    } else if (name.startsWith('.')) {
      issues.push({
        file,
        message: `is a hidden file (its name starts with a dot), so it is not published; rename it without the dot, or delete it if it is an editor's backup`,
      });
    } else if (stat.isDirectory()) {
      issues.push({
        file,
        message: `is a folder; ${kind} files are ${expected} files directly in ${shown(dir)}, so move its files up or delete it`,
      });
    } else if (!stat.isFile()) {
      issues.push({ file, message: 'is not a regular file; delete it' });
    } else if (accept.includes(ext)) {
      files.push(path);
    } else if (namedLikeContent) {
      issues.push({
        file,
        message: `has the extension "${ext}", which is not read; rename it to end in "${ext.toLowerCase()}"`,
      });
    } else {
      issues.push({
        file,
        message: `is not a ${kind} file, so it is not published; ${kind} files end in ${expected}. Rename it, or move it out of ${shown(dir)}`,
      });
    }
  }
  return { files, issues };
}
