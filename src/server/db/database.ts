import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The one database handle type the repositories use. */
export type Db = Database.Database;

const MIGRATIONS_DIR = resolveMigrationsDir();

/** Default location of the SQLite file (`PARLEY_DB`, else `data/parley.db`). */
export function databasePath(): string {
  return process.env.PARLEY_DB ?? 'data/parley.db';
}

/**
 * Opens (creating if needed) a SQLite file with WAL and foreign keys on, and applies any
 * migration not applied yet.
 */
export function openDatabase(file: string = databasePath()): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads the numbered `NNN-name.sql` files in order. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * Applies pending migrations, each in its own transaction. A migration that was applied
 * under the same number but whose file has since changed is refused: editing history
 * would leave existing databases different from new ones.
 */
export function migrate(db: Db, migrations: Migration[] = readMigrations()): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, sql TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Map(
    (db.prepare('SELECT version, name, sql FROM schema_migrations').all() as Migration[]).map((m) => [m.version, m]),
  );
  const insert = db.prepare('INSERT INTO schema_migrations (version, name, sql, applied_at) VALUES (?, ?, ?, ?)');
  for (const m of migrations) {
    const done = applied.get(m.version);
    if (done) {
      if (done.sql !== m.sql) throw new Error(`migration ${m.name} was changed after it was applied`);
      continue;
    }
    db.transaction(() => {
      db.exec(m.sql);
      insert.run(m.version, m.name, m.sql, new Date().toISOString());
    })();
  }
}

function resolveMigrationsDir(): string {
  // Bundled server code runs from dist/, so look next to the source first, then the repo.
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'migrations'), join(process.cwd(), 'src/server/db/migrations')];
  for (const dir of candidates) {
    try {
      readdirSync(dir);
      return dir;
    } catch {
      // try the next place
    }
  }
  return candidates[candidates.length - 1] as string;
}

const GLOBAL_KEY = Symbol.for('parley.db');

/**
 * The process-wide connection. Kept on globalThis because the CLI and the bundled Astro
 * server are separate module graphs in one process and must share one handle.
 */
export function getDb(): Db {
  const g = globalThis as { [GLOBAL_KEY]?: Db };
  g[GLOBAL_KEY] ??= openDatabase();
  return g[GLOBAL_KEY];
}

/** Replaces the process-wide connection (tests and `parley serve` with a chosen file). */
export function setDb(db: Db): void {
  (globalThis as { [GLOBAL_KEY]?: Db })[GLOBAL_KEY] = db;
}

/**
 * Wraps a repository factory so each connection gets one instance: statements are prepared
 * once per connection instead of once per request.
 */
export function perConnection<T>(factory: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let value = cache.get(db);
    if (value === undefined) {
      value = factory(db);
      cache.set(db, value);
    }
    return value;
  };
}
