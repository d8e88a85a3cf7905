/**
 * Embedding, as a visitor's site would do it: a page on another loopback origin frames an
 * embed page and a normal page of the site, which is served with its `_headers` rules.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { page as distPage, htmlFiles } from '../helpers/dist.ts';
import { headersFor, parseHeaders } from '../helpers/headers.ts';
import { type StaticServer, serve } from '../helpers/serve.ts';

const site = inject('searchSites').find((candidate) => candidate.base === '/');
if (!site) throw new Error('the e2e setup built no site at /');
const rules = parseHeaders(readFileSync(join(site.dist, '_headers'), 'utf8'));

let browser: Browser;
let page: Page;
let portfolio: StaticServer;
let host: Server;
let hostUrl: string;
const refused: string[] = [];

beforeAll(async () => {
  portfolio = await serve(site.dist, '/', { headers: true });
  // Another origin (another port): a blog that pastes the embed code, and also frames a normal page.
  const embedSrc = `${portfolio.url}embed/donors/usaid/`;
  const normalSrc = `${portfolio.url}donors/usaid/`;
  host = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><title>A blog</title><h1>Our partners' projects</h1>
       <iframe id="embed" src="${embedSrc}" title="Embedded list" width="600" height="400"></iframe>
       <iframe id="normal" src="${normalSrc}" title="Framed page" width="600" height="400"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
  browser = await launchChromium();
  const context = await browser.newContext();
  page = await context.newPage();
  page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) refused.push(message.text());
  });
  await page.goto(hostUrl);
  await page.waitForLoadState('load');
});
afterAll(async () => {
  await browser.close();
  await portfolio.close();
  await new Promise((resolve) => host.close(resolve));
});

describe('an embed on another origin', () => {
  test('the host page and the portfolio are different origins', () => {
    expect(new URL(hostUrl).origin).not.toBe(new URL(portfolio.url).origin);
  });

  test('the embedded list renders its projects, with links that open outside the frame', async () => {
    const frame = page.frameLocator('#embed');
    const expected = distPage(site.dist, '/donors/usaid/')('[data-facet-projects] > li').length;
    await expect.poll(() => frame.locator('[data-embed-projects] > li').count()).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    const targets = await frame.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('target')));
    expect(new Set(targets)).toEqual(new Set(['_blank']));
  });

  test('the embed runs no script and sets no cookie', async () => {
    const frame = page.frames().find((candidate) => candidate.url().includes('/embed/'));
    expect(frame).toBeDefined();
    expect(await frame?.evaluate(() => document.scripts.length)).toBe(0);
    expect(await frame?.evaluate(() => document.cookie)).toBe('');
    expect(await page.context().cookies()).toEqual([]);
  });

  test('a normal page refuses to be framed', async () => {
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    expect(refused.join('\n')).toMatch(/frame-ancestors 'none'/);
    const framed = page.frames().find((candidate) => candidate.url() === `${portfolio.url}donors/usaid/`);
    expect(
      await framed
        ?.locator('h1')
        .count()
        .catch(() => 0),
    ).toBeFalsy();
  });
});

describe('the _headers rules', () => {
  const paths = htmlFiles(site.dist).map((file) => `/${file.replace(/index\.html$/, '')}`);

  test('give every built page exactly one policy: frame-ancestors * under /embed/, none elsewhere', () => {
    expect(paths.filter((path) => path.startsWith('/embed/')).length).toBeGreaterThan(5);
    for (const path of paths) {
      const policies = headersFor(rules, path).get('content-security-policy') ?? [];
      expect(policies, path).toHaveLength(1);
      expect(policies[0], path).toMatch(path.startsWith('/embed/') ? /frame-ancestors \*$/ : /frame-ancestors 'none'$/);
    }
  });

  test('the check can fail: a catch-all rule plus an embed rule gives embed pages two policies', () => {
    const naive = parseHeaders(
      "/*\n  Content-Security-Policy: frame-ancestors 'none'\n/embed/*\n  Content-Security-Policy: frame-ancestors *\n",
    );
    expect(headersFor(naive, '/embed/donors/usaid/').get('content-security-policy')).toHaveLength(2);
    const detached = parseHeaders(
      "/*\n  Content-Security-Policy: frame-ancestors 'none'\n/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *\n",
    );
    expect(headersFor(detached, '/embed/donors/usaid/').get('content-security-policy')).toEqual(['frame-ancestors *']);
  });
});
