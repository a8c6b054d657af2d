import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { ACCESS_TABLE, decide, isApiPattern, type Method } from '../../src/server/http/access.ts';
import type { Role } from '../../src/server/repositories/users.ts';
import { DEMO_ACCOUNTS, DEMO_COHORT, DEMO_COHORT_MATES, DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.ts';
import { startServer, type RunningServer } from '../fixtures/server.ts';

/**
 * The authorisation walk: every route of the access table, every method it declares, as every
 * role and as nobody. Allowed roles must get past authorisation (any answer but 401/403 or a
 * sign-in redirect); the others must be refused. Then the object-level checks the table cannot
 * make: whose call, whose cohort.
 */

const SCENARIO = 'cooperative-first-time-late';
type Who = Role | 'nobody';
const WHO: readonly Who[] = ['nobody', 'trainee', 'trainer', 'reviewer', 'admin', 'candidate'];

const EXTRA_USERS = {
  candidate: { email: 'candidate.walk@example.com', name: 'Casey Walk', role: 'candidate' },
  otherTrainee: { email: 'other.trainee@example.com', name: 'Drew Outsider', role: 'trainee' },
  loneTrainer: { email: 'lone.trainer@example.com', name: 'Lee Nocohort', role: 'trainer' },
  /** Added to and taken out of the demo cohort by the walk's admin requests. */
  member: { email: 'walk.member@example.com', name: 'Wren Member', role: 'trainee' },
} as const;

interface Fixtures {
  /** A call of each signed-in role's own (a trainee's call for anyone who cannot start one). */
  callOf: (who: Who) => string;
  traineeCall: string;
  cohortId: number;
  traineeId: number;
  memberId: number;
}

/**
 * How to fill each parameterised route for a request by `who`. Every pattern with a `[param]`
 * must be here: the walk fails for one that is not, so new routes are covered as they come.
 */
const PARAMS: Record<string, (fx: Fixtures, who: Who) => Record<string, string>> = {
  '/calls/[id]': (fx, who) => ({ id: fx.callOf(who) }),
  '/scenarios/[id]': () => ({ id: SCENARIO }),
  '/api/calls/[id]': (fx, who) => ({ id: fx.callOf(who) }),
  '/api/calls/[id]/turns': (fx, who) => ({ id: fx.callOf(who) }),
  '/api/calls/[id]/hangup': (fx, who) => ({ id: fx.callOf(who) }),
  '/api/calls/[id]/end': (fx, who) => ({ id: fx.callOf(who) }),
  '/api/cohorts/[id]/hints': (fx) => ({ id: String(fx.cohortId) }),
  '/api/cohorts/[id]/trainees-csv': (fx) => ({ id: String(fx.cohortId) }),
  '/api/admin/cohorts/[id]/members': (fx) => ({ id: String(fx.cohortId) }),
  '/trainees/[id]': (fx) => ({ id: String(fx.traineeId) }),
};

/** Query strings some routes need to get past validation (keyed by route pattern). */
const QUERIES: Record<string, (fx: Fixtures) => string> = {
  '/trainer': (fx) => `?cohort=${fx.cohortId}`,
  '/api/exports/calls.csv': (fx) => `?cohort=${fx.cohortId}`,
  '/api/exports/xapi': (fx) => `?cohort=${fx.cohortId}`,
};

type Body = { json: unknown } | { form: Record<string, string> };

/** Minimal valid bodies, so a 400 is not mistaken for authorisation (a 400/404/409 is fine anyway). */
const BODIES: Record<string, (fx: Fixtures) => Body> = {
  'POST /login': () => ({ form: { email: 'trainee@example.com', password: DEMO_PASSWORD } }),
  'POST /logout': () => ({ form: {} }),
  'POST /practice': () => ({ form: { scenario: SCENARIO } }),
  // Takes out an assignment that does not exist: a 404 once past the role and cohort checks.
  'POST /trainer': (fx) => ({ form: { cohort: String(fx.cohortId), action: 'unassign', assignment: '0' } }),
  'POST /api/login': () => ({ json: { email: 'trainee@example.com', password: DEMO_PASSWORD } }),
  'POST /api/calls': () => ({ json: { scenario: SCENARIO, mode: 'practice' } }),
  'POST /api/calls/[id]/turns': () => ({ json: { text: 'Hello, may I speak with Maria Delgado please?' } }),
  'POST /api/cohorts/[id]/hints': () => ({ json: { enabled: false } }),
  'POST /api/admin/users': () => ({ json: { name: 'Walk User', email: 'walk.user@example.com', role: 'trainee', password: 'walk-password-1' } }),
  'POST /api/admin/cohorts': () => ({ json: { name: 'Walk cohort' } }),
  'POST /api/admin/cohorts/[id]/members': (fx) => ({ json: { user: fx.memberId, role: 'trainee' } }),
  'DELETE /api/admin/cohorts/[id]/members': (fx) => ({ json: { user: fx.memberId, role: 'trainee' } }),
  'POST /api/admin/trainees-csv': (fx) => ({ json: { cohort: fx.cohortId, csv: 'name,email\nCsv Walker,csv.walker@example.com\n' } }),
  // An empty file: a 400 once past the role and cohort checks, and nobody is created.
  'POST /api/cohorts/[id]/trainees-csv': () => ({ json: { csv: 'name,email\n' } }),
};

function defaultBody(pattern: string): Body {
  return isApiPattern(pattern) ? { json: {} } : { form: {} };
}

const PARAM = /\[(?:\.\.\.)?([^\]]+)\]/g;

