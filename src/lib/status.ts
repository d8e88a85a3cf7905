import type { Status } from '../content.config.ts';
import { endOf, type PartialDate, startOf } from './dates.ts';

/**
 * The date a build treats as "today", as UTC midnight in milliseconds. It is the only input
 * to a build that depends on the clock: `BUILD_DATE=2026-01-31` or `SOURCE_DATE_EPOCH` pin it.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now = Date.now()): number {
  if (env.BUILD_DATE) {
    const parsed = Date.parse(`${env.BUILD_DATE}T00:00:00Z`);
    if (Number.isNaN(parsed)) throw new Error(`BUILD_DATE="${env.BUILD_DATE}" is not a date; use YYYY-MM-DD`);
    return parsed;
  }
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) * 1000 : now;
  const day = new Date(epoch);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
}

/**
 * Status from the dates: completed once the end has passed, planned before the start,
 * active in between. With only a past start and no end, nothing is known, so undefined.
 */
export function deriveStatus(
  start: PartialDate | undefined,
  end: PartialDate | undefined,
  today: number,
): Status | undefined {
  if (end && endOf(end) < today) return 'completed';
  if (start && startOf(start) > today) return 'planned';
  if (start && end) return 'active';
  return undefined;
}
