import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServer, type RunningServer } from '../fixtures/server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
}, 90_000);
afterAll(async () => {
  await server?.stop();
});

const SCENARIO = 'cooperative-first-time-late';

describe('HTTP API (built server, real SQLite file)', () => {
  it('prints the URL and the demo logins when it starts on an empty database', () => {
    expect(server.output()).toMatch(/http:\/\/127\.0\.0\.1:\d+/);
    expect(server.output()).toContain('trainee@example.com');
  });

  it('logs in with the demo password, sets an httpOnly cookie, and refuses a wrong one with 401', async () => {
    const c = client(server.url);
    const ok = await c.login('trainee@example.com');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(ok.headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
    const bad = await client(server.url).login('trainee@example.com', 'wrong');
    expect(bad.status).toBe(401);
    expect(bad.json).toEqual({ error: expect.any(String) });
  });

  it('answers bad JSON and missing fields with a clear 400, never a stack trace', async () => {
    const c = client(server.url);
    await c.login('trainee@example.com');
    const badJson = await c.postRaw('/api/calls', '{"scenario": ');
    expect(badJson.status).toBe(400);
    expect(badJson.json.error).toMatch(/not valid JSON/);
    const missing = await c.post('/api/calls', { mode: 'practice' });
    expect(missing.status).toBe(400);
    expect(missing.json.error).toMatch(/scenario/);
    const badLogin = await client(server.url).post('/api/login', { email: 'x@y.z' });
    expect(badLogin.status).toBe(400);
    expect(badLogin.json.error).toMatch(/password/);
    for (const r of [badJson, missing, badLogin]) expect(r.text).not.toMatch(/at .*\.(ts|js|mjs):\d+/);
  });

  it('answers an unknown scenario or call id with 404', async () => {
    const c = client(server.url);
    await c.login('trainee@example.com');
    expect((await c.post('/api/calls', { scenario: 'no-such-scenario', mode: 'practice' })).status).toBe(404);
    expect((await c.get('/api/calls/nope')).status).toBe(404);
    expect((await c.post('/api/calls/nope/turns', { text: 'hello' })).status).toBe(404);
    expect((await c.post('/api/calls/nope/end', {})).status).toBe(404);
  });

  it('gives live hints in practice only once a cohort trainer turns them on, and only trainers may', async () => {
    const trainee = client(server.url);
    await trainee.login('trainee@example.com');
    const id = (await trainee.post('/api/calls', { scenario: SCENARIO, mode: 'practice', seed: 5 })).json.id as string;
    const before = await trainee.post(`/api/calls/${id}/turns`, { text: 'Hi, this is Jamie from Summit Recovery Services. Is this Maria Delgado?' });
    expect(before.json.hints).toBeUndefined();

    const trainer = client(server.url);
    await trainer.login('trainer@example.com');
    const page = await trainer.get('/trainer');
    const cohortId = Number(/data-cohort="(\d+)"/.exec(page.text)?.[1]);
    expect(cohortId).toBeGreaterThan(0);
    expect((await trainee.post(`/api/cohorts/${cohortId}/hints`, { enabled: true })).status).toBe(403);
    expect((await trainer.post('/api/cohorts/9999/hints', { enabled: true })).status).toBe(404);
    expect((await trainer.post(`/api/cohorts/${cohortId}/hints`, { enabled: 'yes' })).status).toBe(400);
    const on = await trainer.post(`/api/cohorts/${cohortId}/hints`, { enabled: true });
    expect(on.json).toEqual({ cohort: cohortId, practice_hints: true });

    // Verified, but no Mini-Miranda yet: the coach says so.
    await trainee.post(`/api/calls/${id}/turns`, { text: 'Thanks. For your privacy, can you confirm your date of birth?' });
    const after = await trainee.post(`/api/calls/${id}/turns`, { text: 'Thank you. Your balance is past due, can you pay it today?' });
    expect(after.json.hints).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'warning', rule: 'MINI_MIRANDA' })]));
    expect((await trainee.get(`/api/calls/${id}`)).json.hints).toEqual(after.json.hints);

    expect((await trainer.post(`/api/cohorts/${cohortId}/hints`, { enabled: false })).json.practice_hints).toBe(false);
    const off = await trainee.post(`/api/calls/${id}/turns`, { text: 'This is an attempt to collect a debt.' });
    expect(off.json.hints).toBeUndefined();
  });

  it('requires a session for the API: 401 without one', async () => {
    const anon = client(server.url);
    expect((await anon.get('/api/scenarios')).status).toBe(401);
    expect((await anon.post('/api/calls', { scenario: SCENARIO, mode: 'practice' })).status).toBe(401);
  });

  it('takes a call turn by turn, refuses empty turns, scores it on end and refuses a second end', async () => {
    const c = client(server.url);
    await c.login('trainee@example.com');
    const list = await c.get('/api/scenarios');
    expect(list.json).toContainEqual(expect.objectContaining({ id: SCENARIO, title: expect.any(String), difficulty: expect.anything(), summary: expect.any(String) }));

    const started = await c.post('/api/calls', { scenario: SCENARIO, mode: 'practice', seed: 11 });
    expect(started.status).toBe(201);
    expect(started.json).toMatchObject({ id: expect.any(String), customer: { text: expect.any(String) }, account: { balance: expect.any(Number) } });
    const id = started.json.id as string;

    expect((await c.post(`/api/calls/${id}/turns`, { text: '   ' })).status).toBe(400);
    const turn = await c.post(`/api/calls/${id}/turns`, { text: 'Hello, may I speak with Maria Delgado please?' });
    expect(turn.status).toBe(200);
    expect(turn.json).toMatchObject({ turn: 2, customer: { text: expect.any(String) }, ended: false });

    const during = await c.get(`/api/calls/${id}`);
    expect(during.json).toMatchObject({ id, scenario: SCENARIO, ended: false });
    expect(during.json.turns.map((t: { speaker: string }) => t.speaker)).toEqual(['customer', 'agent', 'customer']);
    expect(during.json.report).toBeUndefined();

    // The browser may not send a score: unknown fields are refused.
    const forged = await c.post(`/api/calls/${id}/end`, { record: { disposition: 'NA' }, score: 100 });
    expect(forged.status).toBe(400);

    const ended = await c.post(`/api/calls/${id}/end`, { record: { disposition: 'NA', notes: 'Verified, no arrangement.' } });
    expect(ended.status).toBe(200);
    expect(ended.json).toMatchObject({ id, overall: expect.stringMatching(/^(pass|fail)$/), score: expect.any(Number), rubric_version: expect.any(String) });
    expect((await c.post(`/api/calls/${id}/end`, {})).status).toBe(409);
    expect((await c.post(`/api/calls/${id}/turns`, { text: 'hello?' })).status).toBe(409);
    const after = await c.get(`/api/calls/${id}`);
    expect(after.json.ended).toBe(true);
    expect(after.json.report.score).toBe(ended.json.score);
  });

  it('shows whoever picked up as the customer while the call is on, as the contract says', async () => {
    const c = client(server.url);
    await c.login('trainee@example.com');
    const { json } = await c.post('/api/calls', { scenario: 'roommate-answers', mode: 'practice', seed: 2 });
    await c.post(`/api/calls/${json.id}/turns`, { text: 'Hi, may I speak with Jordan please?' });
    const view = await c.get(`/api/calls/${json.id}`);
    expect(new Set(view.json.turns.map((t: { speaker: string }) => t.speaker))).toEqual(new Set(['agent', 'customer']));
  });

  it("never shows one trainee's call to another user", async () => {
    const owner = client(server.url);
    await owner.login('trainee@example.com');
    const { json } = await owner.post('/api/calls', { scenario: SCENARIO, mode: 'practice' });
    const reviewer = client(server.url);
    await reviewer.login('reviewer@example.com');
    expect((await reviewer.get(`/api/calls/${json.id}`)).status).toBe(404);
    expect((await reviewer.post(`/api/calls/${json.id}/turns`, { text: 'hi' })).status).toBe(404);
  });
});

