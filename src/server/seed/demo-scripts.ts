/**
 * What demo trainees say on their scripted practice calls. The seed plays these lines through
 * the real classifier, customer machine and scorer, so the demo history is what the engine
 * makes of them, never invented numbers.
 *
 * A script is composed from the steps of a good collection call. Each step needs some skill:
 * a trainee below it tends to skip the step (the typical first-week mistakes: no
 * verification, no mini-Miranda, no recap), and weak trainees add pressure lines. Lines use
 * `{balance}`, `{quarter}` (a quarter of it), `{tenth}`, `{creditor}` and `{agency}`, filled from
 * the account by `fillScriptLine`.
 */
export interface DemoScript {
  lines: string[];
  record: {
    disposition: string;
    notes: string;
    /** `amountShare` is the agreed payment as a share of the balance. */
    arrangement?: { amountShare?: number; firstDueWeekday?: number; method?: string };
  };
}

interface Step {
  /** Skill (0–1) at which a trainee makes this step about half the time. */
  skill: number;
  lines: string[];
  /** What the trainee notes when they made the step. */
  note?: string;
}

const OPENING: Step = {
  skill: 0,
  lines: [
    'Hi, this is Alex calling from {agency}. May I speak with the account holder please?',
    'Good morning, my name is Priya with {agency}. Am I speaking with the account holder?',
    'Hello, this is Sam from {agency}. Could I speak to the account holder?',
  ],
};

const STEPS: Step[] = [
  {
    skill: 0.2,
    lines: [
      'Thanks. Before we go on, can you verify your date of birth for me?',
      'Thank you. To protect your privacy, can you please confirm your date of birth?',
    ],
    note: 'RPC verified by DOB.',
  },
  {
    skill: 0.35,
    lines: [
      'Thank you. This is an attempt to collect a debt and any information obtained will be used for that purpose.',
      'Thanks for confirming. I am a debt collector, this is an attempt to collect a debt and any information obtained will be used for that purpose.',
    ],
    note: 'Mini-Miranda given.',
  },
  {
    skill: 0,
    lines: [
      'I am calling about your {creditor} account, which has a past due balance of {balance}.',
      'I am calling about your {creditor} account. The past due balance is {balance}.',
    ],
  },
  {
    skill: 0.3,
    lines: ['Would you be able to take care of the full balance today?', 'Are you able to pay the full balance of {balance} today?'],
  },
  {
    skill: 0.55,
    lines: [
      'I understand, that sounds like a stressful few months. Can you tell me a bit about what happened?',
      'I am sorry to hear that, thank you for telling me. What is going on at the moment?',
    ],
    note: 'Customer explained the reason for the delay.',
  },
  {
    skill: 0.45,
    lines: ['What would you be able to pay, and when?', 'When is your next payday, and how much could you put towards this?'],
  },
];

const ARRANGEMENT: Step = {
  skill: 0.4,
  lines: [
    'We could split it: would {quarter} a month for four months, starting this Friday, work for you?',
    'Could you pay the full {balance} this Friday?',
  ],
};

const METHOD: Step = {
  skill: 0.6,
  lines: ['How would you like to pay, by debit card or bank transfer?', 'Will that be by debit card or by bank transfer?'],
};

const RECAP: Step = {
  skill: 0.7,
  lines: [
    'So to recap: {quarter} by debit card this Friday, then the same on the same day each month for four months.',
    'Just to confirm: {balance} by debit card this Friday. You will get a confirmation letter.',
  ],
  note: 'Terms recapped.',
};

const CLOSE: Step = {
  skill: 0.25,
  lines: ['Thank you for your time today, have a good day.', 'Thanks for sorting this out with me. Take care, goodbye.'],
};

const PRESSURE = [
  'You really need to pay this today, there is no excuse.',
  'Why have you not paid? This needs to be handled now.',
];

/** Chance that a trainee at `level` makes a step that needs `skill`. */
function makes(level: number, skill: number): number {
  return 1 / (1 + Math.exp(-10 * (level - skill)));
}

/** Composes one call's script for a trainee at `level` (0–1), drawing choices from `random`. */
export function composeDemoScript(level: number, random: () => number): DemoScript {
  const pick = (lines: string[]) => lines[Math.floor(random() * lines.length)] as string;
  const lines = [pick(OPENING.lines)];
  const notes: string[] = [];
  for (const step of STEPS) {
    if (random() < makes(level, step.skill)) {
      lines.push(pick(step.lines));
      if (step.note) notes.push(step.note);
    }
  }
  if (random() < 0.6 * (1 - level)) lines.splice(Math.min(lines.length, 3), 0, pick(PRESSURE));
  const arranged = random() < makes(level, ARRANGEMENT.skill);
  const plan = arranged && random() < 0.5;
  if (arranged) lines.push(plan ? (ARRANGEMENT.lines[0] as string) : (ARRANGEMENT.lines[1] as string));
  const method = arranged && random() < makes(level, METHOD.skill);
  if (method) lines.push(pick(METHOD.lines));
  if (arranged && method && random() < makes(level, RECAP.skill)) {
    lines.push(plan ? (RECAP.lines[0] as string) : (RECAP.lines[1] as string));
    notes.push(RECAP.note as string);
  }
  if (random() < makes(level, CLOSE.skill)) lines.push(pick(CLOSE.lines));

  if (!arranged) return { lines, record: { disposition: 'NA', notes: [...notes, 'No arrangement made.'].join(' ') } };
  const careful = random() < level;
  return {
    lines,
    record: {
      disposition: plan ? 'PPA' : 'PTP',
      notes: [...notes, plan ? 'Plan: 4 monthly payments.' : 'Promise to pay the balance on Friday.'].join(' '),
      arrangement: {
        amountShare: plan ? 0.25 : 1,
        // Both arrangements start "this Friday"; a careless trainee leaves the date out.
        ...(careful ? { firstDueWeekday: 5 } : {}),
        ...(method && careful ? { method: 'debit card' } : {}),
      },
    },
  };
}

/** Fixed scripts across the skill range, for benchmarks that need repeatable work. */
export const DEMO_SCRIPTS: DemoScript[] = [0, 0.3, 0.6, 0.9].map((level, i) => {
  let state = 1000 + i;
  return composeDemoScript(level, () => ((state = (state * 16807) % 2147483647) / 2147483647));
});

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
