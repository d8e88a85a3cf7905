import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeBodyImages } from './body-images.ts';

/**
 * Markdown → HTML for project bodies: GFM, raw HTML parsed (so `<div class="group">` becomes
 * a real element instead of leaking as text), then sanitized with GitHub's schema as the
 * last step, so scripts, event handlers, `javascript:` URLs and iframes never reach a page.
 * Pictures in bodies become links or text (see body-images.ts).
 */
const withRawHtml = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeBodyImages)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeStringify)
  .freeze();

// Re-parsing the whole tree for raw HTML costs a quarter of the render time; most bodies have
// none, and for those the two pipelines give the same output. Sanitizing stays in both.
const plain = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeBodyImages)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeStringify)
  .freeze();

/** Anything that could start an HTML tag, comment or declaration. */
const MAY_CONTAIN_HTML = /<[A-Za-z!/?]/;

export function renderMarkdown(markdown: string): string {
  return String((MAY_CONTAIN_HTML.test(markdown) ? withRawHtml : plain).processSync(markdown));
}
