import type { Role } from '../repositories/users.ts';

/**
 * The route access table: who may use each route file in src/pages, per method.
 *
 * The middleware enforces it before any route runs (401/403 JSON for `/api/…`, a redirect to
 * /login or a 403 page for pages); route handlers keep their own object-level checks (whose call,
 * whose cohort). test/unit/http/access.test.ts fails when a route file has no entry here or an
 * entry has no file, so every new route must be declared.
 *
 * Candidates have no entry yet: they will enter through an assessment invite only.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Everyone (signed in or not), or the roles that may use a route. */
export type Access = 'public' | readonly Role[];

export interface RouteAccess {
  /** The route as Astro names it: `/api/calls/[id]/turns`, `/calls/[id]`, `/`. */
  readonly pattern: string;
  /** Who may use each method the route answers; a method not listed is refused with 405. */
  readonly methods: Readonly<Partial<Record<Method, Access>>>;
}

/** Every role that signs in with a password (not candidates). */
export const MEMBERS = ['admin', 'trainer', 'reviewer', 'trainee'] as const satisfies readonly Role[];
/** Those who read the scenario library (the answer key). */
export const STAFF = ['admin', 'trainer', 'reviewer'] as const satisfies readonly Role[];
/** Those who run cohorts. */
export const TRAINERS = ['admin', 'trainer'] as const satisfies readonly Role[];
/** Admin only. */
export const ADMINS = ['admin'] as const satisfies readonly Role[];

export const ACCESS_TABLE: readonly RouteAccess[] = [
  // Pages
  { pattern: '/', methods: { GET: 'public' } },
  { pattern: '/login', methods: { GET: 'public', POST: 'public' } },
  { pattern: '/logout', methods: { POST: 'public' } },
  { pattern: '/practice', methods: { GET: MEMBERS, POST: MEMBERS } },
  { pattern: '/calls/[id]', methods: { GET: MEMBERS } },
  { pattern: '/scenarios', methods: { GET: STAFF } },
  { pattern: '/scenarios/[id]', methods: { GET: STAFF } },
  { pattern: '/trainer', methods: { GET: TRAINERS, POST: TRAINERS } },
  { pattern: '/trainees/[id]', methods: { GET: ['admin', 'trainer', 'trainee'] } },
  { pattern: '/admin', methods: { GET: ADMINS } },

  // JSON API
  { pattern: '/api/login', methods: { POST: 'public' } },
  { pattern: '/api/logout', methods: { POST: 'public' } },
  { pattern: '/api/scenarios', methods: { GET: MEMBERS } },
  { pattern: '/api/calls', methods: { POST: MEMBERS } },
  { pattern: '/api/calls/[id]', methods: { GET: MEMBERS } },
  { pattern: '/api/calls/[id]/turns', methods: { POST: MEMBERS } },
  { pattern: '/api/calls/[id]/hangup', methods: { POST: MEMBERS } },
  { pattern: '/api/calls/[id]/end', methods: { POST: MEMBERS } },
  { pattern: '/api/cohorts/[id]/hints', methods: { POST: TRAINERS } },
  { pattern: '/api/cohorts/[id]/trainees-csv', methods: { POST: TRAINERS } },
  { pattern: '/api/admin/users', methods: { GET: ADMINS, POST: ADMINS } },
  { pattern: '/api/admin/cohorts', methods: { GET: ADMINS, POST: ADMINS } },
  { pattern: '/api/admin/cohorts/[id]/members', methods: { POST: ADMINS, DELETE: ADMINS } },
  { pattern: '/api/admin/trainees-csv', methods: { POST: ADMINS } },
  { pattern: '/api/exports/calls.csv', methods: { GET: TRAINERS } },
  { pattern: '/api/exports/xapi', methods: { GET: TRAINERS } },
];

/** True for routes that answer JSON (`{"error"}` on refusal) rather than pages. */
export function isApiPattern(pattern: string): boolean {
  return pattern === '/api' || pattern.startsWith('/api/');
}

const byPattern = new Map(ACCESS_TABLE.map((e) => [e.pattern, e]));

/** The table entry for an Astro route pattern, exactly as Astro names it. */
export function accessForPattern(pattern: string): RouteAccess | undefined {
  return byPattern.get(pattern);
}

type Segment =
  | { kind: 'static'; text: string }
  | { kind: 'dynamic'; regex: RegExp; names: string[]; statics: number }
  | { kind: 'rest'; name: string };