function pathFor(pattern: string, fx: Fixtures, who: Who): string {
  if (!pattern.includes('[')) return pattern;
  const fill = PARAMS[pattern];
  if (!fill) throw new Error(`no substitution for ${pattern}: add it to PARAMS in test/integration/authorization.test.ts`);
  const values = fill(fx, who);
  return pattern.replace(PARAM, (_all, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the substitution for ${pattern} gives no "${name}"`);
    return value;
  });
}

let server: RunningServer;
let fx: Fixtures;
const cookies = new Map<Who, string>();
const credentials = new Map<Who, string>();

async function signIn(who: Who): Promise<void> {
  const email = credentials.get(who);
  if (!email) return;
  const res = await fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(res.status, `sign in as ${who}`).toBe(200);
  cookies.set(who, (res.headers.get('set-cookie') ?? '').split(';')[0] as string);
}

interface Answer {
  status: number;
  location: string | null;
  text: string;
  json: any;
}

async function send(who: Who, method: string, path: string, body?: Body): Promise<Answer> {
  const headers: Record<string, string> = {};
  const cookie = cookies.get(who);
  if (cookie) headers.cookie = cookie;
  let payload: string | undefined;
  if (body && 'json' in body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body) {
    // A browser's form post: same-origin, so Astro's origin check lets it through.
    headers['content-type'] = 'application/x-www-form-urlencoded';
    headers.origin = server.url;
    payload = new URLSearchParams(body.form).toString();
  }
  const res = await fetch(server.url + path, { method, headers, redirect: 'manual', ...(payload !== undefined ? { body: payload } : {}) });
  // Logging out (whoever asked) ends this session: sign in again for the next request.
  if (/parley_session=[^;]*;[^,]*(max-age=0|expires=thu, 01 jan 1970)/i.test(res.headers.get('set-cookie') ?? '') && cookie) {
    await signIn(who);
  }
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, location: res.headers.get('location'), text, json };
}

function isSignInRedirect(a: Answer): boolean {
  return a.status >= 300 && a.status < 400 && (a.location ?? '').startsWith('/login?next=');
}

beforeAll(async () => {
  server = await startServer();
  const db = new Database(server.dbFile);
  db.pragma('busy_timeout = 5000');
  try {
    const hash = await hashPassword(DEMO_PASSWORD);
    const insert = db.prepare('INSERT INTO users (email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)');
    for (const u of Object.values(EXTRA_USERS)) insert.run(u.email, u.name, u.role, hash, new Date().toISOString());
    const cohort = db.prepare('SELECT id FROM cohorts WHERE name = ?').get(DEMO_COHORT) as { id: number };
    const idOf = (email: string) => (db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: number }).id;
    fx = { cohortId: cohort.id, traineeId: idOf('trainee@example.com'), memberId: idOf(EXTRA_USERS.member.email), traineeCall: '', callOf: () => '' };
  } finally {
    db.close();
  }

  for (const a of DEMO_ACCOUNTS) credentials.set(a.role, a.email);
  credentials.set('candidate', EXTRA_USERS.candidate.email);
  for (const who of WHO) await signIn(who);

  // Each role that may take calls starts one of its own: acting on someone else's call is an
  // object-level refusal, not what this walk is about.
  const calls = new Map<Who, string>();
  for (const who of ['trainee', 'trainer', 'reviewer', 'admin'] as const) {
    const started = await send(who, 'POST', '/api/calls', { json: { scenario: SCENARIO, mode: 'practice', seed: 7 } });
    expect(started.status, `${who} starts a call`).toBe(201);
    calls.set(who, started.json.id);
  }
  const traineeCall = calls.get('trainee') as string;
  fx = { ...fx, traineeCall, callOf: (who) => calls.get(who) ?? traineeCall };
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('the route access table, walked over HTTP', () => {
  it('has a substitution for every parameterised route', () => {
    const missing = ACCESS_TABLE.map((e) => e.pattern).filter((p) => p.includes('[') && !PARAMS[p]);
    expect(missing, 'add these to PARAMS in test/integration/authorization.test.ts').toEqual([]);
  });

  it('lets allowed roles through and refuses everyone else, on every route and method', async () => {
    const problems: string[] = [];
    let requests = 0;
    for (const entry of ACCESS_TABLE) {
      for (const method of Object.keys(entry.methods) as Method[]) {
        for (const who of WHO) {
          const path = pathFor(entry.pattern, fx, who) + (QUERIES[entry.pattern]?.(fx) ?? '');
          const key = `${method} ${entry.pattern}`;
          const body = method === 'GET' ? undefined : (BODIES[key]?.(fx) ?? defaultBody(entry.pattern));
          const a = await send(who, method, path, body);
          requests++;
          const allowed = decide(entry, method, who === 'nobody' ? undefined : who) === 'allow';
          const what = `${method} ${path} as ${who}: ${a.status}${a.location ? ` → ${a.location}` : ''} ${a.text.slice(0, 120)}`;
          if (a.status >= 500) problems.push(`server error: ${what}`);
          if (allowed) {
            if (a.status === 401 || a.status === 403 || isSignInRedirect(a)) problems.push(`refused an allowed role: ${what}`);
          } else if (isApiPattern(entry.pattern)) {
            const expected = who === 'nobody' ? 401 : 403;
            if (a.status !== expected || typeof a.json?.error !== 'string') problems.push(`expected ${expected} {"error"}: ${what}`);
          } else if (who === 'nobody' ? !isSignInRedirect(a) && a.status !== 401 : a.status !== 403 && !isSignInRedirect(a)) {
            problems.push(`expected ${who === 'nobody' ? 'a redirect to /login' : '403'}: ${what}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(ACCESS_TABLE.length * WHO.length);
  }, 120_000);

  it('sends visitors to sign in and back, and answers a method a route does not take with 405', async () => {
    const page = await send('nobody', 'GET', '/trainer?cohort=1');
    expect(page.status).toBe(302);
    expect(page.location).toBe(`/login?next=${encodeURIComponent('/trainer?cohort=1')}`);
    const api = await send('admin', 'DELETE', '/api/scenarios', { json: {} });
    expect(api.status).toBe(405);
    expect(api.json).toEqual({ error: expect.any(String) });
    expect((await send('admin', 'PUT', `/api/calls/${fx.callOf('admin')}`, { json: {} })).status).toBe(405);
  });
});

