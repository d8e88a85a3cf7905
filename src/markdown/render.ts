import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type Processor, unified } from 'unified';
import { rehypeBodyImages } from './body-images.ts';
import { rehypeBodyLinks } from './body-links.ts';

/**
 * Markdown → HTML for project bodies: GFM, raw HTML parsed (so `<div class="group">` becomes
 * a real element instead of leaking as text), then sanitized with GitHub's schema, so scripts,
 * event handlers, `javascript:` URLs and iframes never reach a page. Pictures in bodies become
 * links or text (see body-images.ts); links are mended after sanitizing (see body-links.ts).
 * Footnote ids are left unprefixed by remark-rehype: the sanitizer adds the one prefix.
 */
function processor(base: string, rawHtml: boolean) {
  const pipeline = unified().use(remarkParse).use(remarkGfm);
  const html = rawHtml
    ? pipeline.use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' }).use(rehypeRaw)
    : pipeline.use(remarkRehype, { clobberPrefix: '' });
  return html
    .use(rehypeBodyImages)
    .use(rehypeSanitize, defaultSchema)
    .use(rehypeBodyLinks, { base })
    .use(rehypeStringify)
    .freeze() as unknown as Processor;
}

// Re-parsing the whole tree for raw HTML costs a quarter of the render time; most bodies have
// none, and for those the two pipelines give the same output. Sanitizing stays in both.
const processors = new Map<string, { withRawHtml: Processor; plain: Processor }>();

/** Anything that could start an HTML tag, comment or declaration. */
const MAY_CONTAIN_HTML = /<[A-Za-z!/?]/;

/** Renders one body for a site served under `base` (e.g. `/portfolio/`). */
export function renderMarkdown(markdown: string, base = '/'): string {
  let pair = processors.get(base);
  if (!pair) {
    pair = { withRawHtml: processor(base, true), plain: processor(base, false) };
    processors.set(base, pair);
  }
  return String((MAY_CONTAIN_HTML.test(markdown) ? pair.withRawHtml : pair.plain).processSync(markdown));
}
