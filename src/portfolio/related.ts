/** The values related-project ranking compares. */
export interface RelatedFeatures {
  donors: readonly string[];
  countries: readonly string[];
  solutions: readonly string[];
}

/** Points per shared value: a shared donor says most, a shared country least. */
export const RELATED_WEIGHTS = { donors: 3, solutions: 2, countries: 1 } as const;

type Dimension = keyof typeof RELATED_WEIGHTS;
const DIMENSIONS = Object.keys(RELATED_WEIGHTS) as Dimension[];

/**
 * Builds a ranker over all projects once. Scores come from inverted indexes of project
 * positions, accumulated in one reused typed array, so a lookup touches only projects that
 * share something and allocates almost nothing: at 10,000 projects, one common country
 * would otherwise make every page score thousands of projects through a Map.
 * Ties keep the input order, so pass projects in the order you want ties broken.
 */
export function relatedProjects<P>(projects: readonly P[], features: (project: P) => RelatedFeatures) {
  const lists = new Map<string, number[]>();
  const keysOf: string[][] = projects.map((project, index) => {
    const values = features(project);
    const keys = DIMENSIONS.flatMap((dimension) =>
      [...new Set(values[dimension])].map((value) => `${dimension}\u0000${value}`),
    );
    for (const key of keys) {
      const list = lists.get(key);
      if (list) list.push(index);
      else lists.set(key, [index]);
    }
    return keys;
  });
  const postings = new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));
  const weightOf = (key: string) => RELATED_WEIGHTS[key.slice(0, key.indexOf('\u0000')) as Dimension];
  const positions = new Map(projects.map((project, index) => [project, index]));
  const scores = new Float64Array(projects.length);
  // A project's page asks twice (its cache key, then its render): each ranking is made once.
  const made = new Map<string, P[]>();

  return (project: P, limit = 3): P[] => {
    const self = positions.get(project);
    if (self === undefined) return [];
    const key = `${self} ${limit}`;
    const known = made.get(key);
    if (known) return [...known];
    const touched: number[] = [];
    for (const key of keysOf[self] ?? []) {
      const weight = weightOf(key);
      for (const other of postings.get(key) ?? []) {
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] ?? 0) + weight;
      }
    }
    scores[self] = 0;
    const best: number[] = [];
    for (const index of touched) {
      const score = scores[index] ?? 0;
      if (score === 0) continue;
      // Keep the `limit` best in order; touched is small next to the portfolio, limit tiny.
      let at = best.length;
      while (at > 0 && better(score, index, best[at - 1] as number)) at--;
      if (at < limit) {
        best.splice(at, 0, index);
        if (best.length > limit) best.pop();
      }
    }
    const result = best.map((index) => projects[index] as P);
    for (const index of touched) scores[index] = 0;
    made.set(key, result);
    return [...result];
  };

  function better(score: number, index: number, than: number): boolean {
    const other = scores[than] ?? 0;
    return score > other || (score === other && index < than);
  }
}
