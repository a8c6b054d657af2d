import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../src/domain/scoring/engine.ts';
import { call, FULL_CONTEXT, projectRubric, VERIFIED_OPENING, type Line } from '../../fixtures/scoring/calls.ts';

/** The project rubric's wording checks on lines found wanting in calls written outside the project. */
const rules = (lines: Line[]) => {
  const { transcript, classify } = call(lines, FULL_CONTEXT);
  return scoreTranscript(transcript, projectRubric(), classify).violations.map((v) => v.rule);
};
const ASK: Line = ['agent', 'Your balance is $1,200. Are you able to pay it today?', ['state_balance', 'request_full_payment']];

describe('project rubric wording', () => {
  it('hears an inconvenient place now, not a story about work', () => {
    expect(rules([...VERIFIED_OPENING, ['customer', "I'm at work right now.", ['other']], ASK])).toContain('INCONVENIENT_TIME_PLACE');
    expect(rules([...VERIFIED_OPENING, ['customer', 'They cut my hours at work in November.', ['hardship']], ASK])).not.toContain('INCONVENIENT_TIME_PLACE');
    expect(rules([...VERIFIED_OPENING, ['customer', "I've had a bad time since the layoff.", ['hardship']], ASK])).not.toContain('INCONVENIENT_TIME_PLACE');
  });

  it('counts collection costs added to the balance as a fee the account does not authorise', () => {
    const costs: Line = ['agent', "There's $200 in collection costs that get added once it's placed with us.", ['state_balance']];
    expect(rules([...VERIFIED_OPENING, costs])).toContain('UNAUTHORIZED_FEE');
    expect(rules([...VERIFIED_OPENING, ['agent', 'There are no collection costs on top of the balance.', ['state_balance']]])).not.toContain('UNAUTHORIZED_FEE');
  });
});
