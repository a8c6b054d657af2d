import { getCatalog } from './content/catalog.ts';
import { getDb, perConnection } from './db/database.ts';
import { callService } from './services/calls.ts';

const servicePerConnection = perConnection((db) => callService(db, getCatalog()));

/** The call service bound to the process-wide database and content. */
export function calls() {
  return servicePerConnection(getDb());
}
