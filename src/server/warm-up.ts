import { accountView } from '../domain/scenario/runtime.ts';
import { playScriptedCall } from '../domain/scenario/scripted-call.ts';
import { scoreTranscript } from '../domain/scoring/engine.ts';
import type { Catalog } from './content/catalog.ts';
import { DEMO_SCRIPTS, fillScriptLine } from './seed/demo-scripts.ts';

/**
 * Plays and scores the demo scripts against every scenario, one call per turn of the event loop,
 * right after the server starts listening. The first calls otherwise pay for what the engine does
 * once: compiling the rules' regular expressions as they are first tried and the first optimising
 * passes over the classifier. Requests interleave with it; it stops after `budgetMs` of work.
 * Resolves with the number of calls played.
 */
export function warmUp(catalog: Catalog, budgetMs = 2000): Promise<number> {
  const plays: (() => void)[] = [];
  let seed = 1;
  for (const script of DEMO_SCRIPTS) {
    for (const { scenario, machine } of catalog.scenarios.values()) {
      plays.push(() => {
        const account = accountView(scenario);
        const lines = script.lines.map((line) => fillScriptLine(line, account));
        const { transcript } = playScriptedCall({ scenario, machine, seed: seed++, lines, classify: catalog.classify });
        scoreTranscript(transcript, catalog.rubric, catalog.classify);
      });
    }
  }
  return new Promise((done) => {
    let spent = 0;
    let played = 0;
    const next = () => {
      if (played >= plays.length || spent >= budgetMs) return done(played);
      const t0 = performance.now();
      plays[played++]!();
      spent += performance.now() - t0;
      setImmediate(next);
    };
    setImmediate(next);
  });
}
