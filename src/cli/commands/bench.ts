import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { accountView } from '../../domain/scenario/runtime.ts';
import { playScriptedCall } from '../../domain/scenario/scripted-call.ts';
import { scoreTranscript } from '../../domain/scoring/engine.ts';
import type { Act } from '../../domain/language/acts.ts';
import type { Classify, Utterance } from '../../domain/language/utterance.ts';
import type { Transcript } from '../../domain/transcript/schema.ts';
import { getCatalog, type Catalog } from '../../server/content/catalog.ts';
import { openDatabase, setDb, type Db } from '../../server/db/database.ts';
import { sessionsRepository } from '../../server/repositories/sessions.ts';
import { usersRepository, type User } from '../../server/repositories/users.ts';
import { DEMO_SCRIPTS, fillScriptLine } from '../../server/seed/demo-scripts.ts';
import { callService } from '../../server/services/calls.ts';
import { cohortDashboard } from '../../server/services/progress.ts';
import { seedLarge } from '../../server/seed/large.ts';
import { SESSION_COOKIE } from '../../server/auth/session.ts';
import type { CommandIo } from '../io.ts';

/**
 * `parley bench`: the performance table of CONTRACT.md, measured on this machine against a
 * throw-away SQLite file. Every number comes from running the real code paths.
 */
