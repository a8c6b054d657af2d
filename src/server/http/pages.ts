import type { AstroGlobal } from 'astro';
import type { Role, User } from '../repositories/users.ts';

/** Where each role lands after signing in. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'admin':
      return '/admin';
    case 'trainer':
      return '/trainer';
    default:
      return '/practice';
  }
}

/**
 * Page guard: the signed-in user with one of `roles`, or a Response to return instead
 * (a redirect to /login for visitors, a 403 page for the wrong role).
 */
export function pageUser(astro: AstroGlobal, roles: readonly Role[]): User | Response {
  const user = astro.locals.user;
  if (!user) return astro.redirect(`/login?next=${encodeURIComponent(astro.url.pathname)}`);
  if (!roles.includes(user.role)) {
    return new Response('This page is not available to your role.', { status: 403, headers: { 'content-type': 'text/plain' } });
  }
  return user;
}

/** A same-site path to go back to after login, never an outside URL. */
export function safeNext(next: string | null): string | undefined {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : undefined;
}
