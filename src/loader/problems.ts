/**
 * The content problems of the last sync in `astro dev`, shared between the content loader
 * (which finds them) and the middleware (which shows them instead of a stale page). They live
 * on `globalThis` because the loader and the middleware are loaded by different module graphs.
 */
import { type ContentIssue, formatIssue } from '../model/content/issues.ts';

const KEY = Symbol.for('portfolio.contentProblems');
type Holder = { [KEY]?: readonly ContentIssue[] };

/** Records the problems found by the latest sync (empty when the content is fine). */
export function setProblems(issues: readonly ContentIssue[]): void {
  (globalThis as Holder)[KEY] = issues;
}

/** The problems found by the latest sync. */
export function currentProblems(): readonly ContentIssue[] {
  return (globalThis as Holder)[KEY] ?? [];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The page's words, in the interface language. */
export interface ProblemsWords {
  lang: string;
  title: string;
  heading: (problems: number, files: number) => string;
  lead: string;
}

/**
 * The page `astro dev` shows while the content has problems: the build's report, one line per
 * problem. It reloads itself every two seconds, so it turns back into the site once fixed.
 */
export function problemsPage(issues: readonly ContentIssue[], words: ProblemsWords): string {
  const files = new Set(issues.map((issue) => issue.file)).size;
  const items = issues.map((issue) => `<li><code>${escapeHtml(formatIssue(issue))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(words.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>${escapeHtml(words.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;overflow-wrap:anywhere}li{margin:.5rem 0}code{white-space:pre-wrap}</style>
</head>
<body>
<h1>${escapeHtml(words.heading(issues.length, files))}</h1>
<p>${escapeHtml(words.lead)}</p>
<ol id="content-problems">
${items}
</ol>
</body>
</html>
`;
}
