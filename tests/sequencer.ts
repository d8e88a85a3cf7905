import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first (measured on the 2-core machine; see the README's
 * test section). Started first, they run beside the many short files instead of being left for
 * last on one worker while the other idles. Files not named keep Vitest's own order after them.
 */
export const SLOW_FIRST = [
  'tests/quality/a11y.test.ts',
  'tests/build/bench.test.ts',
  'tests/quality/overflow-1000.test.ts',
  'tests/e2e/search.test.ts',
  'tests/quality/visual.test.ts',
  'tests/quality/static-checks.test.ts',
  'tests/build/incremental.test.ts',
  'tests/quality/xss.test.ts',
  'tests/build/search-shards.test.ts',
  'tests/build/safe-build.test.ts',
  'tests/e2e/search-shards.test.ts',
  'tests/e2e/dev.test.ts',
  'tests/quality/overflow.test.ts',
  'tests/build/one-language.test.ts',
];

function rank(spec: TestSpecification): number {
  const index = SLOW_FIRST.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
  return index < 0 ? SLOW_FIRST.length : index;
}

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, position) => ({ spec, position }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.position - b.position)
      .map(({ spec }) => spec);
  }
}
