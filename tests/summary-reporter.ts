import type { SerializedError } from 'vitest';
import type { Reporter, TestModule, Vitest } from 'vitest/node';

/**
 * Ends every run with the line CI reads, `N passed, N failed`, summed over all layers.
 * A setup or file that fails before its tests run counts as a failure, never as nothing, and
 * so does coverage below its thresholds. With coverage on, Vitest prints the coverage figures
 * after the test run ends, so the line waits for them.
 */
export default class SummaryReporter implements Reporter {
  private coverage = false;
  private counts: { passed: number; failed: number; skipped: number } | undefined;
  /** The threshold check reports a shortfall only by setting the exit code. */
  private exitCodeBeforeCoverage: typeof process.exitCode;

  onInit(vitest: Vitest): void {
    this.coverage = vitest.config.coverage.enabled && vitest.config.coverage.reportOnFailure;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = errors.length;
    let skipped = 0;
    for (const module of modules) {
      const tests = [...module.children.allTests()];
      if (!tests.length && module.state() === 'failed') failed++;
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    this.counts = { passed, failed, skipped };
    this.exitCodeBeforeCoverage = process.exitCode;
    if (!this.coverage) this.print();
  }

  /** Called by Vitest once the coverage report (and its threshold check) is written. */
  onFinishedReportCoverage(): void {
    if (!this.counts) return;
    if (process.exitCode && process.exitCode !== this.exitCodeBeforeCoverage) {
      process.stdout.write('\nCoverage is below its thresholds (see the ERROR lines above).\n');
      this.counts.failed++;
    }
    this.print();
  }

  private print(): void {
    if (!this.counts) return;
    const { passed, failed, skipped } = this.counts;
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
    this.counts = undefined;
  }
}
