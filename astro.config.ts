import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { buildEnv } from './src/env.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sharing } from './src/integrations/sharing.ts';
import { siteConfig } from './src/site.config.ts';

// Project bodies are rendered by our own unified pipeline (remark → rehype → rehype-sanitize)
// inside the content loader, see src/lib/markdown.ts; Astro's default Markdown processor
// never touches editor content.
export default defineConfig({
  ...(siteConfig.site ? { site: siteConfig.site } : {}),
  base: siteConfig.base,
  trailingSlash: 'always',
  // Tests and benchmarks build several sites side by side; each gets its own output and cache.
  outDir: buildEnv.outDir,
  cacheDir: buildEnv.cacheDir,
  // Two pages at a time: a preview image waits on sharp (libvips threads) while the next page renders.
  build: { format: 'directory', concurrency: 2 },
  // The default language at the root, every other one under /<code>/ (pages in src/pages/ru/).
  i18n: { locales: [...siteConfig.locales], defaultLocale: siteConfig.locale, routing: { prefixDefaultLocale: false } },
  vite: {
    plugins: [tailwindcss()],
    // Generated sites of the benchmark and the tests (tens of thousands of files) are not
    // sources: watching them would exhaust the dev server's file watches (ENOSPC). The content
    // folder is always watched, wherever it is.
    server: {
      watch: {
        ignored: (path: string) =>
          !path.startsWith(buildEnv.contentDir) &&
          /[/\\](?:bench[/\\]\.work|\.test-output|coverage)(?:[/\\]|$)/.test(path),
      },
    },
  },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() gives a cacheKey (project pages, their JSON and preview
  // images; see src/portfolio/page-keys.ts) are copied from the cache folder when unchanged.
  experimental: { incrementalBuild: true },
  integrations: [...sharing(siteConfig.site), securityHeaders(siteConfig.base)],
});