export async function run(argv: string[], io: CommandIo): Promise<number> {
  const quick = argv.includes('--quick');
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const rows: [string, number, string][] = [];
  const emit = (name: string, value: number, unit: string) => {
    rows.push([name, value, unit]);
    io.stdout.write(`${name}: ${format(value)} ${unit}\n`);
  };
  try {
    const dbFile = join(dir, 'bench.db');
    const db = openDatabase(dbFile);
    setDb(db);
    const catalog = getCatalog();
    const transcripts = playScripts(catalog, quick ? 4 : 20);

    const turnTimes = measureTurns(db, catalog, quick ? 10 : 60);
    emit('turn_p50_ms', percentile(turnTimes, 0.5), 'ms');
    emit('turn_p99_ms', percentile(turnTimes, 0.99), 'ms');
    emit('classify_per_s', measureClassify(catalog, transcripts, quick ? 0.5 : 2), 'utterances/s');
    emit('score_transcripts_per_s', measureScoring(catalog, transcripts, quick ? 0.5 : 2), 'transcripts/s');
    emit('score_rubric_only_per_s', measureScoring(catalog, transcripts, quick ? 0.5 : 2, 'understood'), 'transcripts/s');

    const http = await measureHttp(dbFile, db, catalog, { trainees: 200, seconds: quick ? 2 : 8 });
    if (http) {
      emit('http_turns_per_s', http.turnsPerSecond, 'turns/s');
      emit('http_turn_p99_ms', http.p99, 'ms');
      emit('client_js_kb_gz', http.clientJsKbGz, 'KB');
    } else {
      io.stderr.write('bench: dist/ not built, skipping HTTP measures (run `npm run build`)\n');
    }
    db.close();

    const large = openDatabase(join(dir, 'dashboard.db'));
    emit('dashboard_ms', measureDashboard(large, catalog, quick ? 100 : 1000, 100), 'ms');
    large.close();
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function format(value: number): string {
  return value >= 100 ? String(Math.round(value)) : value.toFixed(2);
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function benchUser(db: Db, email: string): User {
  const id = usersRepository(db).create({ email, name: email, role: 'trainee', passwordHash: null });
  return { id, email, name: email, role: 'trainee' };
}

/** Plays every demo script against every scenario through the engine; returns the transcripts. */
function playScripts(catalog: Catalog, rounds: number): Transcript[] {
  const out: Transcript[] = [];
  let seed = 1;
  for (let r = 0; r < rounds; r++) {
    for (const { scenario, machine } of catalog.scenarios.values()) {
      const account = accountView(scenario);
      for (const script of DEMO_SCRIPTS) {
        const lines = script.lines.map((line) => fillScriptLine(line, account));
        out.push(playScriptedCall({ scenario, machine, seed: seed++, lines, classify: catalog.classify }).transcript);
      }
    }
  }
  return out;
}

/** Server-side cost of one trainee turn: classify, machine step, persist. */
function measureTurns(db: Db, catalog: Catalog, calls: number): number[] {
  const user = benchUser(db, 'turns@bench.local');
  const service = callService(db, catalog);
  const times: number[] = [];
  const scenarioIds = [...catalog.scenarios.keys()];
  for (let i = 0; i < calls; i++) {
    const script = DEMO_SCRIPTS[i % DEMO_SCRIPTS.length]!;
    const call = service.start(user, { scenario: scenarioIds[i % scenarioIds.length]!, mode: 'practice', seed: i });
    for (const line of script.lines) {
      const text = fillScriptLine(line, call.account);
      const t0 = performance.now();
      const answer = service.say(user, call.id, text);
      times.push(performance.now() - t0);
      if (answer.ended) break;
    }
  }
  return times;
}

function measureClassify(catalog: Catalog, transcripts: Transcript[], seconds: number): number {
  const utterances = transcripts.flatMap((t) =>
    t.turns.filter((x) => x.speaker !== 'system').map((x) => ({ text: x.text, speaker: x.speaker === 'agent' ? ('agent' as const) : ('customer' as const) })),
  );
  let n = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  while (performance.now() < end) {
    for (const u of utterances) catalog.classify(u);
    n += utterances.length;
  }
  return n / ((performance.now() - t0) / 1000);
}

/**
 * Whole transcripts scored per second: from their words (`parley score`: every turn and the
 * sentences quoted as evidence are classified), or, with `understood`, with every utterance's acts
 * already known — the rubric's share of the work, as when stored calls are re-scored.
 */
function measureScoring(catalog: Catalog, transcripts: Transcript[], seconds: number, mode: 'words' | 'understood' = 'words'): number {
  let classify: Classify = catalog.classify;
  if (mode === 'understood') {
    const known = new Map<string, Act[]>();
    const key = (u: Utterance) => `${u.speaker}\u0000${u.text}\u0000${u.context?.previous ?? ''}\u0000${u.context?.rpc_verified}\u0000${u.context?.third_party_on_line}`;
    const remembering = (read: (u: Utterance) => Act[], tag: string) => (u: Utterance) => {
      const k = tag + key(u);
      let acts = known.get(k);
      if (!acts) known.set(k, (acts = read(u)));
      return acts;
    };
    classify = Object.assign(remembering(catalog.classify, 'all'), { byRules: remembering(catalog.classify.byRules ?? catalog.classify, 'rules') });
    for (const t of transcripts) scoreTranscript(t, catalog.rubric, classify);
  }
  // Warm up first (the engine compiles the hot paths and the regular expressions as they get
  // hot), so the figure is the steady rate of a running server, not its first second.
  const warm = performance.now() + seconds * 1500;
  while (performance.now() < warm) for (const t of transcripts) scoreTranscript(t, catalog.rubric, classify);
  let n = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  while (performance.now() < end) {
    for (const t of transcripts) scoreTranscript(t, catalog.rubric, classify);
    n += transcripts.length;
  }
  return n / ((performance.now() - t0) / 1000);
}

/**
 * 200 simulated trainees on loopback against `parley serve` in its own process (as in
 * production, the load generator does not share the server's event loop): each has its own
 * session and call and says its script lines one after another as fast as answers come back.
 */
async function measureHttp(
  dbFile: string,
  db: Db,
  catalog: Catalog,
  options: { trainees: number; seconds: number },
): Promise<{ turnsPerSecond: number; p99: number; clientJsKbGz: number } | undefined> {
  if (!existsSync(resolve('dist/server/entry.mjs'))) return undefined;
  const sessions = sessionsRepository(db);
  const scenarioIds = [...catalog.scenarios.keys()];
  const trainees = Array.from({ length: options.trainees }, (_, i) => {
    const user = benchUser(db, `http${i}@bench.local`);
    const token = randomBytes(24).toString('base64url');
    sessions.create(token, user.id, new Date(Date.now() + 3600_000));
    return { cookie: `${SESSION_COOKIE}=${token}`, scenario: scenarioIds[i % scenarioIds.length]! };
  });

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', resolve('src/cli/parley.ts'), 'serve'], {
    env: { ...process.env, PARLEY_DB: dbFile, PORT: String(port), HOST: '127.0.0.1', PARLEY_DEMO: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForServer(base, server);
    // The server warms its understanding up for up to 2 s once it listens (warm-up.ts): the load
    // starts after that, as traffic reaches a server that has been up a moment.
    await new Promise((ok) => setTimeout(ok, 2500));
    // Each autocannon connection is one trainee: start a call, then say a script's lines.
    const script = DEMO_SCRIPTS[DEMO_SCRIPTS.length - 1]!;
    const account = accountView(catalog.scenarios.get(scenarioIds[0]!)!.scenario);
    const lines = script.lines.map((line) => JSON.stringify({ text: fillScriptLine(line, account) }));
    let nextTrainee = 0;
    let turns = 0;
    let failures = 0;
    let firstCallId = '';
    type Ctx = { cookie?: string; callId?: string; ended?: boolean };
    const withCookie = (req: any, ctx: Ctx) => ({ ...req, headers: { ...req.headers, cookie: ctx.cookie } });
    const result = await autocannon({
      url: base,
      connections: trainees.length,
      duration: options.seconds,
      requests: [
        {
          method: 'POST' as const,
          path: '/api/calls',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ scenario: scenarioIds[0], mode: 'practice' }),
          setupRequest: (req: any, ctx: Ctx) => {
            ctx.cookie = trainees[nextTrainee++ % trainees.length]!.cookie;
            return withCookie(req, ctx);
          },
          onResponse: (status: number, body: string, ctx: Ctx) => {
            if (status !== 201) failures++;
            else {
              ctx.callId = (JSON.parse(body) as { id: string }).id;
              ctx.ended = false;
            }
            firstCallId ||= ctx.callId ?? '';
          },
        },
        ...lines.map((body) => ({
          method: 'POST' as const,
          headers: { 'content-type': 'application/json' },
          body,
          // A call the customer ended starts over with a new call.
          setupRequest: (req: any, ctx: Ctx) => (ctx.ended ? undefined : withCookie({ ...req, path: `/api/calls/${ctx.callId}/turns` }, ctx)),
          onResponse: (status: number, text: string, ctx: Ctx) => {
            if (status !== 200) failures++;
            else {
              turns++;
              ctx.ended = (JSON.parse(text) as { ended: boolean }).ended;
            }
          },
        })),
      ],
    });
    if (failures > 0) throw new Error(`${failures} HTTP requests failed during the load test`);
    const elapsed = result.duration;
    const clientJsKbGz = await measureClientJs(base, trainees[0]!.cookie, firstCallId);
    return { turnsPerSecond: turns / elapsed, p99: result.latency.p99, clientJsKbGz };
  } finally {
    const exited = new Promise((ok) => server.once('exit', ok));
    server.kill('SIGTERM');
    await exited;
  }
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => ok(port));
    });
  });
}

