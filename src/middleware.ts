/**
 * Every request renders inside its page's language (see src/i18n/current.ts), so `t()` and
 * `href()` speak it. In `astro dev` only: while the content has problems, every page shows them
 * (as the build would report them) instead of the last good content. Static builds never get
 * here with problems, because the build stops first. A page of a language the build leaves out
 * (`SITE_LOCALES`) gets an empty response, and Astro writes no file for it.
 */
import { defineMiddleware } from 'astro:middleware';
import { withLocale } from './i18n/current.ts';
import { t } from './i18n/index.ts';
import { isLeftOutPage } from './i18n/pages.ts';
import { currentProblems, problemsPage } from './loader/problems.ts';
import { siteConfig } from './site.config.ts';

export const onRequest = defineMiddleware((context, next) => {
  if (isLeftOutPage(context.url.pathname)) return new Response(null, { status: 404 });
  const render = () => withLocale(context.currentLocale, next);
  if (!import.meta.env.DEV) return render();
  const problems = currentProblems();
  if (!problems.length) return render();
  const words = {
    lang: context.currentLocale ?? siteConfig.locale,
    title: t('problems.title'),
    heading: (count: number, files: number) => t('problems.heading', { count, files }),
    lead: t('problems.lead'),
  };
  return new Response(problemsPage(problems, words), {
    status: 500,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
});
