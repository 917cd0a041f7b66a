// Prints the test run's result as one plain line ("Tests: N passed, N failed, N skipped"),
// read from the JSON report vitest writes, for CI logs that look for such a line.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../.test-results/results.json', import.meta.url), 'utf8'));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
process.exitCode = report.numFailedTests > 0 || report.numPassedTests === 0 ? 1 : 0;
