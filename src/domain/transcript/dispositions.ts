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
