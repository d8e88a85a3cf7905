import { describe, expect, test } from 'vitest';
import { CSP_DIRECTIVES, cspHeader, cspMeta, headersFile } from '../../src/integrations/csp.ts';

/** A policy string as directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(/;\s*/).map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the Content Security Policy', () => {
  const header = parsePolicy(cspHeader);
  const meta = parsePolicy(cspMeta);

  test.each([
    // Scripts only from the site's own files, never inline or eval; WASM compiles for Pagefind.
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ])('the header sets %s to %j', (directive, sources) => {
    expect(header.get(directive)).toEqual(sources);
  });

  test('nothing allows inline code or eval', () => {
    expect(cspHeader).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });

  test('the header holds every directive once, in the order defined', () => {
    expect([...header.keys()]).toEqual(Object.keys(CSP_DIRECTIVES));
    expect(cspHeader.split(';')).toHaveLength(Object.keys(CSP_DIRECTIVES).length);
  });

  test('the meta tag leaves out what browsers ignore there, and is otherwise the header', () => {
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual([...header.keys()].filter((directive) => directive !== 'frame-ancestors'));
    for (const [directive, sources] of meta) expect(sources).toEqual(header.get(directive));
  });
});

describe('headersFile', () => {
  const top = { files: ['index.html', '404.html'], folders: ['projects', 'embed', 'data'] };
  test.each(['/', '/portfolio/'])('under %s: one policy per built path and long caching for hashed files', (base) => {
    const text = headersFile(base, top);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `${base}*`,
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
    ]);
    // The catch-all carries no policy: a policy there would add to the embed folder's.
    const policyOf = (pattern: string) => lines[lines.indexOf(pattern) + 1];
    expect(policyOf(`${base}index.html`)).toBe(`  Content-Security-Policy: ${cspHeader}`);
    expect(policyOf(`${base}projects/*`)).toBe(`  Content-Security-Policy: ${cspHeader}`);
    expect(policyOf(`${base}embed/*`)).toMatch(/frame-ancestors \*/);
    expect(lines.filter((line) => line === `${base}embed/*`)).toHaveLength(1);
    const immutable = lines.flatMap((line, index) =>
      lines[index + 1] === '  Cache-Control: public, max-age=31536000, immutable' ? [line] : [],
    );
    expect(immutable).toEqual([
      `${base}_astro/*`,
      `${base}pagefind/index/*`,
      `${base}pagefind/fragment/*`,
      `${base}pagefind/filter/*`,
    ]);
    // Pages and Pagefind's entry file change without changing name: never cached as immutable.
    expect(immutable.some((path) => path === `${base}*` || path.includes('pagefind-entry'))).toBe(false);
    expect(text.endsWith('\n')).toBe(true);
  });
});
