import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, OUTPUT, ROOT } from '../helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    invalidBuild: { code: number; output: string; outDir: string };
  }
}

/**
 * One real build of the bundled content and one of the invalid fixture, shared by the build
 * tests. The fixture gets its 5 MB file here rather than in git.
 */
export default async function setup(project: TestProject) {
  const invalidContent = join(OUTPUT, 'invalid-content');
  rmSync(invalidContent, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/invalid-content'), invalidContent, { recursive: true });
  writeFileSync(
    join(invalidContent, 'projects/huge-body.md'),
    `---\ntitle: Huge body\nsummary: A pasted report.\n---\n\n${'A pasted annual report. '.repeat(220_000)}`,
  );
  const site = await buildSite('site', { contentDir: 'content' });
  const invalid = await buildSite('invalid', { contentDir: invalidContent });
  if (site.code !== 0) throw new Error(`the bundled site did not build:\n${site.output}`);
  project.provide('siteDir', site.outDir);
  project.provide('invalidBuild', invalid);
}
