import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { rootSite } from '../setup/sites.ts';

const site = rootSite(inject('qualitySites'));
const again = inject('qualityRebuild');

/** sha256 of every file below `dir`, keyed by its path relative to `dir`. */
function digests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
  return new Map(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

test('two builds of the same content with the same BUILD_DATE are byte-identical', () => {
  const first = digests(site.dist);
  const second = digests(again);
  expect(first.size).toBeGreaterThan(50);
  expect([...second.keys()], 'the file lists differ').toEqual([...first.keys()]);
  const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
  expect(differing, 'these files differ between the two builds').toEqual([]);
});
