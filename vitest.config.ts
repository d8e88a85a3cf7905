import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './tests/sequencer.ts';

/** The one global set-up of the layers that need built sites: it builds each site once per run. */
const SITES = 'tests/setup/sites.ts';

// Layers: fast unit tests; real builds of fixture sites asserted on dist/ (build); real
// Chromium against served builds for search (e2e); and the quality gates (a11y, valid HTML,
// links, XSS, reproducibility), which also drive Chromium. The build, e2e and quality layers
// share the builds made by tests/setup/sites.ts.
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    // Three files at a time, whatever the core count (Vitest's default on 2 cores is one): each
    // file's work is mostly in child processes (astro, Chromium) with pauses between steps, and
    // a third file fills them (measured on 2 cores, same commit: 486 s with two, 456 s with
    // three, 507 s with four, where the children crowd each other).
    maxWorkers: 3,
    // The longest files start first, so the short ones fill in around them.
    sequence: { sequencer: SlowFirstSequencer },
    coverage: {
      // On with `--coverage` (npm test); off in the quick loops (test:unit, test:e2e).
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary'],
      // Always report, so the summary line comes after the coverage figures, pass or fail.
      reportOnFailure: true,
      // Just below the level measured (unit layer alone: 82.2 / 77.3 / 81.1 / 82.6 %; it was
      // 77.3 / 73.8 / 74.3 / 77.8 % before the loader, search index, CSP, env and countries had
      // tests), so that a new module without tests fails the run. Raise them as coverage rises.
      thresholds: { statements: 81, branches: 76, functions: 80, lines: 81 },
    },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: [SITES],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: [SITES],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'quality',
          include: ['tests/quality/**/*.test.ts'],
          globalSetup: [SITES],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
