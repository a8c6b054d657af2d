import { describe, expect, it } from 'vitest';
import { isAgentAct, isCustomerAct, AGENT_ACTS, CUSTOMER_ACTS } from '../../../src/domain/language/acts.ts';
import { RULES } from '../../../src/domain/language/rules.ts';

const SIGNALS = new Set(['ack', 'debt_words', 'third_person_debt', 'good_time_question', 'amount_mention', 'weak_yes', 'weak_no', 'weak_agree', 'pay_words', 'identity_detail', 'not_a_question', 'leading_yes', 'self_name', 'ultimatum', 'crime_recast']);

describe('rule data', () => {
  it('names only real acts of the rule\'s speaker, or known helper signals', () => {
    for (const rule of RULES) {
      const known = rule.speaker === 'agent' ? isAgentAct(rule.act) : isCustomerAct(rule.act);
      expect(known || SIGNALS.has(rule.act), `${rule.speaker}/${rule.act}`).toBe(true);
    }
  });

  it('has at least one pattern per rule, and every pattern compiles and cannot match empty text', () => {
    for (const rule of RULES) {
      expect(rule.patterns.length, rule.act).toBeGreaterThan(0);
      for (const p of rule.patterns) {
        const re = new RegExp(p);
        expect(re.test(''), `${rule.act}: ${p}`).toBe(false);
      }
    }
  });

  it('covers every act label except "other" with at least one rule', () => {
    const covered = new Set(RULES.map((r) => `${r.speaker}:${r.act}`));
    const derived = new Set(['agent:third_party_disclosure', 'agent:active_listening', 'agent:acknowledge_attorney', 'agent:acknowledge_cease_request', 'agent:handle_dispute', 'customer:asks_question']);
    for (const act of AGENT_ACTS.filter((a) => a !== 'other')) expect(covered.has(`agent:${act}`) || derived.has(`agent:${act}`), act).toBe(true);
    for (const act of CUSTOMER_ACTS.filter((a) => a !== 'other')) expect(covered.has(`customer:${act}`) || derived.has(`customer:${act}`), act).toBe(true);
  });
});

