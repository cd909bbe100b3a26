// Prints the suites' combined result as one plain line, "N passed, N failed,
// N skipped", from jest's and Playwright's JSON reports and the production
// smoke checks.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
// Checks without a report of their own that failed (formatting, types, lint).
const failedChecks = Number(process.argv[3] ?? 0);
const read = name => {
  const file = join(dir, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};

const jest = read('jest.json');
const playwright = read('playwright.json');
const totals = { passed: 0, failed: failedChecks, skipped: 0 };

if (jest) {
  totals.passed += jest.numPassedTests;
  totals.failed += jest.numFailedTests + jest.numRuntimeErrorTestSuites;
  totals.skipped += jest.numPendingTests + jest.numTodoTests;
  console.log(
    `jest: ${jest.numPassedTests} passed, ${jest.numFailedTests} failed in ${jest.numTotalTestSuites} suites`,
  );
} else {
  totals.failed += 1;
  console.log('jest: no report');
}
if (playwright) {
  const { expected, unexpected, flaky, skipped } = playwright.stats;
  totals.passed += expected + flaky;
  totals.failed += unexpected;
  totals.skipped += skipped;
  console.log(`playwright: ${expected + flaky} passed, ${unexpected} failed`);
} else {
  totals.failed += 1;
  console.log('playwright: no report');
}
const smoke = read('production-smoke.json');
if (smoke) {
  totals.passed += smoke.passed;
  totals.failed += smoke.failed;
  console.log(
    `production smoke: ${smoke.passed} passed, ${smoke.failed} failed`,
  );
} else {
  totals.failed += 1;
  console.log('production smoke: no report');
}
console.log(
  `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
);
