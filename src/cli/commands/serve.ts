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
    handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown;
  };
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 4321);
  // Requests in flight are counted so that stopping closes the database only after the last one.
  let inFlight = 0;
  let stopping = false;
  let finish = () => {};
  const server = createServer((req, res) => {
    if (stopping) {
      // A request on a kept-alive connection after the stop began: refused before it touches the database.
      res.writeHead(503, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ error: 'the server is stopping' }));
      return;
    }
    inFlight++;
    let counted = true;
    const settled = () => {
      if (!counted) return;
      counted = false;
      inFlight--;
      finish();
    };
    // The handler's promise settles when the route has done its work, even if the client has
    // gone; a handler without one is done when its response closes.
    const running: unknown = handler(req, res);
    if (running instanceof Promise) running.then(settled, settled);
    else res.once('close', settled);
  });
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
    let closed = false;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      db.close();
      done(0);
    };
    finish = () => {
      if (closed && inFlight === 0) end();
    };
    const stop = () => {
      stopping = true;
      server.close(() => {
        closed = true;
        finish();
      });
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2000).unref();
      // A request that never ends does not keep the database open for ever.
      setTimeout(end, 5000).unref();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
