/**
 * Disposition codes an agent files when a call ends, as collection systems use them.
 * Each maps to the call outcome (CONTRACT.md score report `outcome`) it records.
 */
export const DISPOSITIONS = [
  { code: 'PTP', label: 'Promise to pay', outcome: 'promise_to_pay' },
  { code: 'PPA', label: 'Payment plan arranged', outcome: 'payment_plan' },
  { code: 'SIF', label: 'Settlement agreed', outcome: 'settlement' },
  { code: 'DSP', label: 'Dispute logged', outcome: 'dispute_logged' },
  { code: 'CD', label: 'Cease contact requested', outcome: 'cease_acknowledged' },
  { code: 'ATTY', label: 'Attorney represents consumer', outcome: 'attorney_referral' },
  { code: 'CB', label: 'Callback scheduled', outcome: 'callback_scheduled' },
  { code: 'NA', label: 'No agreement', outcome: 'no_agreement' },
  { code: 'WP', label: 'Wrong party / third party', outcome: 'wrong_party' },
] as const;

export type DispositionCode = (typeof DISPOSITIONS)[number]['code'];
export const DISPOSITION_CODES = DISPOSITIONS.map((d) => d.code) as [DispositionCode, ...DispositionCode[]];

/**
 * Other codes call-centre systems file for the same outcomes (read case- and punctuation-blind):
 * an outside transcript's record is checked against the call whatever the codes its system used.
 */
const DISPOSITION_ALIASES: Readonly<Record<string, string>> = {
  PROMISE: 'promise_to_pay', PIF: 'promise_to_pay', PAID: 'promise_to_pay', PAYMENT: 'promise_to_pay', PMT: 'promise_to_pay',
  PP: 'payment_plan', PLAN: 'payment_plan', PA: 'payment_plan', ARR: 'payment_plan', ARRANGEMENT: 'payment_plan', PAYMENT_ARRANGEMENT: 'payment_plan', INST: 'payment_plan', INSTALLMENTS: 'payment_plan',
  SET: 'settlement', SETTLE: 'settlement', SETTLED: 'settlement', SIFA: 'settlement',
  DISP: 'dispute_logged', DISPUTE: 'dispute_logged', DISPUTED: 'dispute_logged', VALIDATION_REQUESTED: 'dispute_logged', VR: 'dispute_logged', DV: 'dispute_logged',
  C_D: 'cease_acknowledged', CANDD: 'cease_acknowledged', CEASE: 'cease_acknowledged', CEASE_AND_DESIST: 'cease_acknowledged', CEASE_DESIST: 'cease_acknowledged', DNC: 'cease_acknowledged',
  ATT: 'attorney_referral', ATTORNEY: 'attorney_referral', ATTY_REP: 'attorney_referral',
  CALLBACK: 'callback_scheduled', CALL_BACK: 'callback_scheduled', CBR: 'callback_scheduled',
  NO_PTP: 'no_agreement', RTP: 'no_agreement', REFUSED: 'no_agreement', REF: 'no_agreement', REFUSAL: 'no_agreement', NR: 'no_agreement', LM: 'no_agreement', LMM: 'no_agreement', VM: 'no_agreement', MSG: 'no_agreement', LEFT_MESSAGE: 'no_agreement', NO_ANSWER: 'no_agreement', HU: 'no_agreement', HUP: 'no_agreement', HUNG_UP: 'no_agreement', NC: 'no_agreement', NO_CONTACT: 'no_agreement',
  WN: 'wrong_party', WRONG_NUMBER: 'wrong_party', '3RD_PARTY': 'wrong_party', TP: 'wrong_party', TPC: 'wrong_party', '3P': 'wrong_party', THIRD_PARTY: 'wrong_party',
};

/**
 * The outcome a filed disposition code stands for: the app's codes, the outcome names themselves
 * ("payment_plan", "PAYMENT PLAN"), and common aliases; `undefined` for a code this reader does
 * not know (it cannot be checked, so it is not marked wrong).
 */
export function outcomeOfDisposition(code: string): string | undefined {
  const key = dispositionKey(code);
  const whole = outcomeOfKey(key);
  if (whole !== undefined) return whole;
  // Composite codes: "RPC - CALLBACK", "PAYMENT PLAN - PDC", "RPC/PTP". The parts are read alone
  // and in runs; the code stands for an outcome when its parts name exactly one.
  // Longest runs first, left to right: "NO PTP" is one code, not "NO" and "PTP". Every other part
  // must be a qualifier that changes nothing ("RPC", "PDC"): "PIF-SERVICE" or "PAID IN FULL
  // CONFIRMED" files a service call, not a promise, and is left unread.
  const parts = key.split('_');
  const found = new Set<string>();
  for (let i = 0; i < parts.length; ) {
    let next = i + 1;
    let matched = false;
    for (let j = parts.length; j > i; j--) {
      const outcome = outcomeOfKey(parts.slice(i, j).join('_'));
      if (outcome !== undefined) {
        found.add(outcome);
        next = j;
        matched = true;
        break;
      }
    }
    if (!matched && !QUALIFIERS.has(parts[i]!)) return undefined;
    i = next;
  }
  // "PAYMENT" alone reads as a promise; beside a plan it is the plan's word.
  if (found.has('payment_plan')) found.delete('promise_to_pay');
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The code says the right party was reached ("RPC", "RPC - NO PTP", "RIGHT PARTY CONTACT"): wrong
 * when the call only ever reached someone else.
 */
export function claimsRightParty(code: string): boolean {
  return /(?:^|_)(?:RPC|RIGHT_PARTY(?:_CONTACT)?)(?:_|$)/.test(dispositionKey(code));
}

/** A code read case- and punctuation-blind: "RPC - No PTP" and "rpc/no_ptp" are both `RPC_NO_PTP`. */
function dispositionKey(code: string): string {
  return code.trim().toUpperCase().replace(/&/g, 'AND').replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');
}

/** Parts of a composite code that say how the contact went, not what it reached. */
const QUALIFIERS = new Set(['RPC', 'PDC', 'REQ', 'REQUESTED', 'SET', 'SCHEDULED', 'NEW', 'OUTBOUND', 'INBOUND', 'OB', 'IB', 'CONTACT', 'MADE']);

function outcomeOfKey(key: string): string | undefined {
  const own = DISPOSITIONS.find((d) => d.code === key);
  if (own) return own.outcome;
  if (DISPOSITIONS.some((d) => d.outcome === key.toLowerCase())) return key.toLowerCase();
  return DISPOSITION_ALIASES[key];
}
