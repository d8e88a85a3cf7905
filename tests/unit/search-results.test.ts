// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { PagefindResultData } from '../../src/scripts/pagefind.ts';
import { excerptNodes, renderResult } from '../../src/scripts/search-results.ts';

const labels = { donors: 'Donors', countries: 'Countries' };
const result = (
  meta: PagefindResultData['meta'],
  excerpt = 'clean <mark>water</mark> for Naryn',
): PagefindResultData => ({
  url: '/portfolio/projects/clean-water-naryn/',
  excerpt,
  meta,
});

describe('excerptNodes', () => {
  test.each<[excerpt: string, html: string]>([
    ['plain text', 'plain text'],
    ['clean <mark>water</mark> now', 'clean <mark>water</mark> now'],
    ['<img src=x onerror=alert(1)>bad', 'bad'],
    ['<b>bold</b> <mark class="x" onclick="y">hit</mark>', 'bold <mark>hit</mark>'],
    ['a &amp; b &lt;script&gt;', 'a &amp; b &lt;script&gt;'],
  ])('%s → %s', (excerpt, html) => {
    const holder = document.createElement('p');
    holder.append(...excerptNodes(excerpt));
    expect(holder.innerHTML).toBe(html);
  });
});

describe('renderResult', () => {
  test('a full card: linked title, facts, summary, excerpt, donors and countries', () => {
    const item = renderResult(
      result({
        title: 'Clean water for Naryn',
        status: 'Completed',
        dates: '2019 – 2021',
        summary: 'Taps in ten villages.',
        donors: 'USAID',
        countries: 'Kyrgyzstan',
        image: '/portfolio/_astro/tap.webp',
        image_alt: 'A village tap',
      }),
      labels,
    );
    const link = item.querySelector('h3 a');
    expect(link?.getAttribute('href')).toBe('/portfolio/projects/clean-water-naryn/');
    expect(link?.textContent).toBe('Clean water for Naryn');
    expect([...item.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Completed · 2019 – 2021',
      'Taps in ten villages.',
      '… clean water for Naryn …',
    ]);
    expect(item.querySelector('mark')?.textContent).toBe('water');
    expect([...item.querySelectorAll('dt, dd')].map((node) => node.textContent)).toEqual([
      'Donors',
      'USAID',
      'Countries',
      'Kyrgyzstan',
    ]);
    expect(item.querySelector('img')?.getAttribute('alt')).toBe('A village tap');
  });

  test.each<[string, PagefindResultData['meta'], { title: string; paragraphs: number; terms: number; image: boolean }]>(
    [
      [
        'no title: the URL stands in',
        {},
        { title: '/portfolio/projects/clean-water-naryn/', paragraphs: 1, terms: 0, image: false },
      ],
      ['only a status', { title: 'T', status: 'Active' }, { title: 'T', paragraphs: 2, terms: 0, image: false }],
      ['only donors', { title: 'T', donors: 'FCDO' }, { title: 'T', paragraphs: 1, terms: 1, image: false }],
      [
        'an image without alt text',
        { title: 'T', image: '/i.webp' },
        { title: 'T', paragraphs: 1, terms: 0, image: true },
      ],
    ],
  )('%s', (_label, meta, expected) => {
    const item = renderResult(result(meta), labels);
    expect(item.querySelector('h3 a')?.textContent).toBe(expected.title);
    expect(item.querySelectorAll('p')).toHaveLength(expected.paragraphs);
    expect(item.querySelectorAll('dt')).toHaveLength(expected.terms);
    expect(item.querySelector('dl') !== null).toBe(expected.terms > 0);
    expect(item.querySelector('img') !== null).toBe(expected.image);
    if (expected.image) expect(item.querySelector('img')?.getAttribute('alt')).toBe('');
  });

  test('metadata is text, never markup', () => {
    const item = renderResult(result({ title: '<img src=x onerror=alert(1)>', summary: '<script>x</script>' }), labels);
    expect(item.querySelector('img, script')).toBeNull();
    expect(item.querySelector('h3 a')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
