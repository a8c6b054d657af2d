/**
 * `npm test`: builds the app, runs Vitest (unit + integration against the built server) and
 * Playwright (end-to-end in Chromium), then prints one plain `N passed, N failed` line made
 * from both runners' JSON reports. Exits non-zero if anything failed or a runner gave no report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'test/.reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function step(label: string, command: string, args: string[]): number {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return result.status ?? 1;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const buildCode = step('build', npx, ['astro', 'build']);
if (buildCode !== 0) {
  process.stdout.write('\nbuild failed\n0 passed, 1 failed\n');
  process.exit(1);
}

step('vitest (unit and integration)', npx, [
  'vitest', 'run', '--config', 'test/vitest.config.ts',
  '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`,
]);
step('playwright (end-to-end)', npx, ['playwright', 'test', '--config', 'test/e2e/playwright.config.ts']);

let passed = 0;
let failed = 0;
const missing: string[] = [];

const vitestFile = `${REPORTS}/vitest.json`;
if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; testResults: { status: string }[] };
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  // A test file that fails to load has no tests but a failed suite: count it.
  failed += v.testResults.filter((r) => r.status === 'failed').length > 0 && v.numFailedTests === 0 ? 1 : 0;
} else missing.push('vitest');

const playwrightFile = `${REPORTS}/playwright.json`;
if (existsSync(playwrightFile)) {
  const p = JSON.parse(readFileSync(playwrightFile, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] };
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected + (p.errors?.length ?? 0);
} else missing.push('playwright');

if (missing.length > 0) {
  process.stdout.write(`\nno report from: ${missing.join(', ')}\n`);
  failed += missing.length;
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
