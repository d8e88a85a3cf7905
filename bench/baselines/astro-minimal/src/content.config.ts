// Records come straight from the benchmark's content folder through Astro's own glob loader
// (Astro's default Markdown pipeline renders the bodies), which is what a minimal site does.
import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { glob } from 'astro/loaders';

const projects = resolve(process.env.CONTENT_DIR ?? 'content', 'projects');

export const collections = {
  projects: defineCollection({ loader: glob({ pattern: '*.md', base: projects }) }),
};
