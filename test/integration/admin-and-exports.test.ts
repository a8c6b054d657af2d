import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateStatement } from '../../src/domain/analytics/xapi.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { DEMO_ACCOUNTS, DEMO_COHORT, DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.ts';
import { client, startServer, type RunningServer } from '../fixtures/server.ts';

/**
 * Admin pages and data out against the built server and a real SQLite file: accounts,
 * cohorts and CSV enrolment by an admin (and nobody else), then the calls CSV and the xAPI
 * statements a cohort's trainer downloads.
 */

/** The demo admin when the seed has one; otherwise one this test adds to the database. */
const DEMO_ADMIN = (DEMO_ACCOUNTS as readonly { email: string; name: string; role: string }[]).find((a) => a.role === 'admin');
const ADMIN = DEMO_ADMIN
  ? { email: DEMO_ADMIN.email, name: DEMO_ADMIN.name, password: DEMO_PASSWORD }
  : { email: 'admin.test@example.com', name: 'Ada Admin', password: 'admin-test-pass' };
const OTHER_TRAINER = { email: 'other.trainer@example.com', name: 'Otto Other', password: 'trainer-test-pass' };
const NEW_COHORT = 'Spring 2027 · Évening';
const SCENARIO = 'cooperative-first-time-late';

let server: RunningServer;
let demoCohortId: number;

/** Adds an account straight into the server's SQLite file. */
async function insertUser(u: { email: string; name: string; password: string }, role: string): Promise<number> {
  const db = new Database(server.dbFile);
  try {
    const hash = await hashPassword(u.password);
    const row = db
      .prepare('INSERT INTO users (email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id')
      .get(u.email, u.name, role, hash, new Date().toISOString()) as { id: number };
    return row.id;
  } finally {
    db.close();
  }
}

