import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from './csp.ts';

/**
 * Writes `_headers` next to the built pages, from the same policy the pages carry as a meta tag,
 * with one rule per top-level file and folder of the build (see `headersFile`).
 */
export function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const entries = readdirSync(fileURLToPath(dir), { withFileTypes: true });
        const top = {
          files: entries.filter((entry) => entry.isFile() && entry.name !== '_headers').map((entry) => entry.name),
          folders: entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
        };
        writeFileSync(new URL('_headers', dir), headersFile(base, top));
      },
    },
  };
}
