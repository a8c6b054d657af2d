import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_TABLE,
  accessForPattern,
  decide,
  isApiPattern,
  matchRoute,
  normalizePath,
  type RouteAccess,
} from '../../../src/server/http/access.ts';

const PAGES = join(new URL('../../..', import.meta.url).pathname, 'src/pages');
const ROUTE_EXT = /\.(astro|ts|js|mjs|md|mdx|html)$/;

/** Route files as Astro sees them: files and folders starting with `_` are not routes. */
function routeFiles(dir = PAGES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name.startsWith('_') || d.name.startsWith('.')) return [];
    const full = join(dir, d.name);
    if (d.isDirectory()) return routeFiles(full);
    return ROUTE_EXT.test(d.name) && !d.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `src/pages/api/calls/[id]/index.ts` → `/api/calls/[id]`. */
function patternOf(file: string): string {
  const parts = relative(PAGES, file).split(sep);
  const last = (parts.pop() as string).replace(ROUTE_EXT, '');
  if (last !== 'index') parts.push(last);
  return `/${parts.join('/')}`;
}

const files = routeFiles().map((file) => ({ file, pattern: patternOf(file), source: readFileSync(file, 'utf8') }));

describe('route access table', () => {
  it('has one entry per route file in src/pages', () => {
    const declared = ACCESS_TABLE.map((e) => e.pattern);
    const missing = files.filter((f) => !declared.includes(f.pattern)).map((f) => `${f.pattern} (${relative(PAGES, f.file)})`);
    expect(missing, 'route files without an entry in src/server/http/access.ts').toEqual([]);
    const found = new Set(files.map((f) => f.pattern));
    expect(declared.filter((p) => !found.has(p)), 'entries without a route file').toEqual([]);
    expect(new Set(declared).size, 'duplicate entries').toBe(declared.length);
  });

  it('declares exactly the methods each endpoint exports, and POST for pages that take forms', () => {
    for (const { file, pattern, source } of files) {
      const entry = accessForPattern(pattern) as RouteAccess;
      const declared = Object.keys(entry.methods).sort();
      if (file.endsWith('.astro')) {
        expect(declared, pattern).toContain('GET');
        if (/method\s*===\s*['"]POST['"]/.test(source)) expect(declared, `${pattern} handles POST`).toContain('POST');
        continue;
      }
      const exported = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|ALL)\b/g)]
        .map((m) => m[1] as string)
        .sort();
      expect(exported, `${pattern}: exports ALL, declare its methods one by one`).not.toContain('ALL');
      expect(declared, `${pattern}: declared methods vs exported handlers`).toEqual(exported);
    }
  });

  it('gives every method either public or a non-empty list of roles', () => {
    for (const entry of ACCESS_TABLE) {
      expect(Object.keys(entry.methods).length, entry.pattern).toBeGreaterThan(0);
      for (const access of Object.values(entry.methods)) {
        if (access !== 'public') expect(access.length, entry.pattern).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the answer key and the dashboards away from trainees, and admin pages to admins', () => {
    expect(decide(accessForPattern('/scenarios/[id]')!, 'GET', 'trainee')).toBe('forbidden');
    expect(decide(accessForPattern('/trainer')!, 'GET', 'reviewer')).toBe('forbidden');
    expect(decide(accessForPattern('/api/cohorts/[id]/hints')!, 'POST', 'trainee')).toBe('forbidden');
    for (const entry of ACCESS_TABLE.filter((e) => /^\/(api\/)?admin(\/|$)/.test(e.pattern))) {
      for (const access of Object.values(entry.methods)) expect(access, entry.pattern).toEqual(['admin']);
    }
  });

  it('gives candidates nothing but the public routes until their invite routes exist', () => {
    for (const entry of ACCESS_TABLE) {
      for (const [method, access] of Object.entries(entry.methods)) {
        if (access !== 'public') expect(decide(entry, method, 'candidate'), `${method} ${entry.pattern}`).toBe('forbidden');
      }
    }
  });
});

describe('decide', () => {
  const entry: RouteAccess = { pattern: '/x', methods: { GET: ['trainer'], POST: 'public' } };
  it('asks visitors to sign in, refuses other roles, and refuses undeclared methods', () => {
    expect(decide(entry, 'GET', undefined)).toBe('sign-in');
    expect(decide(entry, 'GET', 'trainee')).toBe('forbidden');
    expect(decide(entry, 'GET', 'trainer')).toBe('allow');
    expect(decide(entry, 'HEAD', 'trainer')).toBe('allow');
    expect(decide(entry, 'post', undefined)).toBe('allow');
    expect(decide(entry, 'DELETE', 'trainer')).toBe('method-not-allowed');
    expect(decide(entry, 'toString', 'trainer')).toBe('method-not-allowed');
  });
  it('tells API routes from pages', () => {
    expect(isApiPattern('/api/calls')).toBe(true);
    expect(isApiPattern('/apis')).toBe(false);
    expect(isApiPattern('/calls/[id]')).toBe(false);
  });
});

describe('matchRoute', () => {
  it('matches static paths, [param] segments and index routes', () => {
    expect(matchRoute('/')?.entry.pattern).toBe('/');
    expect(matchRoute('/practice')?.entry.pattern).toBe('/practice');
    expect(matchRoute('/practice/')?.entry.pattern).toBe('/practice');
    expect(matchRoute('/api/calls')?.entry.pattern).toBe('/api/calls');
    expect(matchRoute('/api/calls/abc123')).toEqual({ entry: accessForPattern('/api/calls/[id]'), params: { id: 'abc123' } });
    expect(matchRoute('/api/calls/abc/turns')).toEqual({ entry: accessForPattern('/api/calls/[id]/turns'), params: { id: 'abc' } });
    expect(matchRoute('/calls/abc')?.entry.pattern).toBe('/calls/[id]');
    expect(matchRoute('//api//calls/abc')?.entry.pattern).toBe('/api/calls/[id]');
  });

  it('finds no entry for paths that are no route', () => {
    expect(matchRoute('/nope')).toBeUndefined();
    expect(matchRoute('/api/calls/a/b/c')).toBeUndefined();
    expect(matchRoute('/calls')).toBeUndefined();
  });

  it('prefers static segments over [param] over [...rest], as Astro does', () => {
    const table: RouteAccess[] = [
      { pattern: '/docs/[...slug]', methods: { GET: 'public' } },
      { pattern: '/docs/[id]', methods: { GET: 'public' } },
      { pattern: '/docs/new', methods: { GET: 'public' } },
      { pattern: '/docs/v[n]', methods: { GET: 'public' } },
      { pattern: '/files/[...path]/raw', methods: { GET: 'public' } },
    ];
    expect(matchRoute('/docs/new', table)?.entry.pattern).toBe('/docs/new');
    expect(matchRoute('/docs/v2', table)).toEqual({ entry: table[3], params: { n: '2' } });
    expect(matchRoute('/docs/42', table)).toEqual({ entry: table[1], params: { id: '42' } });
    expect(matchRoute('/docs/a/b', table)).toEqual({ entry: table[0], params: { slug: 'a/b' } });
    expect(matchRoute('/docs', table)).toEqual({ entry: table[0], params: { slug: '' } });
    expect(matchRoute('/files/a/b/raw', table)).toEqual({ entry: table[4], params: { path: 'a/b' } });
    expect(matchRoute('/files/raw', table)).toEqual({ entry: table[4], params: { path: '' } });
  });

  it('matches every declared pattern with its own parameters filled in', () => {
    for (const entry of ACCESS_TABLE) {
      const path = entry.pattern.replace(/\[\.\.\.[^\]]+\]/g, 'a/b').replace(/\[[^\]]+\]/g, 'x1');
      expect(matchRoute(path)?.entry.pattern, path).toBe(entry.pattern);
    }
  });

  it('normalizes paths the way Astro does before matching', () => {
    expect(normalizePath('/calls/%61bc/')).toBe('/calls/abc');
    expect(normalizePath('/a%2Fb')).toBe('/a%2Fb');
    expect(normalizePath('/%E0%A4%A')).toBe('/%E0%A4%A');
  });
});
