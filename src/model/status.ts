import { endOf, type PartialDate, startOf } from './dates.ts';
import type { Status } from './schemas/project.ts';

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
