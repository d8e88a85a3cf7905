import type { Project } from '../portfolio/portfolio.ts';
import { layoutMap, type MapLayout } from './map.ts';
import { type MapData, mapData } from './map-data.ts';
import { layoutTimeline, type Timeline } from './timeline.ts';

/** The map and timeline a page about a set of projects leads with. */
export interface Overview {
  places: MapData;
  /** Absent when the page shows no map or nothing can be placed. */
  map: MapLayout | undefined;
  /** Absent when there is no project. */
  timeline: Timeline | undefined;
  /** How many projects the figures cover. */
  total: number;
}

/** Lays out the overview of `projects` as of `today`, with a map only when `withMap`. */
export function overview(projects: readonly Project[], today: number, withMap = true): Overview {
  const places = mapData(projects);
  const any = projects.length > 0;
  return {
    places,
    map: any && withMap ? layoutMap(places, 640, 400) : undefined,
    timeline: any ? layoutTimeline(projects, today) : undefined,
    total: projects.length,
  };
}
