/**
 * Build outputs kept across builds, keyed by a digest of everything they are made from: a
 * rebuild reuses what did not change and makes only the rest. Files are written to a temporary
 * name and renamed, so a build stopped half-way never leaves a truncated entry behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A digest fed one input at a time, for inputs too large to hold at once; the same value as `digestOf`. */
export function digester(): { add(part: string | Uint8Array): void; digest(): string } {
  const hash = createHash('sha256');
  return {
    add(part) {
      const bytes = typeof part === 'string' ? Buffer.from(part) : part;
      hash.update(`${bytes.length}:`);
      hash.update(bytes);
    },
    digest: () => hash.digest('hex'),
  };
}

/** SHA-256 (hex) of the inputs, in order; each is length-prefixed so `['ab','c']` ≠ `['a','bc']`. */
export function digestOf(parts: readonly (string | Uint8Array)[]): string {
  const hash = digester();
  for (const part of parts) hash.add(part);
  return hash.digest();
}

export interface DigestCache {
  /** Makes and stores the entry for `inputs` unless it is stored already; true when it was made. */
  ensure(inputs: readonly (string | Uint8Array)[], make: () => Promise<Uint8Array>): Promise<boolean>;
  /** The bytes made for `inputs`: read from the cache if made before, else made and stored. */
  get(inputs: readonly (string | Uint8Array)[], make: () => Promise<Uint8Array>): Promise<Uint8Array>;
  /** Entries read from the cache and made, since this cache was opened. */
  readonly stats: { hits: number; misses: number };
}

/** A cache of files named `<digest><ending>` in `dir` (created when first written). */
export function digestCache(dir: string, ending = ''): DigestCache {
  const stats = { hits: 0, misses: 0 };
  let made = false;
  const fileOf = (inputs: readonly (string | Uint8Array)[]) => join(dir, `${digestOf(inputs)}${ending}`);
  const store = async (file: string, make: () => Promise<Uint8Array>) => {
    const bytes = await make();
    stats.misses++;
    if (!made) {
      mkdirSync(dir, { recursive: true });
      made = true;
    }
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
    return bytes;
  };
  return {
    stats,
    async get(inputs, make) {
      const file = fileOf(inputs);
      try {
        const bytes = readFileSync(file);
        stats.hits++;
        return bytes;
      } catch {
        // Not made yet (or unreadable): make it.
      }
      return store(file, make);
    },
    async ensure(inputs, make) {
      const file = fileOf(inputs);
      if (existsSync(file)) return false;
      await store(file, make);
      return true;
    },
  };
}
