import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.ts';
import { client, startServer, type RunningServer } from '../fixtures/server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
}, 90_000);
afterAll(async () => {
  await server?.stop();
});

const EVIL = 'https://evil.example';

function formPost(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(server.url + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}

describe('CSRF: cross-site form posts are refused', () => {
  it('refuses a cross-origin form post to /logout and leaves the session alone', async () => {
    const c = client(server.url);
    await c.login('trainee@example.com');
    const res = await formPost('/logout', '', { origin: EVIL, cookie: c.cookie() });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect((await c.get('/api/scenarios')).status).toBe(200);
  });

  it('refuses a cross-origin form post to /api/login, and to the login form', async () => {
    const body = new URLSearchParams({ email: 'trainee@example.com', password: DEMO_PASSWORD }).toString();
    for (const path of ['/api/login', '/login']) {
      const res = await formPost(path, body, { origin: EVIL });
      expect(res.status, path).toBe(403);
      expect(res.headers.get('set-cookie'), path).toBeNull();
    }
  });

  it('refuses a form post with no Origin at all, but takes same-origin ones', async () => {
    expect((await formPost('/logout', '')).status).toBe(403);
    const c = client(server.url);
    await c.login('trainee@example.com');
    const ok = await formPost('/logout', '', { origin: server.url, cookie: c.cookie() });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/login');
    expect((await c.get('/api/scenarios')).status).toBe(401);
  });

  it('still takes JSON posts from non-browser clients, which send no Origin', async () => {
    const c = client(server.url);
    expect((await c.login('trainer@example.com')).status).toBe(200);
    expect((await c.post('/api/logout')).status).toBe(200);
  });
});

describe('demo admin', () => {
  it('is listed on the login page with the other demo logins and signs in with the demo password', async () => {
    const page = await fetch(`${server.url}/login`);
    const html = await page.text();
    for (const email of ['trainee@example.com', 'trainer@example.com', 'reviewer@example.com', 'admin@example.com']) expect(html).toContain(email);
    const c = client(server.url);
    const signedIn = await c.login('admin@example.com');
    expect(signedIn.json.user).toMatchObject({ email: 'admin@example.com', name: 'Avery Stone', role: 'admin' });
  });
});

describe('login rate limiting', () => {
  it('answers 429 with Retry-After after 10 failures for one email, even with the right password', async () => {
    const email = 'reviewer@example.com';
    for (let i = 0; i < 10; i++) {
      const bad = await client(server.url).login(email, `wrong-${i}`);
      expect(bad.status, `attempt ${i + 1}`).toBe(401);
    }
    const limited = await client(server.url).login(email.toUpperCase(), DEMO_PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ error: 'too many failed sign-ins; try again in 15 minutes' });
    const retry = Number(limited.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(14 * 60);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    expect(limited.headers.get('set-cookie')).toBeNull();
    // Another account from the same address is not held up by it.
    expect((await client(server.url).login('trainee@example.com')).status).toBe(200);
  });

  it("clears an email's failures once it signs in", async () => {
    const email = 'trainer@example.com';
    for (let i = 0; i < 9; i++) expect((await client(server.url).login(email, 'nope')).status).toBe(401);
    expect((await client(server.url).login(email)).status).toBe(200);
    for (let i = 0; i < 9; i++) expect((await client(server.url).login(email, 'nope')).status).toBe(401);
    expect((await client(server.url).login(email)).status).toBe(200);
  });

  it('limits the sign-in form on /login the same way: failures there count, and a limited email is refused there too', async () => {
    const email = 'admin@example.com';
    const form = (password: string) =>
      fetch(`${server.url}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
        body: new URLSearchParams({ email, password }).toString(),
      });
    for (let i = 0; i < 10; i++) expect((await form(`wrong-${i}`)).status, `form attempt ${i + 1}`).toBe(401);
    const limited = await form(DEMO_PASSWORD);
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain('too many failed sign-ins');
    expect(limited.headers.get('set-cookie')).toBeNull();
    // The JSON route shares the same count.
    expect((await client(server.url).login(email)).status).toBe(429);
  });
});
