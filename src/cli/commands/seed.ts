import { getCatalog } from '../../server/content/catalog.ts';
import { databasePath, openDatabase } from '../../server/db/database.ts';
import { seedDemoIfEmpty } from '../../server/seed/demo.ts';
import type { CommandIo } from '../io.ts';

/** `parley seed`: creates the demo users, cohort and scripted call history in an empty database. */
export async function run(_argv: string[], io: CommandIo): Promise<number> {
  const file = databasePath();
  const db = openDatabase(file);
  try {
    const seeded = await seedDemoIfEmpty(db, getCatalog());
    io.stdout.write(seeded ? `Seeded demo data into ${file}\n` : `${file} already has users; nothing seeded\n`);
    return 0;
  } finally {
    db.close();
  }
}
