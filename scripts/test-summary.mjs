// Prints one closing line, "N passed, N failed", from the JSON report vitest writes in CI.
import { existsSync, readFileSync } from "node:fs";

const report = new URL("../test-results/vitest.json", import.meta.url);
if (!existsSync(report)) {
  console.error("No test report found at test-results/vitest.json");
  process.exit(1);
}
const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(
  readFileSync(report, "utf8"),
);
console.log(
  `tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`,
);
process.exit(numFailedTests > 0 ? 1 : 0);
