/**
 * What demo trainees say on their scripted practice calls. The seed plays these lines through
 * the real classifier, customer machine and scorer, so the demo history is what the engine
 * makes of them, never invented numbers. Scripts range from a model call to the typical
 * mistakes of a first week on the phones. `{balance}`, `{quarter}` (a quarter of it), `{tenth}` and `{creditor}`, `{agency}` are filled from the account.
 */
export interface DemoScript {
  /** What the script demonstrates (for people reading the seed). */
  name: string;
  /** Roughly how good a trainee must be to make this call (0 = first day, 1 = ready). */
  level: number;
  lines: string[];
  record: {
    disposition: string;
    notes: string;
    /** `amountShare` is the agreed payment as a share of the balance. */
    arrangement?: { amountShare?: number; method?: string };
  };
}

export const DEMO_SCRIPTS: DemoScript[] = [
  {
    name: 'discloses the debt before verifying who answered',
    level: 0,
    lines: [
      'Hi, this is about the {balance} you owe on your {creditor} account, when are you going to pay?',
      'I need you to pay the full balance today.',
      'Can you pay it today or not?',
      'Okay, bye.',
    ],
    record: { disposition: 'NA', notes: 'Called about balance. No payment.' },
  },
  {
    name: 'verifies but forgets the mini-Miranda and pushes',
    level: 0.25,
    lines: [
      'Hi, my name is Sam from {agency}.',
      'Can you confirm your date of birth for me please?',
      'You owe {balance} on your {creditor} account and it is past due.',
      'You need to pay the full balance today.',
      'Why have you not paid?',
      'Can you pay $100 a month then?',
      'Okay, goodbye.',
    ],
    record: { disposition: 'NA', notes: 'Customer did not commit.' },
  },
  {
    name: 'compliant call that gets a plan but skips the recap',
    level: 0.5,
    lines: [
      'Good morning, this is Alex calling from {agency}. May I speak with the account holder please?',
      'Thanks. Before we go on, can you verify your date of birth for me?',
      'Thank you. This is an attempt to collect a debt and any information obtained will be used for that purpose.',
      'I am calling about your {creditor} account, which has a past due balance of {balance}.',
      'Are you able to pay the full balance today?',
      'What would you be able to afford each month?',
      'We could set up a payment plan of {tenth} a month starting on the 1st.',
      'Great, thank you, have a good day.',
    ],
    record: { disposition: 'PPA', notes: 'RPC verified. Plan agreed.', arrangement: { amountShare: 0.1 } },
  },
  {
    name: 'a model call: verify, disclose, probe, empathise, commit, recap, close',
    level: 0.75,
    lines: [
      'Good morning, this is Priya calling from {agency}. May I speak with the account holder please?',
      'Thank you. To protect your privacy, can you please confirm your date of birth?',
      'Thank you for confirming. This is an attempt to collect a debt and any information obtained will be used for that purpose.',
      'I am calling about your {creditor} account, which shows a past due balance of {balance}.',
      'Would you be able to take care of the full balance today?',
      'I understand, that sounds like a stressful few months. Can you tell me what you could comfortably pay, and when?',
      'I hear you. We can split it: would {quarter} a month for four months, starting this Friday, work for you?',
      'Great. How would you like to pay, by debit card or bank transfer?',
      'So to recap: {quarter} by debit card this Friday, then the same amount on the same day each month for four months. You will get a confirmation letter.',
      'Thank you for your time today, have a good day.',
    ],
    record: {
      disposition: 'PPA',
      notes: 'RPC verified by DOB. Mini-Miranda given. Customer had reduced hours. Plan: 4 monthly payments by debit card starting Friday. Recap given.',
      arrangement: { amountShare: 0.25, method: 'debit card' },
    },
  },
];

const money = (n: number) =>
  `$${n.toLocaleString('en-US', { minimumFractionDigits: n % 1 ? 2 : 0, maximumFractionDigits: 2 })}`;

/** Fills a script line's `{balance}`, `{quarter}`, `{tenth}`, `{creditor}` and `{agency}` from the account. */
export function fillScriptLine(line: string, account: { balance: number; creditor: string; agency: string }): string {
  return line
    .replaceAll('{balance}', money(account.balance))
    .replaceAll('{quarter}', money(Math.ceil((account.balance / 4) * 100) / 100))
    .replaceAll('{tenth}', money(Math.ceil(account.balance / 10)))
    .replaceAll('{creditor}', account.creditor)
    .replaceAll('{agency}', account.agency);
}
