import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../src/server/content/catalog.ts';
import { DEMO_SCRIPTS } from '../../../src/server/seed/demo-scripts.ts';
import { warmUp } from '../../../src/server/warm-up.ts';

describe('warming the understanding up at start', () => {
  it('plays and scores demo calls between turns of the event loop, within its budget', async () => {
    const catalog = getCatalog();
    const all = DEMO_SCRIPTS.length * catalog.scenarios.size;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const played = await warmUp(catalog, 150);
    clearInterval(timer);
    expect(played).toBeGreaterThan(0);
    expect(played).toBeLessThanOrEqual(all);
    // Other work ran in between: the warm-up yields after every call.
    expect(ticks).toBeGreaterThan(0);
    expect(await warmUp(catalog, 0)).toBe(0);
  });
});
