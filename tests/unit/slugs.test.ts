import { expect, test } from 'vitest';
import { isSlug, slugify } from '../../src/model/slugs.ts';

test.each([
  ['Successful Aimak 2', 'successful-aimak-2'],
  [
    'Kyrgyzstan and Tajikistan—Policy Innovation Facility (The Facility)',
    'kyrgyzstan-and-tajikistan-policy-innovation-facility-the-facility',
  ],
  ['Citizen’s Needs', 'citizens-needs'],
  ['Ysyk-Köl  Oblast', 'ysyk-kol-oblast'],
  ['  --Hello--  ', 'hello'],
  ['Жалал-Абад', 'zhalal-abad'],
  ['Проект водоснабжения: «Вода»', 'proekt-vodosnabzheniya-voda'],
  ['Ёлка № 5', 'yolka-no-5'],
  ['Ўзбекистон', 'uzbekiston'],
  ['Хуҷанд', 'khujand'],
  ['Нарын, Түп', 'naryn-tup'],
  ['Ysyk-Köl: water & sanitation', 'ysyk-kol-water-and-sanitation'],
  [
    'Strengthening the resilience of rural communities in the Ferghana valley through the management of water and',
    'strengthening-the-resilience-of-rural-communities-in-the-ferghana-valley',
  ],
])('slugify(%j) = %j', (title, slug) => {
  expect(slugify(title)).toBe(slug);
});

test.each([
  ['successful-aimak-2', true],
  ['a', true],
  ['Successful-Aimak', false],
  ['double--hyphen', false],
  ['-leading', false],
  ['trailing-', false],
  ['under_score', false],
  ['', false],
])('isSlug(%j) is %s', (text, expected) => {
  expect(isSlug(text)).toBe(expected);
});
