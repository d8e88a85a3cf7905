/**
 * Timeline layout on a 0–100 axis of calendar years. Up to `maxBars` projects are drawn as
 * bars grouped by status; more are summarised as the number of projects running each year.
 * Dates known only to the year or month are drawn faded over the period they may mean, and a
 * missing end fades out instead of inventing one.
 */
import { endOf, type PartialDate, startOf } from '../model/dates.ts';
import type { Status } from '../model/schemas/index.ts';
import type { Project } from '../portfolio/portfolio.ts';
import { linear, yearTicks } from './scale.ts';

const DAY = 86_400_000;
const YEAR_MS = 365.25 * DAY;

export interface TimelineBar {
  slug: string;
  title: string;
  start: PartialDate;
  end: PartialDate | undefined;
  /** Faded: the start may lie anywhere from `from` to `solidFrom` (year or month precision). */
  from: number;
  solidFrom: number;
  solidTo: number;
  /** Faded: the end may lie anywhere from `solidTo` to `to`, or is not stated at all. */
  to: number;
  openEnd: boolean;
}

export interface TimelineGroup {
  status: Status | 'unknown';
  bars: TimelineBar[];
}

export interface YearCount {
  year: number;
  /** Projects running at some point in the year. */
  running: number;
  x: number;
  width: number;
  /** Column height, 0–100. */
  height: number;
}

export interface Timeline {
  /** Evenly spaced year labels from the left edge (first) to the right edge (last). */
  ticks: number[];
  /** Position of today on the axis, when it falls inside it. */
  today: number | undefined;
  /** Bars per status, or empty when the projects are summarised per year. */
  groups: TimelineGroup[];
  /** Projects running per year, when there are more than `maxBars` projects. */
  years: YearCount[];
  /** Projects left out because they state no start date. */
  undated: number;
}

/** The timeline of `projects` as of `today` (UTC ms). */
export function layoutTimeline(projects: readonly Project[], today: number, maxBars = 40): Timeline {
  const dated = projects.filter((project): project is Project & { start: PartialDate } => !!project.start);
  const undated = projects.length - dated.length;
  if (dated.length === 0) return { ticks: [], today: undefined, groups: [], years: [], undated };

  const todayYear = new Date(today).getUTCFullYear();
  const firstYear = Math.min(...dated.map((project) => project.start.year));
  // The axis always reaches today, so the "today" line is there even when every project has ended.
  const lastYear = Math.max(
    todayYear,
    ...dated.map((project) => (project.end ? project.end.year : Math.max(project.start.year + 1, todayYear))),
  );
  const ticks = yearTicks(firstYear, lastYear + 1);
  const step = ticks.length > 1 ? (ticks[1] as number) - (ticks[0] as number) : 1;
  // Extend the axis to whole steps, so the labels are evenly spaced from edge to edge.
  if ((ticks[0] ?? firstYear) > firstYear || ticks.length === 0) ticks.unshift(Math.floor(firstYear / step) * step);
  while ((ticks.at(-1) as number) <= lastYear) ticks.push((ticks.at(-1) as number) + step);
  const axisStart = Date.UTC(ticks[0] as number, 0, 1);
  const axisEnd = Date.UTC(ticks.at(-1) as number, 0, 1);
  const x = linear(axisStart, axisEnd, 0, 100);
  const clamp = (value: number) => Math.min(100, Math.max(0, x(value)));
  const todayX = today >= axisStart && today <= axisEnd ? x(today) : undefined;

  if (dated.length > maxBars) {
    const years: YearCount[] = [];
    for (let year = ticks[0] as number; year < (ticks.at(-1) as number); year++) {
      const [from, to] = [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
      const running = dated.filter((project) => {
        const end = project.end ? endOf(project.end) + DAY : Math.max(today, startOf(project.start) + YEAR_MS);
        return startOf(project.start) < to && end > from;
      }).length;
      years.push({ year, running, x: x(from), width: Math.round((x(to) - x(from)) * 10) / 10, height: 0 });
    }
    const max = Math.max(1, ...years.map((entry) => entry.running));
    for (const entry of years) entry.height = Math.round((entry.running / max) * 1000) / 10;
    return { ticks, today: todayX, groups: [], years, undated };
  }

  const bar = (project: Project & { start: PartialDate }): TimelineBar => {
    const from = clamp(startOf(project.start));
    const solidFrom = clamp(endOf(project.start) + DAY);
    if (!project.end) {
      const fadeTo = Math.max(today, startOf(project.start) + YEAR_MS);
      return {
        slug: project.slug,
        title: project.title,
        start: project.start,
        end: undefined,
        from,
        solidFrom: from,
        solidTo: from,
        to: clamp(fadeTo),
        openEnd: true,
      };
    }
    const solidTo = Math.max(solidFrom, clamp(startOf(project.end)));
    return {
      slug: project.slug,
      title: project.title,
      start: project.start,
      end: project.end,
      from,
      solidFrom: Math.min(solidFrom, solidTo),
      solidTo,
      to: clamp(endOf(project.end) + DAY),
      openEnd: false,
    };
  };
  const order: (Status | 'unknown')[] = ['active', 'planned', 'completed', 'cancelled', 'unknown'];
  const groups = order
    .map((status) => ({
      status,
      bars: dated
        .filter((project) => (project.status ?? 'unknown') === status)
        .sort((a, b) => startOf(a.start) - startOf(b.start) || a.title.localeCompare(b.title))
        .map(bar),
    }))
    .filter((group) => group.bars.length > 0);
  return { ticks, today: todayX, groups, years: [], undated };
}
