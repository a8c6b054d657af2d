import { getCatalog } from './content/catalog.ts';
import { getDb } from './db/database.ts';
import { callService } from './services/calls.ts';

/** The call service bound to the process-wide database and content. */
export function calls() {
  return callService(getDb(), getCatalog());
}
