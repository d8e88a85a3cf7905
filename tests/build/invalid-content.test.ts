/**
 * The real `npm run build` on a folder full of editor mistakes (tests/fixtures/invalid-content).
 * What each mistake says is tested through `loadContent` in tests/unit/editor-mistakes.test.ts;
 * here the build proves it stops, prints the one report and nothing else, and writes no site.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const build = inject('invalidBuild');
const FIXTURE = join(ROOT, 'tests/fixtures/invalid-content/projects');
const VALID = ['valid-with-bom.md', 'valid-with-crlf.md', 'duplicate-slug-a.md'];

describe('a content folder full of editor mistakes', () => {
  test('fails the build with a non-zero exit and writes no site', () => {
    expect(build.code).not.toBe(0);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });

  test('prints the report and nothing else: no stack trace, no Astro hint, no locations', () => {
    const lines = build.output.trim().split('\n');
    expect(lines[0]).toMatch(/^\d+ problems in \d+ files; the site was not built\.$/);
    expect(lines.at(-1)).toBe('See README.md, "Adding a project", for every field.');
    for (const line of lines.slice(1, -1)) if (line) expect(line).toMatch(/^invalid-content\/\S/);
    expect(build.output).not.toMatch(/Browser APIs|window is not defined|Location:|Stack trace|^\s+at /m);
  });

  test.each(readdirSync(FIXTURE).filter((name) => name.endsWith('.md') && !VALID.includes(name)))(
    'names projects/%s',
    (name) => {
      expect(build.output).toContain(`\ninvalid-content/projects/${name}`);
    },
  );

  test.each(VALID.filter((name) => name.startsWith('valid')))('accepts %s', (name) => {
    expect(build.output).not.toContain(`invalid-content/projects/${name}`);
  });
});
