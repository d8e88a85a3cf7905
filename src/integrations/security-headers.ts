import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from './csp.ts';

/** Writes `_headers` next to the built pages, from the same policy the pages carry as a meta tag. */
export function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