describe('object-level checks behind the table', () => {
  it("keeps a trainee's call from another trainee: 404 on the API and on the page", async () => {
    credentials.set('trainee', EXTRA_USERS.otherTrainee.email);
    try {
      await signIn('trainee');
      expect((await send('trainee', 'GET', `/api/calls/${fx.traineeCall}`)).status).toBe(404);
      expect((await send('trainee', 'POST', `/api/calls/${fx.traineeCall}/turns`, { json: { text: 'hello' } })).status).toBe(404);
      expect((await send('trainee', 'POST', `/api/calls/${fx.traineeCall}/end`, { json: {} })).status).toBe(404);
      const page = await send('trainee', 'GET', `/calls/${fx.traineeCall}`);
      expect(page.status).toBe(404);
      expect(page.text).not.toContain('Maria');
      const progress = await send('trainee', 'GET', `/trainees/${fx.traineeId}`);
      expect(progress.status).toBe(404);
      expect(progress.text).not.toContain('Taylor Brooks');
    } finally {
      credentials.set('trainee', 'trainee@example.com');
      await signIn('trainee');
    }
  });

  it('shows a trainer who trains no cohort no cohort data, and no way to change the demo cohort', async () => {
    credentials.set('trainer', EXTRA_USERS.loneTrainer.email);
    try {
      await signIn('trainer');
      const page = await send('trainer', 'GET', '/trainer');
      expect(page.status).toBe(200);
      for (const name of ['Taylor Brooks', ...DEMO_COHORT_MATES.map((m) => m.name)]) expect(page.text).not.toContain(name);
      expect(page.text).not.toContain(DEMO_COHORT);
      const hints = await send('trainer', 'POST', `/api/cohorts/${fx.cohortId}/hints`, { json: { enabled: true } });
      expect(hints.status).toBe(404);
      const enrol = await send('trainer', 'POST', `/api/cohorts/${fx.cohortId}/trainees-csv`, { json: { csv: 'name,email\nSly Joiner,sly.joiner@example.com\n' } });
      expect(enrol.status).toBe(404);
      expect((await send('trainer', 'GET', `/api/calls/${fx.traineeCall}`)).status).toBe(404);
      expect((await send('trainer', 'GET', `/calls/${fx.traineeCall}`)).status).toBe(404);
      expect((await send('trainer', 'GET', `/trainees/${fx.traineeId}`)).status).toBe(404);
      for (const path of ['/api/exports/calls.csv', '/api/exports/xapi']) {
        const exported = await send('trainer', 'GET', `${path}?cohort=${fx.cohortId}`);
        expect(exported.status, path).toBe(404);
        expect(exported.text, path).not.toContain('Taylor');
      }
    } finally {
      credentials.set('trainer', 'trainer@example.com');
      await signIn('trainer');
    }
  });

  it("lets the demo trainer, who trains the cohort, see the trainee's call (but not act on it)", async () => {
    const view = await send('trainer', 'GET', `/api/calls/${fx.traineeCall}`);
    expect(view.status).toBe(200);
    expect((await send('trainer', 'POST', `/api/calls/${fx.traineeCall}/turns`, { json: { text: 'hello' } })).status).toBe(403);
    const page = await send('trainer', 'GET', '/trainer');
    expect(page.text).toContain('Taylor Brooks');
  });
});
