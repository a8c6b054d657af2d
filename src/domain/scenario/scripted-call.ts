import { isAgentAct } from '../language/acts.ts';
import type { Classify } from '../language/utterance.ts';
import type { Transcript, Turn } from '../transcript/schema.ts';
import type { ScenarioMachine } from './compile.ts';
import { continueConversation, hangUp, scoringContext, startConversation, type ConversationStep } from './runtime.ts';
import type { Scenario } from './schema.ts';

/** The outcome of playing a fixed list of trainee lines against a scenario's customer. */
export interface ScriptedCall {
  transcript: Transcript;
  /** The customer's step after the opening and after each line said. */
  steps: ConversationStep[];
  /** Lines never said because the customer ended the call first. */
  unsaid: string[];
  /** Who ended the call: the customer, or the trainee once the lines ran out. */
  endedBy: 'customer' | 'trainee';
}

/**
 * Plays trainee lines through the scenario's machine exactly as a live call does: each line is
 * classified with what is known at that moment (who is on the line, the customer's last words)
 * before the customer answers. Pure apart from the short-lived actors the runtime creates.
 */
export function playScriptedCall(options: {
  scenario: Scenario;
  machine: ScenarioMachine;
  seed: number;
  lines: readonly string[];
  classify: Classify;
  id?: string;
}): ScriptedCall {
  const { scenario, machine, classify } = options;
  let step = startConversation(machine, { seed: options.seed });
  const steps = [step];
  const turns: Turn[] = [{ speaker: step.speaker, text: step.reply }];
  let said = 0;
  for (const text of options.lines) {
    if (step.ended) break;
    const acts = classify({
      text,
      speaker: 'agent',
      context: { previous: step.reply, rpc_verified: step.rpcVerified, third_party_on_line: step.thirdPartyOnLine },
    }).filter(isAgentAct);
    step = continueConversation(machine, step.snapshot, { text, acts });
    steps.push(step);
    turns.push({ speaker: 'agent', text });
    if (step.reply) turns.push({ speaker: step.speaker, text: step.reply });
    said++;
  }
  const endedBy = step.ended ? 'customer' : 'trainee';
  if (!step.ended) steps.push(hangUp(machine, step.snapshot));
  return {
    transcript: { id: options.id, scenario: scenario.id, context: scoringContext(scenario), turns },
    steps,
    unsaid: options.lines.slice(said),
    endedBy,
  };
}
