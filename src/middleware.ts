/**
 * In `astro dev` only: while the content has problems, every page shows them (as the build
 * would report them) instead of the last good content. Static builds never get here with
 * problems, because the build stops first.
 */
import { defineMiddleware } from 'astro:middleware';
import { currentProblems, problemsPage } from './loader/problems.ts';

export const onRequest = defineMiddleware((_context, next) => {
  if (!import.meta.env.DEV) return next();
  const problems = currentProblems();
  if (!problems.length) return next();
  return new Response(problemsPage(problems), {
    status: 500,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
});
