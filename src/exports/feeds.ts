/**
 * Atom feeds of projects, newest first: the whole portfolio, one per facet value and one per
 * organisation. The entry date is when the source last updated the project (`updated`), else
 * when it was read (`source.retrieved`), else the project's start, else the build date: the
 * portfolio keeps no "date added", so no other date could be stated truthfully.
 */
import XMLBuilder from 'fast-xml-builder';
import { formatRange, type PartialDate, startOf } from '../model/dates.ts';
import type { Project } from '../portfolio/portfolio.ts';
import { memo } from './memo.ts';
import { type DataMeta, metaLine } from './meta.ts';
import type { RecordLinks } from './records.ts';

export interface FeedInput {
  /** Feed title, e.g. "Projects: Kyrgyzstan · Development Project Portfolio". */
  title: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Absolute URL of the HTML page the feed follows. */
  pageUrl: string;
  meta: DataMeta;
  /** Build date, UTC ms: the feed's own `updated`, and the last fallback for entries. */
  buildDate: number;
  language: string;
}

/** The date a project's feed entry carries; see the module comment. */
export function entryDate(project: Project, buildDate: number): Date {
  const date: PartialDate | undefined = project.updated ?? project.source?.retrieved ?? project.start;
  return new Date(date ? startOf(date) : buildDate);
}

/** Projects in feed order: latest entry date first, then by title. */
export function feedOrder(projects: readonly Project[], buildDate: number): Project[] {
  return [...projects].sort(
    (a, b) => entryDate(b, buildDate).getTime() - entryDate(a, buildDate).getTime() || a.title.localeCompare(b.title),
  );
}

function summaryOf(project: Project): string {
  const facts = [
    formatRange(project.start, project.end),
    project.countries.map((country) => country.name).join(', '),
    project.donors.map((org) => org.name).join(', '),
  ].filter(Boolean);
  return facts.length ? `${project.summary} (${facts.join(' · ')})` : project.summary;
}

/** Entries per feed: the newest, as feed readers expect; the full lists are the CSV and JSON files. */
export const FEED_ENTRIES = 50;

// fast-xml-parser's builder escapes text and attributes; entries are built once per project.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ' });

const entryText = memo((project: Project, scope: { links: RecordLinks; buildDate: number }) => {
  const url = scope.links.urlOf(scope.links.projectPath(project.slug));
  return builder.build({
    entry: {
      id: url,
      title: project.title,
      updated: entryDate(project, scope.buildDate).toISOString(),
      link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': url },
      summary: summaryOf(project),
      ...(project.implementers.length ? { author: project.implementers.map((org) => ({ name: org.name })) } : {}),
      category: project.solutions.map((solution) => ({ '@_term': solution.id, '@_label': solution.name })),
    },
  });
});

const scopes = new WeakMap<RecordLinks, Map<number, { links: RecordLinks; buildDate: number }>>();
function scopeOf(links: RecordLinks, buildDate: number) {
  let byDate = scopes.get(links);
  if (!byDate) {
    byDate = new Map();
    scopes.set(links, byDate);
  }
  let scope = byDate.get(buildDate);
  if (!scope) {
    scope = { links, buildDate };
    byDate.set(buildDate, scope);
  }
  return scope;
}

/** The Atom 1.0 text of a feed of the newest `FEED_ENTRIES` of `projects`. */
export function projectsFeed(input: FeedInput, projects: readonly Project[], links: RecordLinks): string {
  const scope = scopeOf(links, input.buildDate);
  const entries = feedOrder(projects, input.buildDate)
    .slice(0, FEED_ENTRIES)
    .map((project) => entryText(project, scope));
  const head = builder.build({
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': input.language,
      id: input.feedUrl,
      title: input.title,
      updated: new Date(input.buildDate).toISOString(),
      link: [
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': input.pageUrl },
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': input.feedUrl },
      ],
      author: { name: input.meta.publisher },
      rights: metaLine(input.meta),
      '#text': PLACEHOLDER,
    },
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head.replace(PLACEHOLDER, `\n${entries.join('')}`)}`;
}

const PLACEHOLDER = '\u0000entries\u0000';
