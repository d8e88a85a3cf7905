import { expect, inject, test } from 'vitest';
import { PAGE_SIZE } from '../../src/portfolio/pagination.ts';
import { listedSlugs, page } from '../helpers/dist.ts';
import { MANY } from '../setup/sites.ts';

const dist = inject('manyDir');
const total = MANY + 5;

test('the project list is split into pages that together list every project once', () => {
  const sizes: number[] = [];
  const seen = new Set<string>();
  for (let number = 1; ; number++) {
    const path = number === 1 ? '/projects/' : `/projects/page/${number}/`;
    let $: ReturnType<typeof page>;
    try {
      $ = page(dist, path);
    } catch {
      break;
    }
    const links = $('main ul h2 a')
      .map((_, a) => $(a).attr('href'))
      .get();
    sizes.push(links.length);
    for (const link of links) seen.add(link);
    expect($('nav[aria-label="Pages"] [aria-current="page"]').text()).toBe(String(number));
  }
  expect(sizes).toEqual([PAGE_SIZE, PAGE_SIZE, total - 2 * PAGE_SIZE]);
  expect(seen.size).toBe(total);
});

test('a facet value with more projects than a page lists them all across its pages', () => {
  const kg = listedSlugs(dist, '/countries/kg/');
  const expectedKg = 5 + Array.from({ length: MANY }, (_, i) => i + 1).filter((i) => i % 3 !== 0).length;
  expect(new Set(kg).size).toBe(expectedKg);
  expect(kg.length).toBe(expectedKg);
  expect(page(dist, '/countries/kg/')('[data-project-count]').attr('data-project-count')).toBe(String(expectedKg));
  expect(page(dist, '/countries/kg/page/2/')('a[rel="prev"]').attr('href')).toBe('/countries/kg/');
});
