#!/usr/bin/env -S node --disable-warning=ExperimentalWarning
/**
 * `parley` — the command line of ../shared/CONTRACT.md. Each command lives in its own
 * module under ./commands and is imported only when asked for, so `classify` does not pay
 * for the web server and `serve` does not pay for the benchmark.
 */
import type { Command } from './io.ts';

const COMMANDS: Record<string, { load: () => Promise<{ run: Command }>; help: string }> = {
  classify: { load: () => import('./commands/classify.ts'), help: 'classify JSON Lines utterances from stdin' },
  score: { load: () => import('./commands/score.ts'), help: 'score transcript files: parley score FILE...' },
  scenarios: { load: () => import('./commands/scenarios.ts'), help: 'validate scenario files: parley scenarios check [DIR]' },
  rescore: { load: () => import('./commands/rescore.ts'), help: 'after a rubric change, re-score every ended call in PARLEY_DB [--dry-run]' },
  play: { load: () => import('./commands/play.ts'), help: 'take a call in the terminal: parley play SCENARIO [--seed N]' },
  bench: { load: () => import('./commands/bench.ts'), help: 'print the performance benchmark table' },
  serve: { load: () => import('./commands/serve.ts'), help: 'run the web app (same as npm start)' },
  seed: { load: () => import('./commands/seed.ts'), help: 'seed the demo data into PARLEY_DB; --large adds 1,000 trainees × 100 calls [--trainees N] [--calls N]' },
  train: { load: () => import('./commands/train.ts'), help: 'train the act model on src/corpus (npm run train)' },
  clusters: { load: () => import('./commands/clusters.ts'), help: 'build the word-cluster table from GloVe vectors (npm run clusters)' },
  spelling: { load: () => import('./commands/spelling.ts'), help: 'list the real words the typo correction must leave alone (npm run spelling)' },
  eval: { load: () => import('./commands/eval.ts'), help: 'evaluate the act classifier on the test split (npm run eval)' },
};

function usage(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.help}`);
  return `usage: parley <command> [args]\n\ncommands:\n${rows.join('\n')}\n`;
}

const [name, ...args] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h' || name === 'help') {
  process.stdout.write(usage());
  process.exit(name ? 0 : 2);
}
const command = COMMANDS[name];
if (!command) {
  process.stderr.write(`parley: unknown command "${name}"\n\n${usage()}`);
  process.exit(2);
}
try {
  const { run } = await command.load();
  const code = await run(args, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  process.exitCode = code;
} catch (err) {
  process.stderr.write(`parley ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