/** Reads the server's SQLite file. */
function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(server.dbFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

async function signedIn(email: string, password = 'parley-demo') {
  const c = client(server.url);
  const res = await c.login(email, password);
  expect(res.status, `login ${email}`).toBe(200);
  return c;
}

beforeAll(async () => {
  server = await startServer();
  if (!DEMO_ADMIN) await insertUser(ADMIN, 'admin');
  await insertUser(OTHER_TRAINER, 'trainer');
  demoCohortId = (query<{ id: number }>('SELECT id FROM cohorts WHERE name = ?', DEMO_COHORT)[0] as { id: number }).id;
}, 90_000);
afterAll(async () => {
  await server?.stop();
});

describe('admin: who may', () => {
  it('refuses the admin pages and API to everyone but admins', async () => {
    const anon = client(server.url);
    expect((await anon.get('/api/admin/users')).status).toBe(401);
    const anonPage = await anon.get('/admin');
    expect(anonPage.status).toBe(302);
    expect(anonPage.headers.get('location')).toMatch(/^\/login\?next=%2Fadmin/);
    for (const email of ['trainee@example.com', 'trainer@example.com', 'reviewer@example.com']) {
      const c = await signedIn(email);
      expect((await c.get('/admin')).status, email).toBe(403);
      expect((await c.get('/api/admin/users')).status, email).toBe(403);
      expect((await c.get('/api/admin/cohorts')).status, email).toBe(403);
      expect((await c.post('/api/admin/users', { name: 'X', email: 'x@example.com', role: 'admin' })).status, email).toBe(403);
      expect((await c.post('/api/admin/cohorts', { name: 'Sneaky' })).status, email).toBe(403);
      expect((await c.post(`/api/admin/cohorts/${demoCohortId}/members`, { user: 1, role: 'trainer' })).status, email).toBe(403);
      const csv = await c.post('/api/admin/trainees-csv', { cohort: demoCohortId, csv: 'name,email\nEve,eve@example.com\n' });
      expect(csv.status, email).toBe(403);
      expect(csv.json).toEqual({ error: expect.any(String) });
    }
    expect(query('SELECT 1 FROM users WHERE email = ?', 'eve@example.com')).toEqual([]);
    expect(query('SELECT 1 FROM cohorts WHERE name = ?', 'Sneaky')).toEqual([]);
  });

  it('sends an admin to /admin after sign-in, with an Admin link only admins see', async () => {
    const admin = await signedIn(ADMIN.email, ADMIN.password);
    const login = await admin.get('/login');
    expect(login.status).toBe(302);
    expect(login.headers.get('location')).toBe('/admin');
    const page = await admin.get('/admin');
    expect(page.status).toBe(200);
    expect(page.text).toContain('href="/admin"');
    expect(page.text).toContain(DEMO_COHORT);
    const trainer = await signedIn('trainer@example.com');
    expect((await trainer.get('/trainer')).text).not.toContain('href="/admin"');
  });
});

describe('admin: accounts and cohorts', () => {
  it('lists users with their cohorts, filtered by role', async () => {
    const admin = await signedIn(ADMIN.email, ADMIN.password);
    const trainers = await admin.get('/api/admin/users?role=trainer');
    expect(trainers.status).toBe(200);
    expect(trainers.json.map((u: { email: string }) => u.email).sort()).toEqual([OTHER_TRAINER.email, 'trainer@example.com']);
    expect(trainers.json[0]).not.toHaveProperty('password_hash');
    expect((await admin.get('/api/admin/users?role=boss')).status).toBe(400);
    const page = await admin.get('/admin?role=reviewer');
    expect(page.text).toContain('reviewer@example.com');
    expect(page.text).not.toContain('trainee@example.com</td>');
  });

  it('creates a user with a generated password shown once, or with a chosen one', async () => {
    const admin = await signedIn(ADMIN.email, ADMIN.password);
    const made = await admin.post('/api/admin/users', { name: 'Rae Reviewer', email: ' Rae@Example.com ', role: 'reviewer' });
    expect(made.status).toBe(201);
    expect(made.json).toEqual({
      user: { id: expect.any(Number), name: 'Rae Reviewer', email: 'rae@example.com', role: 'reviewer' },
      password: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
    });
    await signedIn('rae@example.com', made.json.password);
    const stored = query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = ?', 'rae@example.com')[0];
    expect(stored?.password_hash).toMatch(/^\$argon2id\$/);
    expect(stored?.password_hash).not.toContain(made.json.password);

    const chosen = await admin.post('/api/admin/users', { name: 'Tess Trainer', email: 'tess@example.com', role: 'trainer', password: 'chosen-pass-1' });
    expect(chosen.status).toBe(201);
    expect(chosen.json.password).toBeUndefined();
    await signedIn('tess@example.com', 'chosen-pass-1');

    expect((await admin.post('/api/admin/users', { name: 'Dup', email: 'TESS@example.com', role: 'trainee' })).status).toBe(409);
    for (const bad of [
      { name: 'X', email: 'not-an-email', role: 'trainee' },
      { name: 'X', email: 'x1@example.com', role: 'candidate' },
      { name: '', email: 'x2@example.com', role: 'trainee' },
      { name: 'X', email: 'x3@example.com', role: 'trainee', password: 'short' },
      { name: 'X', email: 'x4@example.com', role: 'trainee', extra: true },
    ]) {
      const r = await admin.post('/api/admin/users', bad);
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.json).toEqual({ error: expect.any(String) });
    }
  });

  it('creates a cohort, refuses its name twice, and manages its trainers', async () => {
    const admin = await signedIn(ADMIN.email, ADMIN.password);
    const made = await admin.post('/api/admin/cohorts', { name: NEW_COHORT });
    expect(made.status).toBe(201);
    expect(made.json).toEqual({ id: expect.any(Number), name: NEW_COHORT });
    expect((await admin.post('/api/admin/cohorts', { name: NEW_COHORT })).status).toBe(409);
    expect((await admin.post('/api/admin/cohorts', { name: '  ' })).status).toBe(400);

    const id = made.json.id as number;
    const other = (query<{ id: number }>('SELECT id FROM users WHERE email = ?', OTHER_TRAINER.email)[0] as { id: number }).id;
    const trainee = (query<{ id: number }>('SELECT id FROM users WHERE email = ?', 'trainee@example.com')[0] as { id: number }).id;
    expect((await admin.post(`/api/admin/cohorts/${id}/members`, { user: other, role: 'trainer' })).status).toBe(201);
    expect((await admin.post(`/api/admin/cohorts/${id}/members`, { user: other, role: 'trainer' })).json.added).toBe(false);
    expect((await admin.post(`/api/admin/cohorts/${id}/members`, { user: other, role: 'trainee' })).status).toBe(400);
    expect((await admin.post(`/api/admin/cohorts/${id}/members`, { user: trainee, role: 'trainer' })).status).toBe(400);
    expect((await admin.post(`/api/admin/cohorts/${id}/members`, { user: 99999, role: 'trainee' })).status).toBe(404);
    expect((await admin.post('/api/admin/cohorts/99999/members', { user: other, role: 'trainer' })).status).toBe(404);

    const list = await admin.get('/api/admin/cohorts');
    expect(list.json.find((c: { id: number }) => c.id === id)).toEqual({
      id,
      name: NEW_COHORT,
      created_at: expect.any(String),
      trainees: 0,
      trainers: [{ id: other, name: OTHER_TRAINER.name, email: OTHER_TRAINER.email }],
    });
    // Added and taken out again: the other trainer must not train the new cohort for the export tests below.
    const removed = await del(admin.cookie(), `/api/admin/cohorts/${id}/members`, { user: other, role: 'trainer' });
    expect(removed.status).toBe(200);
    expect((await del(admin.cookie(), `/api/admin/cohorts/${id}/members`, { user: other, role: 'trainer' })).status).toBe(404);
    const page = await admin.get('/admin');
    expect(page.text).toMatch(new RegExp(`data-cohort="${id}"`));
  });
});

