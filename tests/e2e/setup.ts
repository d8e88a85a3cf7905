import type { TestProject } from 'vitest/node';
import { buildSite, prepareContent } from '../helpers/build.ts';
import { type StaticServer, serve } from '../helpers/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The search fixture site, served at `/` and under `/portfolio/`. */
    searchSites: { base: string; url: string; dist: string }[];
    searchContent: string;
  }
}

/**
 * The bundled projects plus tests/fixtures/search-projects, so filters and sorts have more
 * than five projects to work on; built twice, at the root and under a base path.
 */
export default async function setup(project: TestProject) {
  const content = prepareContent('search-content', ['tests/fixtures/search-projects']);

  const servers: StaticServer[] = [];
  const sites = [];
  for (const base of ['/', '/portfolio/']) {
    const name = base === '/' ? 'search-root' : 'search-portfolio';
    const build = await buildSite(name, { contentDir: content, base });
    if (build.code !== 0) throw new Error(`search fixture did not build under ${base}:\n${build.output}`);
    const server = await serve(build.outDir, base);
    servers.push(server);
    sites.push({ base, url: server.url, dist: build.outDir });
  }
  project.provide('searchSites', sites);
  project.provide('searchContent', content);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
