// Prints one plain closing line per jest run ("unit: 21 passed, 0 failed"), which CI reads.
export default class ClosingLineReporter {
  constructor() {
    const selected = process.argv.indexOf('--selectProjects');
    this.label = selected >= 0 ? process.argv[selected + 1] : 'tests';
  }

  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `\n${this.label}: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}