interface CompiledRoute {
  entry: RouteAccess;
  segments: Segment[];
}

function compileSegment(segment: string): Segment {
  const rest = /^\[\.\.\.([^\]]+)\]$/.exec(segment);
  if (rest) return { kind: 'rest', name: rest[1] as string };
  if (!segment.includes('[')) return { kind: 'static', text: segment };
  const names: string[] = [];
  let statics = 0;
  const source = segment.replace(/\[([^\]]+)\]|([^[]+)/g, (_all, name: string | undefined, text: string | undefined) => {
    if (name !== undefined) {
      names.push(name.replace(/^\.\.\./, ''));
      return name.startsWith('...') ? '(.*?)' : '([^/]+?)';
    }
    statics += (text as string).length;
    return (text as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return { kind: 'dynamic', regex: new RegExp(`^${source}$`), names, statics };
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

/**
 * Astro's priority between routes that match the same path: segment by segment, a static
 * segment beats one with a parameter in it, which beats a plain `[param]`, which beats `[...rest]`.
 */
function segmentRank(s: Segment | undefined): number {
  if (!s) return -1;
  if (s.kind === 'static') return 3;
  if (s.kind === 'dynamic') return s.statics > 0 ? 2 : 1;
  return 0;
}

function compare(a: CompiledRoute, b: CompiledRoute): number {
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const d = segmentRank(b.segments[i]) - segmentRank(a.segments[i]);
    if (d !== 0) return d;
  }
  return a.entry.pattern.localeCompare(b.entry.pattern);
}

function compileTable(table: readonly RouteAccess[]): CompiledRoute[] {
  return table
    .map((entry) => ({ entry, segments: splitPath(entry.pattern).map(compileSegment) }))
    .sort(compare);
}

function matchSegments(segments: Segment[], parts: string[], params: Record<string, string>): boolean {
  let i = 0;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s] as Segment;
    if (seg.kind === 'rest') {
      // A rest parameter takes what the segments after it leave over (possibly nothing).
      const after = segments.length - s - 1;
      const take = parts.length - i - after;
      if (take < 0) return false;
      params[seg.name] = parts.slice(i, i + take).join('/');
      i += take;
      continue;
    }
    const part = parts[i];
    if (part === undefined) return false;
    if (seg.kind === 'static') {
      if (seg.text !== part) return false;
    } else {
      const m = seg.regex.exec(part);
      if (!m) return false;
      seg.names.forEach((name, k) => (params[name] = m[k + 1] as string));
    }
    i++;
  }
  return i === parts.length;
}

/** Decodes what Astro decodes, collapses `//` and drops a trailing slash. */
export function normalizePath(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURI(path);
  } catch {
    // Left as it is: Astro refuses badly encoded paths itself.
  }
  path = path.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path.startsWith('/') ? path : `/${path}`;
}

const compiled = compileTable(ACCESS_TABLE);

/**
 * The table entry (and its parameters) for a URL path, matched the way Astro matches route
 * files: `[param]` is one segment, `[...rest]` any number of them, static segments win.
 */
export function matchRoute(
  pathname: string,
  table: readonly RouteAccess[] = ACCESS_TABLE,
): { entry: RouteAccess; params: Record<string, string> } | undefined {
  const routes = table === ACCESS_TABLE ? compiled : compileTable(table);
  const parts = splitPath(normalizePath(pathname));
  for (const route of routes) {
    const params: Record<string, string> = {};
    if (matchSegments(route.segments, parts, params)) return { entry: route.entry, params };
  }
  return undefined;
}

export type Decision = 'allow' | 'sign-in' | 'forbidden' | 'method-not-allowed';

/** Whether `role` (undefined: nobody signed in) may use `method` on the route. */
export function decide(entry: RouteAccess, method: string, role: Role | undefined): Decision {
  const m = (method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase()) as Method;
  const access = Object.hasOwn(entry.methods, m) ? entry.methods[m] : undefined;
  if (access === undefined) return 'method-not-allowed';
  if (access === 'public') return 'allow';
  if (!role) return 'sign-in';
  return access.includes(role) ? 'allow' : 'forbidden';
}

/** The methods a route answers, for an `Allow` header. */
export function allowedMethods(entry: RouteAccess): string[] {
  const methods = Object.keys(entry.methods);
  return methods.includes('GET') ? [...methods, 'HEAD'] : methods;
}
