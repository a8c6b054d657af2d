import { getCatalog } from '../../server/content/catalog.ts';
import { databasePath, openDatabase } from '../../server/db/database.ts';
import { seedDemoIfEmpty } from '../../server/seed/demo.ts';
import { seedLarge } from '../../server/seed/large.ts';
import type { CommandIo } from '../io.ts';

const USAGE = 'usage: parley seed [--large [--trainees N] [--calls N]]\n';

/** A positive whole number given after `flag`, the default when absent, or an error message. */
function count(argv: string[], flag: string, fallback: number, max: number): number | string {
  const i = argv.indexOf(flag);
  if (i < 0) return fallback;
  const value = Number(argv[i + 1]);
  if (!Number.isInteger(value) || value < 1 || value > max) return `${flag} needs a whole number from 1 to ${max}`;
  return value;
}

/**
 * `parley seed`: creates the demo users, cohort and scripted call history in an empty database.
 * `parley seed --large`: adds a load-test cohort (1,000 trainees × 100 scored calls by default).
 */
export async function run(argv: string[], io: CommandIo): Promise<number> {
  const unknown = argv.filter((a, i) => a.startsWith('--') && !['--large', '--trainees', '--calls'].includes(a) && !['--trainees', '--calls'].includes(argv[i - 1] ?? ''));
  if (unknown.length > 0) {
    io.stderr.write(`parley seed: unknown option ${unknown[0]}\n${USAGE}`);
    return 2;
  }
  const trainees = count(argv, '--trainees', 1000, 20_000);
  const calls = count(argv, '--calls', 100, 1_000);
  for (const v of [trainees, calls]) {
    if (typeof v === 'string') {
      io.stderr.write(`parley seed: ${v}\n${USAGE}`);
      return 2;
    }
  }
  const file = databasePath();
  const db = openDatabase(file);
  try {
    const catalog = getCatalog();
    const seeded = await seedDemoIfEmpty(db, catalog);
    io.stdout.write(seeded ? `Seeded demo data into ${file}\n` : `${file} already has users; no demo data added\n`);
    if (argv.includes('--large')) {
      const started = performance.now();
      const result = seedLarge(db, catalog, { trainees: trainees as number, callsEach: calls as number });
      io.stdout.write(
        `Added the cohort "${result.cohortName}": ${result.trainees} trainees, ${result.calls} scored calls ` +
          `(${result.played} played through the engine) in ${((performance.now() - started) / 1000).toFixed(1)} s. ` +
          `trainer@example.com can open it on /trainer.\n`,
      );
    }
    return 0;
  } finally {
    db.close();
  }
}
