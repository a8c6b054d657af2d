import { perConnection, type Db } from '../db/database.ts';

/** Installation-wide settings. */
export const settingsRepository = perConnection((db: Db) => {
  const get = db.prepare('SELECT value FROM app_settings WHERE key = ?');
  const set = db.prepare(
    'INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): string | undefined {
      return (get.get(key) as { value: string } | undefined)?.value;
    },
    set(key: string, value: string): void {
      set.run(key, value);
    },
  };
});

/** Demo mode: demo data was seeded and not switched off with PARLEY_DEMO=0. */
export function isDemoMode(db: Db): boolean {
  return process.env.PARLEY_DEMO !== '0' && settingsRepository(db).get('demo_seeded') === '1';
}
