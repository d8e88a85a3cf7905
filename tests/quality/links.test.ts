import { describe, expect, inject, test } from 'vitest';
import { TEST_SITE_URL } from '../helpers/build.ts';
import { anchors, externalProblem, type Reference, references, resolveInDist, servedPath } from '../helpers/links.ts';
import { rootSite } from '../setup/sites.ts';

const sites = inject('qualitySites');
const SITE_ORIGIN = new URL(TEST_SITE_URL).origin;
// Any origin will do for resolving relative URLs, as long as no page can link to it.
const LOCAL = 'http://site.invalid';

/** What is wrong with one reference in a built site at `base`, or undefined if it resolves. */
function problem(dist: string, base: string, ref: Reference): string | undefined {
  const { url, file, kind } = ref;
  if (url.trim() === '' && kind !== 'form[action]') return 'is empty';
  if (/^data:/i.test(url)) return kind === 'css url()' ? undefined : 'is a data: URL';
  const absoluteSite = url.startsWith(SITE_ORIGIN);
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !absoluteSite) return externalProblem(url);
  if (url.startsWith('//')) return 'is protocol-relative';
  if (url.startsWith('/') && !url.startsWith(base)) return `does not start with the base path ${base}`;

  const from = file.endsWith('.html') ? servedPath(file, base) : `${base}${file}`;
  const target = new URL(absoluteSite ? url.slice(SITE_ORIGIN.length) : url, `${LOCAL}${from}`);
  if (target.origin !== LOCAL) return 'leaves the site';
  const resolved = resolveInDist(dist, base, target.pathname);
  if (!resolved) return `resolves to ${target.pathname}, which is not in dist`;
  if (url.endsWith('#')) return 'has an empty fragment';
  if (target.hash) {
    const id = decodeURIComponent(target.hash.slice(1));
    if (!resolved.endsWith('.html')) return 'has a fragment but does not point at a page';
    if (!anchors(resolved).has(id)) return `points at #${id}, which ${target.pathname} does not have`;
  }
  return undefined;
}

describe.each(sites)('links in the site built for $base', ({ base, dist }) => {
  const refs = references(dist);

  test('the site has links, stylesheets, scripts, module preloads and images to check', () => {
    const kinds = new Set(refs.map((ref) => ref.kind));
    for (const kind of ['a[href]', 'link[rel=stylesheet]', 'script[src]', 'img[src]', 'link[rel=canonical]'])
      expect(kinds, kind).toContain(kind);
    expect(refs.filter((ref) => ref.url.includes('#')).length).toBeGreaterThan(0);
  });

  test('every internal reference resolves to a file in dist, and every fragment to an id on its page', () => {
    const broken = refs.flatMap((ref) => {
      const why = problem(dist, base, ref);
      return why ? [`${ref.file}: ${ref.kind} "${ref.url}" ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  test('every internal URL starts with the base path', () => {
    const outside = refs
      .filter((ref) => ref.url.startsWith('/') && !ref.url.startsWith('//') && !ref.url.startsWith(base))
      .map((ref) => `${ref.file}: ${ref.kind} "${ref.url}"`);
    expect(outside).toEqual([]);
  });

  test('external links are well-formed http(s) or mailto URLs', () => {
    const external = refs.filter((ref) => /^[a-z][a-z0-9+.-]*:/i.test(ref.url) && !/^data:/i.test(ref.url));
    expect(external.length).toBeGreaterThan(0);
    const malformed = external.flatMap((ref) => {
      const why = ref.url.startsWith(SITE_ORIGIN) ? undefined : externalProblem(ref.url);
      return why ? [`${ref.file}: ${ref.kind} "${ref.url}" ${why}`] : [];
    });
    expect(malformed).toEqual([]);
  });
});

test('the check itself catches a link to a missing page, a missing fragment and a path outside the base', () => {
  const root = rootSite(sites);
  const ref = (url: string): Reference => ({ file: 'projects/index.html', kind: 'a[href]', url });
  expect(problem(root.dist, '/', ref('/projects/no-such-project/'))).toMatch(/not in dist/);
  expect(problem(root.dist, '/', ref('/projects/#no-such-id'))).toMatch(/does not have/);
  expect(problem(root.dist, '/portfolio/', ref('/projects/'))).toMatch(/base path/);
  expect(problem(root.dist, '/', ref('javascript:alert(1)'))).toMatch(/scheme/);
  expect(problem(root.dist, '/', ref('https://exa mple.org/'))).toBeDefined();
  expect(problem(root.dist, '/', ref('/projects/#main'))).toBeUndefined();
});
