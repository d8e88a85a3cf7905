/**
 * The Content Security Policy, defined once. Scripts come only from the site's own files
 * (no inline scripts, no eval); WebAssembly compilation is allowed because Pagefind's search
 * runs as WASM; nothing may embed the site.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

// Browsers ignore these in a <meta> policy (and log that they did), so the meta tag leaves them out.
const HEADER_ONLY = new Set(['frame-ancestors']);

function serialize(include: (directive: string) => boolean): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([directive]) => include(directive))
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');
}

/** The policy as an HTTP header value. */
export const cspHeader = serialize(() => true);

/** The policy for `<meta http-equiv>`, for hosts that cannot set headers. */
export const cspMeta = serialize((directive) => !HEADER_ONLY.has(directive));

/** Folders whose file names change with their content, so browsers may keep them for a year. */
const IMMUTABLE = ['_astro/', 'pagefind/index/', 'pagefind/fragment/', 'pagefind/filter/'];

/** Open data (src/exports): each file type's content type, readable by any site. */
const DATA_FILES: readonly [pattern: string, type: string][] = [
  ['data/*.json', 'application/json; charset=utf-8'],
  ['data/*.csv', 'text/csv; charset=utf-8; header=present'],
  ['data/*.geojson', 'application/geo+json; charset=utf-8'],
  ['data/*.atom', 'application/atom+xml; charset=utf-8'],
  ['data/*.xml', 'application/xml; charset=utf-8'],
  ['schema/*.json', 'application/schema+json; charset=utf-8'],
];

function dataHeaders(base: string): string[] {
  return DATA_FILES.flatMap(([pattern, type]) => [
    `${base}${pattern}`,
    `  Content-Type: ${type}`,
    '  Access-Control-Allow-Origin: *',
  ]);
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages): the policy and related headers on every path,
 * and long caching for content-hashed files, so a returning visitor's first search downloads
 * little more than the index's entry and metadata.
 */
export function headersFile(base: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${cspHeader}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    ...IMMUTABLE.flatMap((folder) => [`${base}${folder}*`, '  Cache-Control: public, max-age=31536000, immutable']),
    ...dataHeaders(base),
    '',
  ].join('\n');
}
