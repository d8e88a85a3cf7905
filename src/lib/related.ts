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
 * Builds a ranker over all projects once. Scores come from inverted indexes, so a lookup
 * touches only projects that share something, not every pair. Ties keep the input order,
 * so pass projects in the order you want ties broken (e.g. newest first).
 */
export function relatedProjects<P>(projects: readonly P[], features: (project: P) => RelatedFeatures) {
  const order = new Map<P, number>();
  const postings = new Map<string, P[]>();
  projects.forEach((project, index) => {
    order.set(project, index);
    const values = features(project);
    for (const dimension of DIMENSIONS) {
      for (const value of new Set(values[dimension])) {
        const key = `${dimension}:${value}`;
        const list = postings.get(key);
        if (list) list.push(project);
        else postings.set(key, [project]);
      }
    }
  });
  return (project: P, limit = 3): P[] => {
    const scores = new Map<P, number>();
    const values = features(project);
    for (const dimension of DIMENSIONS) {
      for (const value of new Set(values[dimension])) {
        for (const other of postings.get(`${dimension}:${value}`) ?? []) {
          if (other !== project) scores.set(other, (scores.get(other) ?? 0) + RELATED_WEIGHTS[dimension]);
        }
      }
    }
    return [...scores]
      .sort(([a, sa], [b, sb]) => sb - sa || (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .slice(0, limit)
      .map(([other]) => other);
  };
}
