import { randomInt } from 'node:crypto';
import { createInterface } from 'node:readline';
import { isAgentAct, type AgentAct } from '../../domain/language/acts.ts';
import type { Classify } from '../../domain/language/utterance.ts';
import { continueConversation, hangUp, scoringContext, startConversation, type ConversationStep } from '../../domain/scenario/runtime.ts';
import type { Transcript, Turn } from '../../domain/transcript/schema.ts';
import { loadScenarioFile, loadScenarios, type LoadedScenario } from '../../server/content/scenarios.ts';
import type { CommandIo } from '../io.ts';

const USAGE = `usage: parley play SCENARIO [--seed N] [--dir DIR] [--verbose]
  SCENARIO   a scenario id from DIR (default scenarios/), or a path to a .yaml file
  --seed N   choose the customer's phrasings reproducibly (default: random, printed on stderr)
  --verbose  show stage, mood and the acts heard on stderr after each turn
Type the agent's lines; the call ends when the customer hangs up or at end of input.
`;

/** What `play` needs besides the scenario; tests pass their own, the CLI loads the real ones. */
export interface PlayDeps {
  classify: Classify;
  score: (transcript: Transcript) => unknown;
}

/**
 * `parley play SCENARIO`: a call in the terminal. Works interactively and with piped input
 * (one agent line per input line); prints the call, then the score report as JSON.
 */
export async function run(argv: string[], io: CommandIo, deps?: Partial<PlayDeps>): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.stderr.write(`${args.error}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(USAGE);
    return 0;
  }

  const entry = findScenario(args.scenario, args.dir);
  if ('error' in entry) {
    io.stderr.write(`${entry.error}\n`);
    return 1;
  }
  const { scenario, machine } = entry;
  const classify = deps?.classify ?? (await loadClassifier());
  const seed = args.seed ?? randomInt(0, 2 ** 31);
  if (args.seed === undefined) io.stderr.write(`(seed ${seed}: pass --seed ${seed} to replay these replies)\n`);

  const interactive = (io.stdin as { isTTY?: boolean }).isTTY === true;
  const out = (line: string) => io.stdout.write(`${line}\n`);
  const turns: Turn[] = [];
  const customerSays = (s: ConversationStep) => {
    if (!s.reply) return;
    turns.push({ speaker: s.speaker, text: s.reply });
    out(`${s.speaker === 'third_party' ? 'Third party' : 'Customer'}: ${s.reply}`);
  };

  out(`=== ${scenario.title} (${scenario.id}, difficulty ${scenario.difficulty}) ===`);
  let step = startConversation(machine, { seed });
  customerSays(step);

  const lines = createInterface({ input: io.stdin, terminal: false, crlfDelay: Infinity });
  const prompt = () => interactive && io.stdout.write('Agent: ');
  prompt();
  try {
    for await (const raw of lines) {
      const text = raw.trim();
      if (!text) {
        prompt();
        continue;
      }
      if (!interactive) out(`Agent: ${text}`);
      turns.push({ speaker: 'agent', text });
      const acts = classify({
        text,
        speaker: 'agent',
        context: { rpc_verified: step.rpcVerified, third_party_on_line: step.thirdPartyOnLine, previous: step.reply || undefined },
      }).filter((a): a is AgentAct => isAgentAct(a));
      step = continueConversation(machine, step.snapshot, { text, acts });
      customerSays(step);
      if (args.verbose) {
        io.stderr.write(
          `  [heard ${acts.join(', ') || '-'} | stage ${step.stage} | patience ${step.mood.patience} trust ${step.mood.trust} | rule ${step.rule}]\n`,
        );
      }
      if (step.ended) break;
      prompt();
    }
  } finally {
    lines.close();
  }

  if (!step.ended) {
    step = hangUp(machine, step.snapshot);
    out('(you ended the call)');
  } else if (step.endedBy === 'customer') {
    out('(the customer ended the call)');
  }

  const transcript: Transcript = { id: `play-${scenario.id}-${seed}`, scenario: scenario.id, context: scoringContext(scenario), turns };
  const score = deps?.score ?? (await loadScorer());
  out('');
  out('=== Score report ===');
  out(JSON.stringify(score(transcript), null, 2));
  return 0;
}

type Args = { scenario: string; seed: number | undefined; dir: string; verbose: boolean; help: boolean };

function parseArgs(argv: string[]): Args | { error: string } {
  const args: Args = { scenario: '', seed: undefined, dir: process.env.PARLEY_SCENARIOS ?? 'scenarios', verbose: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (name: string) => {
      const inline = a.includes('=') ? a.slice(a.indexOf('=') + 1) : undefined;
      if (inline !== undefined) return inline;
      i++;
      const next = argv[i];
      if (next === undefined) throw new Error(`${name} needs a value`);
      return next;
    };
    try {
      if (a === '--help' || a === '-h') args.help = true;
      else if (a === '--verbose' || a === '-v') args.verbose = true;
      else if (a === '--seed' || a.startsWith('--seed=')) {
        const n = Number(value('--seed'));
        if (!Number.isSafeInteger(n)) return { error: '--seed must be a whole number' };
        args.seed = n;
      } else if (a === '--dir' || a.startsWith('--dir=')) args.dir = value('--dir');
      else if (a.startsWith('-')) return { error: `unknown option ${a}` };
      else if (args.scenario) return { error: `unexpected argument ${a}` };
      else args.scenario = a;
    } catch (err) {
      return { error: (err as Error).message };
    }
  }
  if (!args.scenario && !args.help) return { error: 'which scenario? give its id' };
  return args;
}

function findScenario(idOrFile: string, dir: string): LoadedScenario | { error: string } {
  try {
    if (/\.ya?ml$/i.test(idOrFile)) return loadScenarioFile(idOrFile);
    const all = loadScenarios(dir);
    const found = all.get(idOrFile);
    if (found) return found;
    return { error: `unknown scenario "${idOrFile}"; known: ${[...all.keys()].sort().join(', ')}` };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

// Imported on demand (and by computed path) so that `play` can be typechecked and tested
// while the classifier and the scorer are developed alongside it.
async function loadClassifier(): Promise<Classify> {
  const { productClassifier } = await import('../../server/language/product-classifier.ts');
  return productClassifier();
}

async function loadScorer(): Promise<(t: Transcript) => unknown> {
  const engine = (await import(new URL('../../domain/scoring/engine.ts', import.meta.url).href)) as {
    scoreTranscript: (t: Transcript, rubric: unknown, classify: Classify) => unknown;
  };
  const rubrics = (await import(new URL('../../server/content/rubrics.ts', import.meta.url).href)) as {
    loadRubric: (dir?: string) => unknown;
  };
  const rubric = rubrics.loadRubric(process.env.PARLEY_RUBRICS ?? 'rubrics');
  const classify = await loadClassifier();
  return (t) => engine.scoreTranscript(t, rubric, classify);
}
