/**
 * Every request renders inside its page's language (see src/i18n/current.ts), so `t()` and
 * `href()` speak it. In `astro dev` only: while the content has problems, every page shows them
 * (as the build would report them) instead of the last good content. Static builds never get
 * here with problems, because the build stops first.
 */
import { defineMiddleware } from 'astro:middleware';
import { withLocale } from './i18n/current.ts';
import { currentProblems, problemsPage } from './loader/problems.ts';

export const onRequest = defineMiddleware((context, next) => {
  const render = () => withLocale(context.currentLocale, next);
  if (!import.meta.env.DEV) return render();
  const problems = currentProblems();
  if (!problems.length) return render();
  return new Response(problemsPage(problems), {
    status: 500,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
});
