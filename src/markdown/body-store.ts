/**
 * Rendered project bodies, kept as one file per entry digest beside Astro's data store rather
 * than inside it. The data store is written as one string; with every body in it (as devalue
 * text, where each `<` takes six characters) it passed V8's maximum string length at 100,000
 * projects. Kept here, the store holds front matter only, and a body rendered once is reused by
 * every later build whose entry digest (front matter, Markdown and base path) is unchanged.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ENDING = '.html';

/** The folder of one collection's stored bodies inside a build cache folder. */
export function bodiesDir(cacheDir: string, collection = 'projects'): string {
  return join(cacheDir, 'bodies', collection);
}

/** The file of the body rendered for an entry digest. */
export function bodyFile(dir: string, digest: string | number): string {
  return join(dir, `${digest}${ENDING}`);
}

/** Whether a body for this digest is stored. */
export function hasBody(dir: string, digest: string | number): boolean {
  try {
    return statSync(bodyFile(dir, digest)).isFile();
  } catch {
    return false;
  }
}

/** Stores a body; written to a temporary name and renamed, so a stopped build leaves no partial file. */
export function writeBody(dir: string, digest: string | number, html: string): void {
  mkdirSync(dir, { recursive: true });
  const file = bodyFile(dir, digest);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, html);
  renameSync(temporary, file);
}

/** The stored body of a digest; a missing one is a broken cache, named with its fix. */
export function readBody(dir: string, digest: string | number): string {
  try {
    return readFileSync(bodyFile(dir, digest), 'utf8');
  } catch {
    throw new Error(
      `The rendered body ${bodyFile(dir, digest)} is missing from the build cache; delete the cache folder and build again.`,
    );
  }
}

/** Deletes stored bodies whose digest is not in `keep` (records edited or removed since); returns how many. */
export function pruneBodies(dir: string, keep: ReadonlySet<string>): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (name.endsWith(ENDING) && keep.has(name.slice(0, -ENDING.length))) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
