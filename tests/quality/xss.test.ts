import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CheerioAPI, load } from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, watchErrors } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build.ts';
import { page as distPage, htmlFiles } from '../helpers/dist.ts';
import { servedPath } from '../helpers/links.ts';
import { HOSTILE_LINK_FILES } from '../setup/sites.ts';

const site = inject('xssSite');
const hostileLinkBuild = inject('hostileLinkBuild');
const FIXTURE = join(ROOT, 'tests/fixtures/xss-content');

/** Attributes whose value the browser treats as a URL to load or navigate to. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'srcset',
  'ping',
];
/** Elements that must never come out of content: they embed, redirect, restyle or rebase the page. */
const FORBIDDEN_ELEMENTS =
  'iframe, frame, frameset, object, embed, applet, base, style, link[rel="import"], meta[http-equiv]:not([http-equiv="Content-Security-Policy"])';
/** The site's own scripts: Astro's hashed modules, the search page's message block and JSON-LD. */
const OWN_MODULE = /^\/_astro\/[\w.-]+\.js$/;

/** A URL as the browser reads it: entities decoded (cheerio does that), control characters and spaces dropped. */
function scheme(url: string): string {
  const visible = [...url].filter((char) => char.charCodeAt(0) > 0x20).join('');
  return visible.toLowerCase().split(':')[0] ?? '';
}

/** Everything in one parsed page that could run script, or embed or load something that could. */
function dangers($: CheerioAPI): string[] {
  const found: string[] = [];
  $('*').each((_, element) => {
    const tag = String($(element).prop('tagName')).toLowerCase();
    for (const [name, value] of Object.entries($(element).attr() ?? {})) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}="${value}">`);
      if (name === 'style') found.push(`<${tag} style="${value}">`);
      if (URL_ATTRIBUTES.includes(name.toLowerCase())) {
        const urls = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of urls)
          if (['javascript', 'vbscript', 'data'].includes(scheme(url)) && url.includes(':'))
            found.push(`<${tag} ${name}="${value}">`);
      }
    }
  });
  $('script').each((_, element) => {
    const script = $(element);
    const own =
      (script.attr('type') === 'module' && OWN_MODULE.test(script.attr('src') ?? '') && script.text() === '') ||
      (script.attr('type') === 'application/json' &&
        script.attr('id') === 'search-messages' &&
        !script.text().includes('<')) ||
      // Structured data (JSON-LD): a data block, never run, with `<` escaped so text cannot close it.
      (script.attr('type') === 'application/ld+json' && !script.attr('src') && !script.text().includes('<'));
    if (!own) found.push($.html(element).slice(0, 120));
  });
  $(FORBIDDEN_ELEMENTS).each((_, element) => {
    found.push($.html(element).slice(0, 120));
  });
  return found;
}

describe('hostile content in every place text enters a page', () => {
  const files = htmlFiles(site.dist);

  test('the fixture carries at least 30 injection vectors', () => {
    const payload =
      /alert\(1\)|__xss=1|msgbox\(1\)|javascript|data:|<script|<style|<iframe|<object|<embed|<math|\$\{|\{\{/i;
    const lines = ['projects', 'organizations']
      .flatMap((dir) =>
        readdirSync(join(FIXTURE, dir))
          .filter((file) => /\.(md|yaml)$/.test(file))
          .map((file) => join(dir, file)),
      )
      .concat(['regions.yaml', 'solutions.yaml', 'sdgs.yaml'])
      .flatMap((file) => readFileSync(join(FIXTURE, file), 'utf8').split('\n'))
      .filter((line) => !line.trimStart().startsWith('#') && payload.test(line));
    expect(lines.length).toBeGreaterThanOrEqual(30);
  });

  test('built, and every hostile project has its page', () => {
    expect(files).toEqual(
      expect.arrayContaining(
        ['hostile-front-matter', 'hostile-markdown', 'hostile-raw-html', 'hostile-vocabulary'].map(
          (slug) => `projects/${slug}/index.html`,
        ),
      ),
    );
    expect(files.length).toBeGreaterThan(20);
  });

  test('no page carries an event handler, a script URL, a foreign script or an embedded frame', () => {
    const found = files.flatMap((file) =>
      dangers(load(readFileSync(join(site.dist, file), 'utf8'))).map((danger) => `${file}: ${danger}`),
    );
    expect(found).toEqual([]);
  });

  test('the check itself finds each kind of danger', () => {
    const $ = load(
      [
        '<a href="JaVa&#x09;Script:alert(1)">a</a>',
        '<img src=x onerror=alert(1)>',
        '<script>alert(1)</script>',
        '<script type="module" src="https://evil.example/x.js"></script>',
        '<iframe src="/"></iframe>',
        '<a href=" data:text/html,x">b</a>',
      ].join(''),
    );
    expect(dangers($)).toHaveLength(6);
  });

  test('hostile text is shown as text, not dropped', () => {
    const project = distPage(site.dist, '/projects/hostile-front-matter/');
    expect(project('h1').text()).toBe(
      'Hostile front matter <script>window.__xss=1</script></title><script>alert(1)</script>',
    );
    expect(project('meta[name="description"]').attr('content')).toContain('"><script>window.__xss=1</script>');
    expect(project('main img[alt]').first().attr('alt')).toBe('"><img src=x onerror="window.__xss=1">alt text');
    expect(project('main').text()).toContain('<embed src="javascript:alert(1)">');
    const donor = distPage(site.dist, '/donors/hostile-donor/');
    expect(donor('h1').text()).toBe('Hostile Donor <script>window.__xss=1</script>');
    const search = distPage(site.dist, '/search/');
    expect(search('label:has(input[value="hostile-solution"]) span').first().text()).toBe(
      'Hostile <img src=x onerror="window.__xss=1"> solution',
    );
  });

  test('a front-matter or organisation URL with javascript: or data: stops the build with a clear message', () => {
    expect(hostileLinkBuild.code).not.toBe(0);
    const expected: Record<string, string> = {
      'projects/javascript-link.md': 'links[0].url',
      'projects/data-link.md': 'source.url',
      'organizations/javascript-url.yaml': 'url',
    };
    expect(Object.keys(expected).sort()).toEqual(Object.keys(HOSTILE_LINK_FILES).sort());
    for (const [file, field] of Object.entries(expected)) {
      const line = hostileLinkBuild.output
        .split('\n')
        .find((text) => text.startsWith(`quality-hostile-links-content/${file}`));
      expect(line, `no report for ${file} in:\n${hostileLinkBuild.output}`).toBeDefined();
      expect(line).toMatch(
        new RegExp(`  ${field.replace(/[[\].]/g, '\\$&')}: must be a full http:// or https:// address`),
      );
    }
  });
});

