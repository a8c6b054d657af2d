import { z } from 'zod';
import { getDb } from '../../../server/db/database.ts';
import { HttpError } from '../../../server/http-error.ts';
import { apiRoute, json, readJson, requireUser } from '../../../server/http/json.ts';
import { usersRepository, type Role } from '../../../server/repositories/users.ts';
import { ASSIGNABLE_ROLES, createAccount } from '../../../server/services/admin.ts';

const ROLES = ['admin', 'trainer', 'reviewer', 'trainee', 'candidate'] as const satisfies readonly Role[];

const NewUser = z.strictObject({
  name: z.string().trim().min(1, 'name is empty').max(200),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email('not a valid email address')),
  role: z.enum(ASSIGNABLE_ROLES),
  /** Absent: a random one is generated and answered once. */
  password: z.string().min(8, 'must be at least 8 characters').max(200).optional(),
});

/** Every user (`?role=trainer` for one role) with the cohorts they belong to. Admins only. */
export const GET = apiRoute((context) => {
  requireUser(context, ['admin']);
  const role = context.url.searchParams.get('role') || undefined;
  if (role !== undefined && !(ROLES as readonly string[]).includes(role)) throw new HttpError(400, `role must be one of ${ROLES.join(', ')}`);
  const db = getDb();
  return json(usersRepository(db).list(role as Role | undefined));
});

/**
 * Creates an account: `{"name", "email", "role", "password"?}`. Without a password one is
 * generated and answered once as `password`. 201; a taken email is a 409. Admins only.
 */
export const POST = apiRoute(async (context) => {
  requireUser(context, ['admin']);
  const body = await readJson(context.request, NewUser);
  const created = await createAccount(getDb(), body);
  return json(created, 201);
});