/** DELETE with a JSON body (the fixture client has GET and POST only). */
async function del(cookie: string, path: string, body: unknown) {
  const res = await fetch(server.url + path, {
    method: 'DELETE',
    headers: { cookie, 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

const newCohortId = () => (query<{ id: number }>('SELECT id FROM cohorts WHERE name = ?', NEW_COHORT)[0] as { id: number }).id;
const traineesIn = (cohort: number) =>
  query<{ email: string }>(`SELECT u.email FROM cohort_members m JOIN users u ON u.id = m.user_id WHERE m.cohort_id = ? AND m.role = 'trainee' ORDER BY u.email`, cohort).map(
    (r) => r.email,
  );

describe('admin: bulk add trainees from CSV', () => {
  it('imports a file with a BOM, CRLF, quoted commas and blank lines, showing generated passwords once', async () => {
    const admin = await signedIn(ADMIN.email, ADMIN.password);
    const csv = [
      '\ufeffName,Email,Password',
      '"Ruiz, Ana",Ana.Ruiz@example.com,',
      '',
      'Bo Li,bo.li@example.com,bo-li-password',
      '"=HYPERLINK(""http://evil.example"")",formula@example.com,formula-pass',
      '',
    ].join('\r\n');
    const res = await admin.post('/api/admin/trainees-csv', { cohort: newCohortId(), csv });
    expect(res.status).toBe(201);
    expect(res.json.created).toBe(3);
    expect(res.json.trainees).toEqual([
      { id: expect.any(Number), line: 2, name: 'Ruiz, Ana', email: 'ana.ruiz@example.com', password: expect.stringMatching(/^\S{16}$/) },
      { id: expect.any(Number), line: 4, name: 'Bo Li', email: 'bo.li@example.com' },
      { id: expect.any(Number), line: 5, name: '=HYPERLINK("http://evil.example")', email: 'formula@example.com' },
    ]);
    expect(traineesIn(newCohortId())).toEqual(['ana.ruiz@example.com', 'bo.li@example.com', 'formula@example.com']);
    expect(query('SELECT role FROM users WHERE email = ?', 'bo.li@example.com')).toEqual([{ role: 'trainee' }]);
    await signedIn('ana.ruiz@example.com', res.json.trainees[0].password);
    await signedIn('bo.li@example.com', 'bo-li-password');
  });

  it('imports nothing from a file with any problem, and names every problem by line', async () => {
    const admin = await signedIn(ADMIN.email, ADMIN.password);
    const before = traineesIn(newCohortId());
    const csv = [
      'name,email',
      'Cy Good,cy.good@example.com',
      'Dee,not-an-email',
      'Bo Again,BO.LI@example.com',
      '',
      'Cy Twice,cy.good@example.com',
      'Too,many,fields',
    ].join('\n');
    const res = await admin.post('/api/admin/trainees-csv', { cohort: newCohortId(), csv });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatch(/4 problems; nothing was imported/);
    expect(res.json.problems).toEqual([
      'line 3: "not-an-email" is not a valid email address',
      'line 4: a user with email bo.li@example.com already exists',
      'line 6: email cy.good@example.com appears twice in the file (first on line 2)',
      'line 7: expected 2 fields (name,email), found 3',
    ]);
    expect(traineesIn(newCohortId())).toEqual(before);
    expect(query('SELECT 1 FROM users WHERE email = ?', 'cy.good@example.com')).toEqual([]);

    const noHeader = await admin.post('/api/admin/trainees-csv', { cohort: newCohortId(), csv: 'Cy Good,cy.good@example.com\n' });
    expect(noHeader.status).toBe(400);
    expect(noHeader.json.problems).toEqual([expect.stringMatching(/^line 1: the header row is missing/)]);
    expect((await admin.post('/api/admin/trainees-csv', { cohort: 99999, csv: 'name,email\nA,a@example.com\n' })).status).toBe(404);
    expect((await admin.post('/api/admin/trainees-csv', { cohort: newCohortId() })).status).toBe(400);
  });
});

/** Plays one short practice call to the end as `c`; returns its id and score. */
async function playCall(c: ReturnType<typeof client>): Promise<{ id: string; score: number }> {
  const { json } = await c.post('/api/calls', { scenario: SCENARIO, mode: 'practice', seed: 3 });
  await c.post(`/api/calls/${json.id}/turns`, { text: 'Hi, this is Jamie from Summit Recovery Services. Is this Maria Delgado?' });
  const ended = await c.post(`/api/calls/${json.id}/end`, { record: { disposition: 'NA', notes: 'No arrangement.' } });
  expect(ended.status).toBe(200);
  return { id: json.id, score: ended.json.score };
}

/** The formula guard quotes any cell starting with - (or = + @), call ids included: undone here. */
const unguard = (cell: string) => cell.replace(/^'(?=[-=+@])/, '');

const parseCsv = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe('exports: calls CSV', () => {
  it("gives a cohort's trainer one row per ended call, with scores and criterion points", async () => {
    const trainer = await signedIn('trainer@example.com');
    const res = await fetch(`${server.url}/api/exports/calls.csv?cohort=${demoCohortId}`, { headers: { cookie: trainer.cookie() } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="parley-new-hires-november-2026-calls.csv"');
    const parsed = parseCsv(await res.text());
    expect(parsed.errors).toEqual([]);
    const ended = query<{ id: string; score: number; overall: string }>(
      `SELECT c.id, c.score, c.overall FROM calls c JOIN cohort_members m ON m.user_id = c.user_id AND m.role = 'trainee'
       WHERE m.cohort_id = ? AND c.status = 'ended'`,
      demoCohortId,
    );
    expect(ended.length).toBeGreaterThan(10);
    expect(parsed.data).toHaveLength(ended.length);
    expect(parsed.meta.fields?.slice(0, 13)).toEqual([
      'call_id', 'trainee_name', 'trainee_email', 'scenario_id', 'mode', 'started_at', 'ended_at',
      'score', 'overall', 'critical_violations', 'violation_count', 'outcome', 'rubric_version',
    ]);
    expect(parsed.meta.fields).toContain('points_N_VERIFY');
    const byId = new Map(ended.map((c) => [c.id, c]));
    for (const row of parsed.data) {
      expect(byId.get(unguard(row.call_id as string))?.score, row.call_id).toBe(Number(row.score));
      expect(byId.get(unguard(row.call_id as string))?.overall).toBe(row.overall);
      expect(row.trainee_email).toMatch(/@example\.com$/);
      expect(Number(row.violation_count)).toBeGreaterThanOrEqual((row.critical_violations as string).split(' ').filter(Boolean).length);
    }
    const sample = parsed.data[0] as Record<string, string>;
    const report = JSON.parse(
      (query<{ report: string }>('SELECT report FROM calls WHERE id = ?', unguard(sample.call_id as string))[0] as { report: string }).report,
    ) as { criteria: { id: string; points: number; applicable: boolean }[]; outcome: string };
    expect(sample.outcome).toBe(report.outcome);
    for (const c of report.criteria) expect(sample[`points_${c.id}`]).toBe(c.applicable ? String(c.points) : '');
  });

  it('filters by scenario and by the days calls ended, inclusive', async () => {
    const trainer = await signedIn('trainer@example.com');
    const all = parseCsv((await trainer.get(`/api/exports/calls.csv?cohort=${demoCohortId}`)).text).data;
    const one = parseCsv((await trainer.get(`/api/exports/calls.csv?cohort=${demoCohortId}&scenario=${SCENARIO}`)).text).data;
    expect(one.length).toBe(all.filter((r) => r.scenario_id === SCENARIO).length);
    expect(one.length).toBeGreaterThan(0);
    const day = (all[Math.floor(all.length / 2)]?.ended_at as string).slice(0, 10);
    const sameDay = parseCsv((await trainer.get(`/api/exports/calls.csv?cohort=${demoCohortId}&from=${day}&to=${day}`)).text).data;
    expect(sameDay.length).toBe(all.filter((r) => (r.ended_at as string).startsWith(day)).length);
    expect(sameDay.length).toBeGreaterThan(0);
    const since = parseCsv((await trainer.get(`/api/exports/calls.csv?cohort=${demoCohortId}&from=${day}`)).text).data;
    expect(since.length).toBe(all.filter((r) => (r.ended_at as string).slice(0, 10) >= day).length);

    for (const bad of ['', 'cohort=abc', `cohort=${demoCohortId}&from=2026-13-01`, `cohort=${demoCohortId}&from=2026-11-20&to=2026-11-01`, `cohort=${demoCohortId}&to=yesterday`]) {
      const r = await trainer.get(`/api/exports/calls.csv?${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.json).toEqual({ error: expect.any(String) });
    }
  });

  it("is a 404 for a cohort the trainer does not train, and refused to trainees and reviewers", async () => {
    const other = await signedIn(OTHER_TRAINER.email, OTHER_TRAINER.password);
    for (const path of [`/api/exports/calls.csv?cohort=${demoCohortId}`, `/api/exports/xapi?cohort=${demoCohortId}`, '/api/exports/calls.csv?cohort=99999']) {
      const r = await other.get(path);
      expect(r.status, path).toBe(404);
      expect(r.json).toEqual({ error: 'no such cohort' });
    }
    for (const email of ['trainee@example.com', 'reviewer@example.com']) {
      const c = await signedIn(email);
      expect((await c.get(`/api/exports/calls.csv?cohort=${demoCohortId}`)).status, email).toBe(403);
      expect((await c.get(`/api/exports/xapi?cohort=${demoCohortId}`)).status, email).toBe(403);
    }
    expect((await client(server.url).get(`/api/exports/calls.csv?cohort=${demoCohortId}`)).status).toBe(401);
  });

  it('lets an admin export any cohort, and quotes cells a spreadsheet would run as formulas', async () => {
    const trainee = await signedIn('formula@example.com', 'formula-pass');
    const call = await playCall(trainee);
    const admin = await signedIn(ADMIN.email, ADMIN.password);
    const res = await admin.get(`/api/exports/calls.csv?cohort=${newCohortId()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="parley-spring-2027-evening-calls.csv"');
    const rows = parseCsv(res.text).data;
    expect(rows).toHaveLength(1);
    expect(unguard(rows[0]?.call_id as string)).toBe(call.id);
    expect(rows[0]).toMatchObject({ trainee_name: `'=HYPERLINK("http://evil.example")`, score: String(call.score) });
  });
});

describe('exports: xAPI', () => {
  it('returns valid, deterministic statements for each call and each scored decision', async () => {
    const trainer = await signedIn('trainer@example.com');
    const res = await trainer.get(`/api/exports/xapi?cohort=${demoCohortId}&scenario=${SCENARIO}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const statements = res.json as { id: string; object: { id: string }; context?: { statement?: { id: string } }; actor: { mbox: string } }[];
    for (const s of statements) expect(validateStatement(s), s.id).toEqual([]);
    const calls = statements.filter((s) => s.context?.statement === undefined);
    const csvRows = parseCsv((await trainer.get(`/api/exports/calls.csv?cohort=${demoCohortId}&scenario=${SCENARIO}`)).text).data;
    expect(calls).toHaveLength(csvRows.length);
    expect(statements.length).toBeGreaterThan(calls.length);
    const callIds = new Set(calls.map((s) => s.id));
    for (const s of statements) if (s.context?.statement) expect(callIds.has(s.context.statement.id)).toBe(true);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    for (const s of statements) {
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(s.object.id.startsWith(server.url)).toBe(true);
      expect(s.actor.mbox).toMatch(/^mailto:.+@example\.com$/);
    }
    const again = await trainer.get(`/api/exports/xapi?cohort=${demoCohortId}&scenario=${SCENARIO}`);
    expect(again.json).toEqual(res.json);
  });
});
