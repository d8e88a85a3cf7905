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

function serialize(include: (directive: string) => boolean, directives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .filter(([directive]) => include(directive))
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');
}

/** The policy as an HTTP header value. */
export const cspHeader = serialize(() => true);

/** The policy of embed pages: the same, except that any site may frame them. */
export const embedCspHeader = serialize(() => true, { ...CSP_DIRECTIVES, 'frame-ancestors': '*' });

/** The policy for `<meta http-equiv>`, for hosts that cannot set headers. */
export const cspMeta = serialize((directive) => !HEADER_ONLY.has(directive));

/** Folders whose file names change with their content, so browsers may keep them for a year. */
const IMMUTABLE = ['_astro/', 'pagefind/index/', 'pagefind/fragment/', 'pagefind/filter/'];

/** The folder of embed pages, the only pages other sites may frame. */
export const EMBED_FOLDER = 'embed';

/** What lies at the top of the built site: its files and its folders. */
export interface TopLevel {
  files: readonly string[];
  folders: readonly string[];
}

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
 * A `_headers` file (Netlify, Cloudflare Pages): the policy and related headers, and long
 * caching for content-hashed files, so a returning visitor's first search downloads little
 * more than the index's entry and metadata.
 *
 * Both hosts apply the headers of every rule a path matches (Cloudflare Pages joins repeated
 * headers, so two policies would both apply and `frame-ancestors 'none'` would win). So the
 * policy is never set on a catch-all: each top-level file and folder gets its own rule, and
 * exactly one rule carrying a policy matches any built path, the embed folder's with
 * `frame-ancestors *`, every other's with `'none'`.
 */
export function headersFile(base: string, top: TopLevel): string {
  const policy = (pattern: string, value: string) => [pattern, `  Content-Security-Policy: ${value}`];
  const folders = [...new Set([...top.folders, 'pagefind'])].filter((folder) => folder !== EMBED_FOLDER).sort();
  return [
    `${base}*`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    ...policy(base, cspHeader),
    ...[...top.files].sort().flatMap((file) => policy(`${base}${file}`, cspHeader)),
    ...folders.flatMap((folder) => policy(`${base}${folder}/*`, cspHeader)),
    ...policy(`${base}${EMBED_FOLDER}/*`, embedCspHeader),
    ...IMMUTABLE.flatMap((folder) => [`${base}${folder}*`, '  Cache-Control: public, max-age=31536000, immutable']),
    ...dataHeaders(base),
    '',
  ].join('\n');
}
