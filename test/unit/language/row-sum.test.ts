import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRowSum, sumRowsJs } from '../../../src/domain/language/row-sum.ts';

describe('the first-layer row sum', () => {
  it('runs the WebAssembly SIMD kernel on this engine for 16-aligned widths, and the JS loop otherwise', () => {
    expect(createRowSum(new Float32Array(64 * 128), 128).kind).toBe('simd');
    expect(createRowSum(new Float32Array(64 * 20), 20).kind).toBe('js');
  });

  it('gives bit-identical sums to the plain loop, for any rows in any order, repeats included', () => {
    const rows = 200;
    for (const columns of [16, 48, 128]) {
      const weights = Float32Array.from({ length: rows * columns }, (_, i) => Math.fround(Math.sin(i * 12.9898) * 3.7));
      const kernel = createRowSum(weights, columns);
      expect(kernel.kind).toBe('simd');
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: rows - 1 }), { maxLength: 400 }), fc.float({ noNaN: true, min: -10, max: 10 }), (picked, b) => {
          const bias = Float32Array.from({ length: columns }, (_, j) => Math.fround(b + j / 7));
          const ids = Uint32Array.from(picked);
          expect(Array.from(kernel.sum(ids, bias))).toEqual(Array.from(sumRowsJs(weights, columns, ids, bias)));
        }),
        { seed: 5, numRuns: 200 },
      );
    }
  });

  it('copies the weights once: later changes to the source array are not seen', () => {
    const weights = new Float32Array(4 * 16).fill(1);
    const kernel = createRowSum(weights, 16);
    weights.fill(5);
    expect(kernel.sum(Uint32Array.of(0, 3), new Float32Array(16))[0]).toBe(2);
  });
});
