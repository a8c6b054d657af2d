/**
 * Failed sign-in limits: an in-memory sliding window per key (an email, a client IP).
 * Pure apart from the clock, which is injected; memory is bounded by `maxKeys`.
 */

export interface SlidingWindowOptions {
  /** Failures allowed inside one window; the next attempt is refused. */
  limit: number;
  windowMs: number;
  /** Most keys kept at once; the least recently failed are forgotten first. */
  maxKeys?: number;
  now?: () => number;
}

/** A sliding-window log of failures per key. */
export class SlidingWindowLimiter {
  readonly limit: number;
  readonly windowMs: number;
  readonly maxKeys: number;
  private readonly now: () => number;
  /** Failure times per key, oldest first; the Map's order is least recently failed first. */
  private readonly failures = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(options: SlidingWindowOptions) {
    if (!(options.limit >= 1) || !(options.windowMs > 0)) throw new Error('limit and windowMs must be positive');
    this.limit = Math.floor(options.limit);
    this.windowMs = options.windowMs;
    this.maxKeys = Math.max(1, Math.floor(options.maxKeys ?? 10_000));
    this.now = options.now ?? Date.now;
  }

  /** The failures of `key` still inside the window (dropping the older ones). */
  private recent(key: string, t: number): number[] | undefined {
    const times = this.failures.get(key);
    if (!times) return undefined;
    const from = t - this.windowMs;
    let drop = 0;
    while (drop < times.length && (times[drop] as number) <= from) drop++;
    if (drop === times.length) {
      this.failures.delete(key);
      return undefined;
    }
    if (drop > 0) times.splice(0, drop);
    return times;
  }

  /** Milliseconds until `key` may try again; 0 when it may now. */
  retryAfterMs(key: string): number {
    const t = this.now();
    const times = this.recent(key, t);
    if (!times || times.length < this.limit) return 0;
    // The attempt is allowed again once enough failures have left the window.
    const freeing = times[times.length - this.limit] as number;
    return Math.max(1, freeing + this.windowMs - t);
  }

  /** Records one failure of `key`. */
  fail(key: string): void {
    const t = this.now();
    this.sweep(t);
    const times = this.recent(key, t) ?? [];
    times.push(t);
    // Only the latest `limit` failures decide anything.
    if (times.length > this.limit) times.splice(0, times.length - this.limit);
    this.failures.delete(key);
    this.failures.set(key, times);
    while (this.failures.size > this.maxKeys) {
      const oldest = this.failures.keys().next().value as string;
      this.failures.delete(oldest);
    }
  }

  /** Forgets the failures of `key`. */
  clear(key: string): void {
    this.failures.delete(key);
  }

  /** How many keys are remembered (for tests and monitoring). */
  get size(): number {
    return this.failures.size;
  }

  /** Drops keys whose every failure has left the window, at most once a window. */
  private sweep(t: number): void {
    if (t - this.lastSweep < this.windowMs) return;
    this.lastSweep = t;
    for (const key of [...this.failures.keys()]) this.recent(key, t);
  }
}

export interface LoginLimiterOptions {
  perEmail?: number;
  perIp?: number;
  windowMs?: number;
  maxKeys?: number;
  now?: () => number;
}

export interface LoginAttempt {
  email: string;
  /** The client address; undefined when the server cannot tell. */
  ip: string | undefined;
}

/** Failed sign-ins limited per email (one account guessed at) and per client IP (many accounts). */
export class LoginLimiter {
  private readonly byEmail: SlidingWindowLimiter;
  private readonly byIp: SlidingWindowLimiter;

  constructor(options: LoginLimiterOptions = {}) {
    const windowMs = options.windowMs ?? 15 * 60_000;
    const base = { windowMs, ...(options.maxKeys ? { maxKeys: options.maxKeys } : {}), ...(options.now ? { now: options.now } : {}) };
    this.byEmail = new SlidingWindowLimiter({ ...base, limit: options.perEmail ?? 10 });
    this.byIp = new SlidingWindowLimiter({ ...base, limit: options.perIp ?? 50 });
  }

  /** Seconds to wait before this attempt may be checked at all; 0 when it may go ahead. */
  retryAfterSeconds(attempt: LoginAttempt): number {
    const ms = Math.max(
      this.byEmail.retryAfterMs(emailKey(attempt.email)),
      attempt.ip ? this.byIp.retryAfterMs(attempt.ip) : 0,
    );
    return Math.ceil(ms / 1000);
  }

  /** Wrong email or password. */
  failed(attempt: LoginAttempt): void {
    this.byEmail.fail(emailKey(attempt.email));
    if (attempt.ip) this.byIp.fail(attempt.ip);
  }

  /** A successful sign-in clears the email's failures (not the address's: one good account must not reset it). */
  succeeded(attempt: LoginAttempt): void {
    this.byEmail.clear(emailKey(attempt.email));
  }
}

/** Emails are matched case-insensitively by the database, so they are counted that way too. */
function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The message for a refused attempt. */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `too many failed sign-ins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** The server's one login limiter (per process). */
export const loginLimiter = new LoginLimiter();

/** The client's address as the adapter saw it (Astro's `clientAddress`), if it can tell: it throws when it cannot. */
export function clientAddressOf(context: { readonly clientAddress: string }): string | undefined {
  try {
    return context.clientAddress || undefined;
  } catch {
    return undefined;
  }
}