describe('hostile content in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    errors = watchErrors(page);
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser.close();
  });

  const marker = () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

  test('no page runs a payload', async () => {
    for (const file of htmlFiles(site.dist)) {
      await page.goto(new URL(servedPath(file, '/').slice(1), site.url).href);
      // Hover and focus everything once, for handlers that wait for a pointer or the keyboard.
      await page.evaluate(() => {
        for (const element of document.querySelectorAll('main *')) {
          element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          if (element instanceof HTMLElement) element.focus();
        }
      });
      expect(await marker(), file).toBeUndefined();
    }
  });

  /** Search states that bring the hostile records and labels onto the page. */
  const SEARCHES: [state: string, expectedTitle: string][] = [
    ['?q=hostile', 'Hostile raw HTML body'],
    ['?q=script', 'Hostile front matter <script>window.__xss=1</script></title><script>alert(1)</script>'],
    ['?donor=hostile-donor', 'Hostile vocabulary'],
    ['?implementer=hostile-implementer', 'Hostile vocabulary'],
    ['?region=hostile-region&region=hostile-world-region', 'Hostile vocabulary'],
    ['?solution=hostile-solution', 'Hostile vocabulary'],
    ['?sdg=17', 'Hostile vocabulary'],
    [
      '?country=KG&sort=title-asc',
      'Hostile front matter <script>window.__xss=1</script></title><script>alert(1)</script>',
    ],
  ];

  test.each(SEARCHES)('search %s shows the hostile records as text', async (state, title) => {
    await page.goto(`${site.url}search/${state}`);
    await page.waitForSelector(`form[data-rendered="${state}"]`, { timeout: 15_000 });
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    const titles = await page.locator('[data-results] h3 a').allTextContents();
    expect(titles).toContain(title);
    expect(await marker()).toBeUndefined();
  });

  test('result cards show hostile metadata and image alt text as text', async () => {
    await page.goto(`${site.url}search/?q=script`);
    await page.waitForSelector('form[data-rendered="?q=script"]', { timeout: 15_000 });
    const card = page.locator('[data-results] li', { hasText: 'Hostile front matter' });
    expect(await card.locator('img').getAttribute('alt')).toBe('"><img src=x onerror="window.__xss=1">alt text');
    expect(await card.locator('p').nth(1).textContent()).toContain('"><script>window.__xss=1</script>');
    await page.goto(`${site.url}search/?donor=hostile-donor`);
    await page.waitForSelector('form[data-rendered="?donor=hostile-donor"]', { timeout: 15_000 });
    expect(await page.locator('[data-results] dd').first().textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await marker()).toBeUndefined();
  });

  test('with no results, the remove-filter buttons carry hostile labels as text', async () => {
    // Only a planned project has no hostile donor, so these filters together match nothing.
    const state = '?donor=hostile-donor&solution=hostile-solution&status=planned';
    await page.goto(`${site.url}search/${state}`);
    await page.waitForSelector(`form[data-rendered="${state}"]`, { timeout: 15_000 });
    const buttons = await page
      .locator('[data-active-filters] button')
      .evaluateAll((found) => found.map((button) => button.getAttribute('aria-label')));
    expect(buttons).toContain('Remove filter Donor: Hostile Donor <script>window.__xss=1</script>');
    expect(buttons).toContain('Remove filter Solution: Hostile <img src=x onerror="window.__xss=1"> solution');
    expect(await marker()).toBeUndefined();
  });

  test('no dialog opened, the marker stayed unset, and nothing was blocked by the CSP or threw', async () => {
    expect(dialogs).toEqual([]);
    expect(await marker()).toBeUndefined();
    expect(errors.filter((error) => !error.startsWith('console: '))).toEqual([]);
  });
});
