/**
 * A seeded pseudo-random generator whose whole state is one unsigned 32-bit number, so it can
 * live in a machine's context, survive JSON.stringify/parse and continue exactly where it left
 * off after a server restart. The generator is mulberry32 (good enough for choosing phrasings,
 * not for anything secret). Every function is pure: it takes a state and returns the next one.
 */

/** The generator's state: an unsigned 32-bit integer. */
export type RngState = number;

/** Turns any number (negative, fractional, larger than 2^32) into a well-mixed starting state. */
export function seedRng(seed: number): RngState {
  const finite = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  const lo = finite >>> 0;
  const hi = Math.floor(finite / 2 ** 32) >>> 0;
  // Mix the high word in and scramble, so seeds 1, 2, 3… do not start on neighbouring states.
  return fmix32((lo ^ Math.imul(hi, 0x9e3779b1)) >>> 0);
}

/** The next number in [0, 1) and the state after drawing it. */
export function nextRandom(state: RngState): { value: number; state: RngState } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** A uniformly chosen index in [0, n) and the state after choosing it. */
export function pickIndex(state: RngState, n: number): { index: number; state: RngState } {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`cannot pick from ${n} options`);
  const { value, state: after } = nextRandom(state);
  return { index: Math.min(n - 1, Math.floor(value * n)), state: after };
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers that spreads every input bit. */
function fmix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * The same generator as a plain draw function, starting from `state` exactly as given (no
 * mixing), for code that draws many numbers in a row (the demo seed, model training shuffles).
 */
export function randomSource(state: RngState): () => number {
  let s = state >>> 0;
  return () => {
    const r = nextRandom(s);
    s = r.state;
    return r.value;
  };
}
