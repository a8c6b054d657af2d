import { describe, expect, it } from 'vitest';
import { LoginLimiter, SlidingWindowLimiter, tooManyAttemptsMessage } from '../../../src/server/auth/rate-limit.ts';

const MIN = 60_000;

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('SlidingWindowLimiter', () => {
  it('refuses once the limit of failures is inside the window, and frees up as they slide out', () => {
    const c = clock();
    const l = new SlidingWindowLimiter({ limit: 3, windowMs: 10 * MIN, now: c.now });
    expect(l.retryAfterMs('k')).toBe(0);
    l.fail('k');
    c.advance(MIN);
    l.fail('k');
    c.advance(MIN);
    expect(l.retryAfterMs('k')).toBe(0);
    l.fail('k');
    // Three failures at 0, 1 and 2 minutes: the first leaves the window at 10 minutes.
    expect(l.retryAfterMs('k')).toBe(8 * MIN);
    c.advance(8 * MIN - 1);
    expect(l.retryAfterMs('k')).toBe(1);
    c.advance(1);
    expect(l.retryAfterMs('k')).toBe(0);
    // One more failure: the window holds failures at 1, 2 and 10 minutes; the one at 1 frees it.
    l.fail('k');
    expect(l.retryAfterMs('k')).toBe(MIN);
    expect(l.retryAfterMs('other')).toBe(0);
  });

  it('forgets a key on clear', () => {
    const c = clock();
    const l = new SlidingWindowLimiter({ limit: 1, windowMs: MIN, now: c.now });
    l.fail('k');
    expect(l.retryAfterMs('k')).toBe(MIN);
    l.clear('k');
    expect(l.retryAfterMs('k')).toBe(0);
    expect(l.size).toBe(0);
  });

  it('keeps memory bounded: expired keys are swept and the least recently failed go first', () => {
    const c = clock();
    const l = new SlidingWindowLimiter({ limit: 2, windowMs: MIN, maxKeys: 100, now: c.now });
    for (let i = 0; i < 1000; i++) l.fail(`ip-${i}`);
    expect(l.size).toBe(100);
    expect(l.retryAfterMs('ip-999')).toBe(0); // one failure of two
    l.fail('ip-999');
    expect(l.retryAfterMs('ip-999')).toBeGreaterThan(0);
    expect(l.retryAfterMs('ip-0')).toBe(0); // evicted
    // Refreshing a key moves it to the back: it survives the next evictions.
    l.fail('ip-950');
    for (let i = 0; i < 99; i++) l.fail(`new-${i}`);
    expect(l.size).toBe(100);
    l.fail('ip-950');
    expect(l.retryAfterMs('ip-950')).toBeGreaterThan(0);
    // Once the window has passed, the next failure sweeps every expired key.
    c.advance(MIN + 1);
    l.fail('late');
    expect(l.size).toBe(1);
  });

  it('stores no more than `limit` times per key however often it fails', () => {
    const c = clock();
    const l = new SlidingWindowLimiter({ limit: 5, windowMs: MIN, now: c.now });
    for (let i = 0; i < 10_000; i++) l.fail('k');
    expect((l as unknown as { failures: Map<string, number[]> }).failures.get('k')).toHaveLength(5);
  });

  it('refuses nonsense settings', () => {
    expect(() => new SlidingWindowLimiter({ limit: 0, windowMs: MIN })).toThrow();
    expect(() => new SlidingWindowLimiter({ limit: 1, windowMs: 0 })).toThrow();
  });
});

describe('LoginLimiter', () => {
  it('limits an email after 10 failures in 15 minutes, whatever its case, and whichever IP it comes from', () => {
    const c = clock();
    const l = new LoginLimiter({ now: c.now });
    for (let i = 0; i < 10; i++) {
      expect(l.retryAfterSeconds({ email: 'trainee@example.com', ip: `10.0.0.${i}` })).toBe(0);
      l.failed({ email: i % 2 ? 'Trainee@Example.com ' : 'trainee@example.com', ip: `10.0.0.${i}` });
      c.advance(1000);
    }
    expect(l.retryAfterSeconds({ email: 'TRAINEE@example.com', ip: '10.9.9.9' })).toBe(15 * 60 - 10);
    expect(l.retryAfterSeconds({ email: 'trainer@example.com', ip: '10.0.0.1' })).toBe(0);
    c.advance(15 * 60_000 - 10_000);
    expect(l.retryAfterSeconds({ email: 'trainee@example.com', ip: '10.0.0.1' })).toBe(0);
  });

  it('limits an IP after 50 failures across emails', () => {
    const c = clock();
    const l = new LoginLimiter({ now: c.now });
    for (let i = 0; i < 50; i++) l.failed({ email: `guess${i}@example.com`, ip: '203.0.113.7' });
    expect(l.retryAfterSeconds({ email: 'fresh@example.com', ip: '203.0.113.7' })).toBe(15 * 60);
    expect(l.retryAfterSeconds({ email: 'fresh@example.com', ip: '203.0.113.8' })).toBe(0);
    expect(l.retryAfterSeconds({ email: 'fresh@example.com', ip: undefined })).toBe(0);
  });

  it("clears the email's failures on a successful sign-in, but not the IP's", () => {
    const c = clock();
    const l = new LoginLimiter({ perEmail: 3, perIp: 4, now: c.now });
    for (let i = 0; i < 3; i++) l.failed({ email: 'a@example.com', ip: '1.2.3.4' });
    expect(l.retryAfterSeconds({ email: 'a@example.com', ip: '9.9.9.9' })).toBeGreaterThan(0);
    l.succeeded({ email: 'A@example.com', ip: '1.2.3.4' });
    expect(l.retryAfterSeconds({ email: 'a@example.com', ip: '9.9.9.9' })).toBe(0);
    l.failed({ email: 'b@example.com', ip: '1.2.3.4' });
    expect(l.retryAfterSeconds({ email: 'c@example.com', ip: '1.2.3.4' })).toBeGreaterThan(0);
  });

  it('says how many minutes to wait, rounded up', () => {
    expect(tooManyAttemptsMessage(899)).toBe('too many failed sign-ins; try again in 15 minutes');
    expect(tooManyAttemptsMessage(61)).toBe('too many failed sign-ins; try again in 2 minutes');
    expect(tooManyAttemptsMessage(1)).toBe('too many failed sign-ins; try again in 1 minute');
  });
});
