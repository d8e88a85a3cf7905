import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import sharp from 'sharp';

/** What comparing a screenshot with its baseline found. */
export interface Comparison {
  /** Pixels that differ beyond pixelmatch's colour threshold. */
  differing: number;
  /** Share of all pixels that differ, 0–1. */
  share: number;
  /** Why the images could not be compared at all (missing baseline, other size). */
  problem?: string;
}

/**
 * Compares a PNG with the baseline at `baselinePath`. With `update`, the screenshot becomes
 * the baseline instead. On a difference the screenshot and a diff image are written to
 * `failurePrefix`-actual.png and -diff.png, to look at.
 */
export async function compareWithBaseline(
  screenshot: Buffer,
  baselinePath: string,
  failurePrefix: string,
  update: boolean,
): Promise<Comparison> {
  if (update || !existsSync(baselinePath)) {
    if (!update) return { differing: 0, share: 0, problem: `no baseline at ${baselinePath}` };
    mkdirSync(dirname(baselinePath), { recursive: true });
    // Re-encoded losslessly at the strongest compression: the same pixels in about 40 % of the bytes.
    writeFileSync(
      baselinePath,
      await sharp(screenshot).png({ compressionLevel: 9, adaptiveFiltering: true, effort: 10 }).toBuffer(),
    );
    return { differing: 0, share: 0 };
  }
  const actual = PNG.sync.read(screenshot);
  const expected = PNG.sync.read(readFileSync(baselinePath));
  mkdirSync(dirname(failurePrefix), { recursive: true });
  if (actual.width !== expected.width || actual.height !== expected.height) {
    writeFileSync(`${failurePrefix}-actual.png`, screenshot);
    return {
      differing: actual.width * actual.height,
      share: 1,
      problem: `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`,
    };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  if (differing > 0) {
    writeFileSync(`${failurePrefix}-actual.png`, screenshot);
    writeFileSync(`${failurePrefix}-diff.png`, PNG.sync.write(diff));
  }
  return { differing, share: differing / (actual.width * actual.height) };
}
