// The "minimal Astro site" baseline: one bare page per record, no facets, no styles, no
// integrations. Same env contract as the real site (CONTENT_DIR, OUT_DIR, ASTRO_CACHE_DIR) so
// the harness builds both the same way.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro-cache',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Keep Vite's dependency cache with the build's own cache, not in this source folder.
  vite: { cacheDir: `${process.env.ASTRO_CACHE_DIR ?? './.astro-cache'}/vite` },
});