async function waitForServer(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the server exited before it answered');
    try {
      if ((await fetch(`${base}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start within 60 s');
}

/** Gzipped size of every script the call page loads: its module scripts, islands and their imports. */
async function measureClientJs(base: string, cookie: string, callId: string): Promise<number> {
  const html = await (await fetch(`${base}/calls/${callId}`, { headers: { cookie } })).text();
  const clientDir = resolve('dist/client');
  const pending = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g),
  ].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  let bytes = inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
  while (pending.length > 0) {
    const url = pending.pop()!;
    if (seen.has(url) || !url.startsWith('/')) continue;
    seen.add(url);
    const file = join(clientDir, url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file);
    bytes += gzipSync(code).length;
    const dirUrl = url.slice(0, url.lastIndexOf('/') + 1);
    for (const m of code.toString('utf8').matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      pending.push(new URL(m[1]!, `http://x${dirUrl}`).pathname);
    }
  }
  return bytes / 1024;
}

/**
 * Time to build the cohort dashboard's data for `trainees` × `callsEach` scored calls (the
 * `parley seed --large` set): the aggregated queries and the pure shaping functions, exactly as
 * the /trainer page runs them. The median of three runs after one that warms SQLite's page cache,
 * as a running server's would be.
 */
function measureDashboard(db: Db, catalog: Catalog, trainees: number, callsEach: number): number {
  const { cohortId } = seedLarge(db, catalog, { trainees, callsEach });
  cohortDashboard(db, catalog, cohortId, {});
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    cohortDashboard(db, catalog, cohortId, {});
    times.push(performance.now() - t0);
  }
  return percentile(times, 0.5);
}
