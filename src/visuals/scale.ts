/** Small numeric scales shared by the visuals. */

/** Circle radius in pixels whose area is proportional to `count`, the largest being `maxRadius`. */
export function radiusFor(count: number, max: number, maxRadius = 22, minRadius = 4): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.round(Math.max(minRadius, Math.sqrt(count / max) * maxRadius) * 10) / 10;
}

/** Share of `max`, as a percentage rounded to a tenth, for bar lengths on a 0–100 axis. */
export function percentOf(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.round((Math.min(value, max) / max) * 1000) / 10;
}

/** Linear map from [domainStart, domainEnd] to [rangeStart, rangeEnd], rounded to a tenth. */
export function linear(
  domainStart: number,
  domainEnd: number,
  rangeStart: number,
  rangeEnd: number,
): (value: number) => number {
  const span = domainEnd - domainStart || 1;
  return (value) => Math.round((rangeStart + ((value - domainStart) / span) * (rangeEnd - rangeStart)) * 10) / 10;
}

/** Years from `first` to `last` to label on an axis: every year, or every 2nd, 5th or 10th when crowded. */
export function yearTicks(first: number, last: number, maxTicks = 8): number[] {
  const span = last - first;
  const step = [1, 2, 5, 10, 20, 50].find((candidate) => span / candidate <= maxTicks) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  return ticks;
}
