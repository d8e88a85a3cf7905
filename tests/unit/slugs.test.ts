import { expect, test } from 'vitest';
import { href, slugify } from '../../src/lib/slugs.ts';

test.each([
  ['Successful Aimak 2', 'successful-aimak-2'],
  [
    'Kyrgyzstan and Tajikistan—Policy Innovation Facility (The Facility)',
    'kyrgyzstan-and-tajikistan-policy-innovation-facility-the-facility',
  ],
  ['Citizen’s Needs', 'citizens-needs'],
  ['Ysyk-Köl  Oblast', 'ysyk-kol-oblast'],
  ['  --Hello--  ', 'hello'],
  ['Жалал-Абад', ''],
  ['Ysyk-Köl: water & sanitation', 'ysyk-kol-water-and-sanitation'],
  [
    'Strengthening the resilience of rural communities in the Ferghana valley through the management of water and',
    'strengthening-the-resilience-of-rural-communities-in-the-ferghana-valley',
  ],
])('slugify(%j) = %j', (title, slug) => {
  expect(slugify(title)).toBe(slug);
});

test.each([
  ['/projects/', '/', '/projects/'],
  ['/projects/', '/portfolio/', '/portfolio/projects/'],
  ['projects/x/', '/portfolio', '/portfolio/projects/x/'],
  ['/', '/portfolio/', '/portfolio/'],
])('href(%s) under base %s is %s', (path, base, expected) => {
  expect(href(path, base)).toBe(expected);
});
