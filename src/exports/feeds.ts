/**
 * Atom feeds of projects, newest first: the whole portfolio, one per facet value and one per
 * organisation. The entry date is when the source last updated the project (`updated`), else
 * when it was read (`source.retrieved`), else the project's start, else the build date: the
 * portfolio keeps no "date added", so no other date could be stated truthfully.
 */
import { Feed } from 'feed';
import { formatRange, type PartialDate, startOf } from '../model/dates.ts';
import type { Project } from '../portfolio/portfolio.ts';
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

function entryText(project: Project): string {
  const facts = [
    formatRange(project.start, project.end),
    project.countries.map((country) => country.name).join(', '),
    project.donors.map((org) => org.name).join(', '),
  ].filter(Boolean);
  return facts.length ? `${project.summary} (${facts.join(' · ')})` : project.summary;
}

/** The Atom 1.0 text of a feed of `projects`. */
export function projectsFeed(input: FeedInput, projects: readonly Project[], links: RecordLinks): string {
  const feed = new Feed({
    id: input.feedUrl,
    title: input.title,
    link: input.pageUrl,
    feedLinks: { atom: input.feedUrl },
    updated: new Date(input.buildDate),
    language: input.language,
    copyright: metaLine(input.meta),
    author: { name: input.meta.publisher },
    generator: false,
  });
  for (const project of feedOrder(projects, input.buildDate)) {
    const url = links.urlOf(links.projectPath(project.slug));
    feed.addItem({
      id: url,
      link: url,
      title: project.title,
      date: entryDate(project, input.buildDate),
      description: entryText(project),
      category: [...project.solutions.map((solution) => ({ name: solution.name, term: solution.id }))],
      author: project.implementers.map((org) => ({ name: org.name })),
    });
  }
  return feed.atom1();
}
