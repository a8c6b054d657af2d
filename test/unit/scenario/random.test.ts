import { describe, expect, it } from 'vitest';
import { nextRandom, pickIndex, randomSource, seedRng } from '../../../src/domain/scenario/random.ts';

function draw(seed: number, n: number): number[] {
  let state = seedRng(seed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = nextRandom(state);
    out.push(r.value);
    state = r.state;
  }
  return out;
}

describe('seeded random numbers', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw(12345, 50)).toEqual(draw(12345, 50));
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(draw(1, 10)).not.toEqual(draw(2, 10));
    expect(seedRng(1)).not.toBe(seedRng(2));
  });

  it('keeps its whole state in one unsigned 32-bit integer that survives JSON', () => {
    for (const seed of [0, 1, -1, 2 ** 40 + 7, 3.9, Number.NaN]) {
      let state = seedRng(seed);
      for (let i = 0; i < 20; i++) {
        expect(Number.isInteger(state) && state >= 0 && state < 2 ** 32).toBe(true);
        const restored = JSON.parse(JSON.stringify({ state })).state as number;
        const a = nextRandom(state);
        const b = nextRandom(restored);
        expect(b).toEqual(a);
        state = a.state;
      }
    }
  });

  it('draws numbers in [0, 1) spread over the whole interval', () => {
    const values = draw(7, 4000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const buckets = Array.from({ length: 10 }, (_, i) => values.filter((v) => Math.floor(v * 10) === i).length);
    for (const count of buckets) expect(count).toBeGreaterThan(300);
  });

  it('picks every index of a list and never one outside it', () => {
    let state = seedRng(99);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const r = pickIndex(state, 3);
      seen.add(r.index);
      state = r.state;
    }
    expect([...seen].sort()).toEqual([0, 1, 2]);
    expect(() => pickIndex(state, 0)).toThrow(RangeError);
  });
});

describe('randomSource', () => {
  it('draws the same sequence as stepping the pure generator by hand', () => {
    const draw = randomSource(42);
    let state = 42;
    for (let i = 0; i < 20; i++) {
      const r = nextRandom(state);
      state = r.state;
      expect(draw()).toBe(r.value);
    }
  });
});
