import { describe, expect, test } from 'vitest';
import { renderAllMarkdown } from '../../src/markdown/pool.ts';
import { renderMarkdown } from '../../src/markdown/render.ts';

describe('renderMarkdown', () => {
  test.each([
    ['a GFM table', '| a | b |\n|---|---|\n| 1 | 2 |', /<table>[\s\S]*<td>1<\/td>/],
    ['an autolink', 'see https://example.org now', /<a href="https:\/\/example.org">https:\/\/example.org<\/a>/],
    ['a task list', '- [x] done', /<input type="checkbox" checked disabled>/],
    [
      'raw HTML kept as structure, attributes it may not carry dropped',
      '<div class="group">\n\nText inside\n\n</div>',
      /^<div>\n<p>Text inside<\/p>\n<\/div>$/,
    ],
    ['strikethrough', '~~gone~~', /<del>gone<\/del>/],
    [
      'a remote picture as a link',
      '![Chart of results](https://example.org/c.png)',
      /^<p><a href="https:\/\/example.org\/c.png">Chart of results \(image\)<\/a><\/p>$/,
    ],
    ['a local picture as its description', '![Council meeting](/uploads/a.jpg)', /^<p><em>Council meeting<\/em><\/p>$/],
    [
      'a raw remote img as a link',
      '<p><img src="https://x.org/a.png" alt="A"></p>',
      /<a href="https:\/\/x.org\/a.png">A \(image\)<\/a>/,
    ],
  ])('renders %s', (_, markdown, html) => {
    expect(renderMarkdown(markdown)).toMatch(html);
  });

  test.each([
    ['a script tag', '<script>alert(1)</script>', /<script/i],
    ['an event handler', '<img src="x.png" onerror="alert(1)">', /onerror/i],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript:/i],
    ['a mixed-case javascript: link', '<a href="JaVaScRiPt:alert(1)">x</a>', /javascript:/i],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['an svg onload', '<svg onload="alert(1)"></svg>', /onload|<svg/i],
    ['a style element', '<style>body{display:none}</style>', /<style/i],
    ['every picture', '![x](https://example.org/c.png) <img src="/a.png" alt="y">', /<img/i],
  ])('removes %s', (_, markdown, forbidden) => {
    expect(renderMarkdown(markdown)).not.toMatch(forbidden);
  });
});

test('the worker pool renders exactly what one thread renders, in order', async () => {
  const bodies = Array.from({ length: 450 }, (_, i) =>
    i % 7 === 0
      ? `<div>raw ${i}</div>\n\n| t | ${i} |\n|---|---|\n| x | y |`
      : `# Body ${i}\n\nSome *text* with https://example.org/${i}.`,
  );
  expect(await renderAllMarkdown(bodies, { threads: 2, fallback: false, base: '/p/' })).toEqual(
    bodies.map((body) => renderMarkdown(body, '/p/')),
  );
}, 60_000);

describe('links in bodies', () => {
  test('a footnote reference and its target carry the same single prefix', () => {
    const html = renderMarkdown('Claim.[^src]\n\n[^src]: The source.');
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1]));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) expect(ids, `#${href}`).toContain(href);
    expect(html).not.toContain('user-content-user-content-');
  });

  test.each([
    ['/', '[x](/projects/a/)', 'href="/projects/a/"'],
    ['/portfolio/', '[x](/projects/a/)', 'href="/portfolio/projects/a/"'],
    ['/portfolio/', '[x](/portfolio/projects/a/)', 'href="/portfolio/projects/a/"'],
    ['/portfolio/', '[x](//cdn.example.org/a)', 'href="//cdn.example.org/a"'],
    ['/portfolio/', '[x](https://example.org/a)', 'href="https://example.org/a"'],
    ['/portfolio/', '<a href="/search/">x</a>', 'href="/portfolio/search/"'],
  ])('under base %s, %s links to %s', (base, markdown, href) => {
    expect(renderMarkdown(markdown, base)).toContain(href);
  });

  test.each([
    ['> **Editor’s note:** added by us.', true],
    ["> **Editor's note:** added by us.", true],
    ['> A quote from the source.', false],
    ['> **Note:** from the source.', false],
  ])('%s is marked as an editor’s note: %s', (markdown, marked) => {
    expect(renderMarkdown(markdown).includes('<blockquote class="editor-note">')).toBe(marked);
  });
});
