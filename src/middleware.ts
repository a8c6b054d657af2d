import { defineMiddleware } from 'astro:middleware';
import { SESSION_COOKIE, userForSession } from './server/auth/session.ts';
import { getDb } from './server/db/database.ts';
import { accessForPattern, allowedMethods, decide, isApiPattern, matchRoute, type RouteAccess } from './server/http/access.ts';
import type { Role } from './server/repositories/users.ts';
import { json } from './server/http/json.ts';

/** Astro's own routes (image endpoint, server islands, actions) and its built-in error pages. */
function isAstroInternal(pattern: string): boolean {
  return pattern.startsWith('/_') || pattern === '/404' || pattern === '/500';
}

const warned = new Set<string>();

/**
 * Resolves the session cookie into `locals.user`, then enforces the route access table
 * (src/server/http/access.ts) before the route runs. Astro's origin check (CSRF) runs before this.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const user = userForSession(getDb(), context.cookies.get(SESSION_COOKIE)?.value);
  if (user) context.locals.user = user;

  // The route Astro matched; the URL only when Astro did not say (it always does for real routes).
  const pattern = context.routePattern;
  const entry = pattern ? accessForPattern(pattern) : matchRoute(context.url.pathname)?.entry;
  let refusal: Response | undefined;
  if (entry) refusal = refuse(entry, context.request.method, context.locals.user?.role, context.url);
  else if (pattern && !isAstroInternal(pattern)) refusal = undeclared(pattern);

  const response = refusal ?? (await next());
  // Pages show per-user data: never let a shared cache keep them.
  if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store');
  return response;
});

function refuse(entry: RouteAccess, method: string, role: Role | undefined, url: URL): Response | undefined {
  const decision = decide(entry, method, role);
  if (decision === 'allow') return undefined;
  const api = isApiPattern(entry.pattern);
  switch (decision) {
    case 'method-not-allowed': {
      const allow = allowedMethods(entry).join(', ');
      return api
        ? json({ error: `${method} is not allowed here` }, 405, { allow })
        : new Response('Method not allowed.', { status: 405, headers: { allow, 'content-type': 'text/plain; charset=utf-8' } });
    }
    case 'sign-in': {
      if (api) return json({ error: 'sign in first' }, 401);
      const back = method === 'GET' || method === 'HEAD' ? url.pathname + url.search : url.pathname;
      return new Response(null, {
        status: method === 'GET' || method === 'HEAD' ? 302 : 303,
        headers: { location: `/login?next=${encodeURIComponent(back)}` },
      });
    }
    case 'forbidden':
      return api ? json({ error: 'your role cannot do this' }, 403) : forbiddenPage();
  }
}

/** A route file nobody declared: refused rather than guessed at (the unit test names it too). */
function undeclared(pattern: string): Response {
  if (!warned.has(pattern)) {
    warned.add(pattern);
    console.error(`[parley] route ${pattern} has no entry in src/server/http/access.ts; refusing it`);
  }
  return isApiPattern(pattern) ? json({ error: 'this route is not open to anyone yet' }, 403) : forbiddenPage();
}

function forbiddenPage(): Response {
  return new Response('This page is not available to your role.', {
    status: 403,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
