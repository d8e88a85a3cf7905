// "What a user might pick instead": a minimal Eleventy 3 site over the same records, one bare
// page per record in each of the site's languages (BASELINE_LOCALES, default first, set by the
// benchmark): `/<slug>/` in the first, `/<code>/<slug>/` in each other, with the same text. The
// records folder is the input; the layout is a virtual template, so the content folder is never
// written to.
import { resolve } from 'node:path';

export default function (eleventyConfig) {
  const locales = (process.env.BASELINE_LOCALES || 'en').split(',');
  eleventyConfig.addTemplate(
    '_includes/record.liquid',
    '<!doctype html>\n<html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><h1>{{ title }}</h1>\n{{ content }}\n</body></html>\n',
  );
  eleventyConfig.addGlobalData('layout', 'record.liquid');
  // Every record paginates over the languages: one page each.
  eleventyConfig.addGlobalData('baselineLocales', locales);
  eleventyConfig.addGlobalData('pagination', { data: 'baselineLocales', size: 1, alias: 'lang' });
  eleventyConfig.addGlobalData(
    'permalink',
    () => (data) => (data.lang === locales[0] ? `/${data.page.fileSlug}/` : `/${data.lang}/${data.page.fileSlug}/`),
  );
  // Records are plain Markdown: do not run them through Liquid first.
  eleventyConfig.setQuietMode(true);
  // The generated records live under the git-ignored bench/.work/, which Eleventy would skip.
  eleventyConfig.setUseGitIgnore(false);
  return {
    markdownTemplateEngine: false,
    templateFormats: ['md'],
    dir: {
      input: resolve(process.env.CONTENT_DIR ?? 'content', 'projects'),
      output: process.env.OUT_DIR ?? '_site',
    },
  };
}