describe('a call in progress survives a server restart', () => {
  it('resumes from the stored snapshot with the same turns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-restart-'));
    const dbFile = join(dir, 'parley.db');
    try {
      const first = await startServer({ dbFile });
      const c = client(first.url);
      await c.login('trainee@example.com');
      const { json } = await c.post('/api/calls', { scenario: SCENARIO, mode: 'practice', seed: 5 });
      await c.post(`/api/calls/${json.id}/turns`, { text: 'Hi, may I speak with Maria Delgado?' });
      const before = (await c.get(`/api/calls/${json.id}`)).json.turns;
      await first.stop();

      const second = await startServer({ dbFile });
      try {
        const c2 = client(second.url);
        await c2.login('trainee@example.com');
        const after = await c2.get(`/api/calls/${json.id}`);
        expect(after.json.turns).toEqual(before);
        const next = await c2.post(`/api/calls/${json.id}/turns`, { text: 'Can you confirm your date of birth please?' });
        expect(next.status).toBe(200);
        expect(next.json.turn).toBe(before.length + 1);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('stopping the server', () => {
  it('lets the requests in flight finish before it closes the database, and exits cleanly', async () => {
    const running = await startServer();
    const c = client(running.url);
    await c.login('trainee@example.com');
    const { json } = await c.post('/api/calls', { scenario: SCENARIO, mode: 'practice', seed: 9 });
    // Turns sent, and the stop asked for while they are on their way.
    const turns = Array.from({ length: 8 }, (_, i) => c.post(`/api/calls/${json.id}/turns`, { text: `Hello, is this Maria? (${i})` }).catch(() => null));
    const stopped = running.stop();
    const answers = await Promise.all(turns);
    await stopped;
    for (const a of answers) if (a !== null) expect([200, 409, 503]).toContain(a.status);
    expect(running.output()).not.toMatch(/database connection is not open|\[ERROR\]/);
  }, 120_000);
});
