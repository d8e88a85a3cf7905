import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type BuildResult, buildSite, OUTPUT, prepareContent, ROOT } from '../helpers/build.ts';
import { type StaticServer, serve } from '../helpers/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled content plus tests/fixtures/search-projects, built at `/` and under `/portfolio/`. */
    qualitySites: { base: string; url: string; dist: string }[];
    /** A second build of the same content at `/`, for the reproducibility check. */
    qualityRebuild: string;
    /** tests/fixtures/xss-content, built and served at `/`. */
    xssSite: { url: string; dist: string };
    /** The same fixture plus front-matter links with `javascript:` and `data:` URLs: must not build. */
    hostileLinkBuild: Omit<BuildResult, 'outDir'>;
  }
}

/** The site built at `/` from the provided builds. */
export function rootSite<S extends { base: string }>(sites: S[]): S {
  const site = sites.find((candidate) => candidate.base === '/');
  if (!site) throw new Error('the quality setup built no site at /');
  return site;
}

/** Front-matter URLs the schema must refuse; the build of a folder containing them must fail. */
export const HOSTILE_LINK_FILES: Record<string, string> = {
  'projects/javascript-link.md': [
    '---',
    'title: Javascript link',
    'summary: A link whose URL is a script.',
    'links:',
    "  - { label: Click, url: 'javascript:alert(1)' }",
    '---',
    '',
  ].join('\n'),
  'projects/data-link.md': [
    '---',
    'title: Data link',
    'summary: A source whose URL is a data URI.',
    'source:',
    "  url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='",
    '---',
    '',
  ].join('\n'),
  'organizations/javascript-url.yaml': [
    'id: javascript-url',
    'name: Organisation with a script URL',
    'kind: NGO',
    "url: 'JaVaScRiPt:alert(1)'",
    '',
  ].join('\n'),
};

/**
 * The quality gates' builds, one after another (the machine has two cores): the realistic
 * site at the root and under a base path, the same site once more for byte comparison, the
 * hostile fixture, and the hostile fixture with URLs the schema must reject.
 */
export default async function setup(project: TestProject) {
  const content = prepareContent('quality-content', ['tests/fixtures/search-projects']);

  const hostileLinks = join(OUTPUT, 'quality-hostile-links-content');
  rmSync(hostileLinks, { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/xss-content'), hostileLinks, { recursive: true });
  for (const [file, text] of Object.entries(HOSTILE_LINK_FILES)) writeFileSync(join(hostileLinks, file), text);

  const servers: StaticServer[] = [];
  const built = async (name: string, contentDir: string, base = '/') => {
    const build = await buildSite(name, { contentDir, base, buildDate: '2024-06-01' });
    if (build.code !== 0) throw new Error(`${name} did not build:\n${build.output}`);
    return build.outDir;
  };

  const sites = [];
  for (const base of ['/', '/portfolio/']) {
    const dist = await built(base === '/' ? 'quality-site' : 'quality-site-portfolio', content, base);
    const server = await serve(dist, base);
    servers.push(server);
    sites.push({ base, url: server.url, dist });
  }
  const rebuild = await built('quality-site-again', content);
  const xssDist = await built('quality-xss', join(ROOT, 'tests/fixtures/xss-content'));
  const xssServer = await serve(xssDist, '/');
  servers.push(xssServer);
  const { code, output } = await buildSite('quality-hostile-links', { contentDir: hostileLinks });

  project.provide('qualitySites', sites);
  project.provide('qualityRebuild', rebuild);
  project.provide('xssSite', { url: xssServer.url, dist: xssDist });
  project.provide('hostileLinkBuild', { code, output });
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
