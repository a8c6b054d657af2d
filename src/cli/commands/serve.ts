import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getCatalog } from '../../server/content/catalog.ts';
import { databasePath, openDatabase, setDb } from '../../server/db/database.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/seed/demo-accounts.ts';
import { isDemoMode } from '../../server/repositories/settings.ts';
import { seedDemoIfEmpty } from '../../server/seed/demo.ts';
import { factsRepository } from '../../server/repositories/facts.ts';
import { warmUp } from '../../server/warm-up.ts';
import type { CommandIo } from '../io.ts';

/**
 * `parley serve`: migrates the database, seeds demo data into an empty one, then mounts the
 * built Astro app on a plain Node http server at HOST:PORT.
 */
export async function run(_argv: string[], io: CommandIo): Promise<number> {
  const entry = resolve('dist/server/entry.mjs');
  if (!existsSync(entry)) {
    io.stderr.write('parley serve: the app is not built yet; run `npm run build` (or `npm start`)\n');
    return 1;
  }
  const file = databasePath();
  const db = openDatabase(file);
  setDb(db);
  const catalog = getCatalog();
  const seeded = await seedDemoIfEmpty(db, catalog);
  // Calls scored before the dashboard figures existed (migration 003) get them now.
  const filled = factsRepository(db).backfill();
  if (filled > 0) io.stdout.write(`Added dashboard figures for ${filled} earlier calls\n`);

  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const { handler } = (await import(pathToFileURL(entry).href)) as {
    handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;
  };
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 4321);
  const server = createServer(handler);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });

  // The understanding warms up in the background, between requests (see warm-up.ts).
  void warmUp(catalog);

  const shown = host.includes(':') ? `[${host}]` : host;
  io.stdout.write(`Parley is running at http://${shown}:${port}\n`);
  io.stdout.write(`Database: ${file}${seeded ? ' (demo data seeded)' : ''}\n`);
  if (isDemoMode(db)) {
    io.stdout.write(`Demo logins (password ${DEMO_PASSWORD}):\n`);
    for (const a of DEMO_ACCOUNTS) io.stdout.write(`  ${a.email.padEnd(24)} ${a.role}\n`);
  }

  return new Promise<number>((done) => {
    // Stop taking requests, let the ones in flight finish (briefly), then close the database:
    // closing it under a running request would fail that request.
    const stop = () => {
      server.close(() => {
        db.close();
        done(0);
      });
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2000).unref();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
