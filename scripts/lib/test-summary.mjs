// Adds up the JSON reports of vitest and Playwright into one closing line: "N passed, N failed".
import fs from "node:fs";
import path from "node:path";

const [dir, seconds] = process.argv.slice(2);
let passed = 0,
  failed = 0,
  skipped = 0;
const lines = [];
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  let p, f, s;
  if (report.stats) {
    // Playwright
    p = report.stats.expected + report.stats.flaky;
    f = report.stats.unexpected;
    s = report.stats.skipped;
  } else {
    p = report.numPassedTests;
    f = report.numFailedTests;
    s = report.numPendingTests + report.numTodoTests;
  }
  passed += p;
  failed += f;
  skipped += s;
  lines.push(`  ${path.basename(file, ".json").padEnd(12)} ${p} passed, ${f} failed${s ? `, ${s} skipped` : ""}`);
}
console.log(`\nRésumé (${seconds} s) :\n${lines.join("\n")}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
