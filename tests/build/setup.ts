import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, OUTPUT, prepareContent, ROOT } from '../helpers/build.ts';

/** Generated projects added to the bundled five, so lists run to three pages. */
export const MANY = 115;

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    invalidBuild: { code: number; output: string; outDir: string };
    /** The bundled projects plus generated ones, enough to paginate lists. */
    manyDir: string;
    /** What the build of `manyDir` printed: it has no SITE_URL. */
    manyOutput: string;
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
  const manyContent = prepareContent('many-content');
  for (let i = 1; i <= MANY; i++) {
    const country = i % 3 === 0 ? 'TJ' : 'KG';
    writeFileSync(
      join(manyContent, 'projects', `generated-${String(i).padStart(3, '0')}.md`),
      `---\ntitle: Generated project ${i}\nsummary: Project number ${i}.\ncountries: [${country}]\nstart: ${2000 + (i % 25)}\n---\n\nBody ${i}.\n`,
    );
  }
  const site = await buildSite('site', { contentDir: 'content' });
  const invalid = await buildSite('invalid', { contentDir: invalidContent });
  // Built as a first deploy is: without SITE_URL or EDIT_URL.
  const many = await buildSite('many', { contentDir: manyContent, siteUrl: '', editUrl: '' });
  if (site.code !== 0) throw new Error(`the bundled site did not build:\n${site.output}`);
  if (many.code !== 0) throw new Error(`the ${MANY}-project site did not build:\n${many.output}`);
  project.provide('siteDir', site.outDir);
  project.provide('invalidBuild', invalid);
  project.provide('manyDir', many.outDir);
  project.provide('manyOutput', many.output);
}
