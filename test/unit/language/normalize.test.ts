import { describe, expect, it } from 'vitest';
import { normalize, splitClauses, splitSentences, TOKENS } from '../../../src/domain/language/normalize.ts';

describe('normalize', () => {
  it("drops a recorder's speaker label and a transcriber's timestamp at the start, not a time said in the words", () => {
    expect(normalize('Rep: Evening, is this Earl?')).toBe('evening, is this earl?');
    expect(normalize('(0:11) uh yeah this is wendell')).toBe('yes this is wendell');
    expect(normalize('[00:01:23] Debtor: I can pay Friday.')).toBe('i can pay friday.');
    expect(normalize('00:00:13 | AGENT | It is, yes.')).toBe('it is, yes.');
    expect(normalize('Call me at 5:30, after work.')).toBe('call me at 5:30, after work.');
  });

  it('lowercases and unifies curly apostrophes and quotes', () => {
    expect(normalize('I’M “DONE”')).toBe('i am "done"');
  });

  it.each([
    ["won't", 'will not'],
    ["can't", 'cannot'],
    ['can not', 'cannot'],
    ["ain't", 'is not'],
    ["y'all", 'you all'],
    ["they're", 'they are'],
    ["we've", 'we have'],
    ["she'll", 'she will'],
    ["I'd", 'i would'],
    ["it's", 'it is'],
    ["that's", 'that is'],
    ["let's", 'let us'],
    ['gonna', 'going to'],
    ['wanna', 'want to'],
    ['gotta', 'got to'],
    ['dont', 'do not'],
    ['im', 'i am'],
    ['u r', 'you are'],
    ['ur', 'your'],
    ['tmrw', 'tomorrow'],
    ['lemme', 'let me'],
    ['nothin\'', 'nothing'],
  ])('expands %j to %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('keeps a censored swear word as a token, and a voicemail beep as a stage note', () => {
    expect(normalize('pay your [expletive] bill')).toBe(`pay your ${TOKENS.expletive} bill`);
    expect(normalize('you {bleep} idiot')).toBe(`you ${TOKENS.expletive} idiot`);
    expect(normalize('leave a message [beep]')).toBe('leave a message');
  });

  it('keeps possessives that are not contractions', () => {
    expect(normalize("the attorney's office")).toBe("the attorney's office");
  });

  it('reads "X\'s" as "X is" before a state like "asleep" or "at work"', () => {
    expect(normalize("My mom's asleep")).toBe('my mom is asleep');
    expect(normalize("John's at work")).toBe('john is at work');
  });

  it('reads "ill" before a verb as "I will", and keeps "ill" that means sick', () => {
    expect(normalize('ok ill send it tmrw')).toBe('okay i will send it tomorrow');
    expect(normalize("I'm ill and can't work")).toBe('i am ill and cannot work');
  });

  it('fits "ain\'t" to its subject and reads "\'s been" as "has been"', () => {
    expect(normalize("I ain't paying")).toBe('i am not paying');
    expect(normalize("they ain't home")).toBe('they are not home');
    expect(normalize("the sheriff's been asking")).toBe('the sheriff has been asking');
  });

  it('fixes "your going" and "its not" misspellings', () => {
    expect(normalize('your going to jail')).toBe('you are going to jail');
    expect(normalize('its not mine')).toBe('it is not mine');
    expect(normalize('your balance')).toBe('your balance');
  });

  it.each([
    ['[CONSUMER_NAME]', TOKENS.name],
    ['[CUSTOMER_NAME]', TOKENS.name],
    ['[AGENT_NAME]', TOKENS.agent],
    ['[COMPANY]', TOKENS.company],
    ['[CREDITOR_NAME]', TOKENS.company],
    ['[DEBT_AMOUNT]', TOKENS.amount],
    ['[PAYMENT_AMOUNT]', TOKENS.amount],
    ['[DATE]', TOKENS.date],
    ['[DUE_DATE]', TOKENS.date],
    ['[ACCOUNT_NUMBER]', TOKENS.number],
    ['[PHONE]', TOKENS.phone],
    ['[PHONE_NUMBER]', TOKENS.phone],
    ['{consumer_name}', TOKENS.name],
    ['<AGENT_NAME>', TOKENS.agent],
    ['[SOME_OTHER_FIELD]', TOKENS.redacted],
  ])('maps the placeholder %s to %s', (placeholder, token) => {
    expect(normalize(`hello ${placeholder} there`)).toBe(`hello ${token} there`);
  });

  it.each(['[pause]', '[PAUSE]', '[laughs]', '(inaudible)', '[crosstalk]', '[inaudible 00:13]', '(sighs)', '*coughs*', '[background noise]'])(
    'drops the stage note %s',
    (note) => {
      expect(normalize(`I can ${note} pay friday`)).toBe('i can pay friday');
    },
  );

  it('keeps parentheses that hold words rather than a stage note', () => {
    expect(normalize('the balance (as of today) is due')).toContain('(as of today)');
  });

  it.each([
    ['$1,234.56', TOKENS.amount],
    ['$ 50', TOKENS.amount],
    ['250 dollars', TOKENS.amount],
    ['fifty bucks', TOKENS.amount],
    ['two hundred dollars', TOKENS.amount],
    ['$[DEBT_AMOUNT]', TOKENS.amount],
    ['40%', TOKENS.percent],
    ['sixty percent', TOKENS.percent],
  ])('turns the money expression %s into %s', (money, token) => {
    expect(normalize(`it is ${money} now`)).toBe(`it is ${token} now`);
  });

  it('reads "/mo" as "per month"', () => {
    expect(normalize('$50/mo')).toBe(`${TOKENS.amount} per month`);
  });

  it('drops fillers and intensifiers but keeps the words that carry the act', () => {
    expect(normalize('Um, like, I just really can\'t, uh, afford it')).toBe('i cannot, afford it');
    expect(normalize('I honestly lost my job')).toBe('i lost my job');
  });

  it('maps chat variants of yes and no', () => {
    expect(normalize('yeah')).toBe('yes');
    expect(normalize('Yep.')).toBe('yes.');
    expect(normalize('uh huh')).toBe('yes');
    expect(normalize('nope')).toBe('no');
  });

  it('keeps the question mark and collapses repeated punctuation', () => {
    expect(normalize('Are you serious???')).toBe('are you serious?');
  });

  it('does not split on the period of a title', () => {
    expect(splitSentences(normalize('Is this Mr. Smith? Hello.'))).toEqual(['is this mr smith?', 'hello.']);
  });

  it('treats a tag question "isn\'t it" as a question, not a denial', () => {
    expect(normalize("It's too old, isn't it?")).toBe('it is too old, is it?');
  });

  it('is idempotent on already normalised text', () => {
    const once = normalize("Hey [CONSUMER_NAME], we're gonna need $40 today, ok?");
    expect(normalize(once)).toBe(once);
  });

  it('copes with empty and whitespace-only text', () => {
    expect(normalize('')).toBe('');
    expect(normalize('  \n\t ')).toBe('');
    expect(normalize('[pause]')).toBe('');
  });
});

describe('splitSentences and splitClauses', () => {
  it('splits on sentence punctuation and semicolons', () => {
    expect(splitSentences('hi. are you there? yes! ok; fine')).toEqual(['hi.', 'are you there?', 'yes!', 'ok', 'fine']);
  });

  it('splits a sentence into clauses at commas, dashes and contrast words', () => {
    expect(splitClauses('i am not saying you will be arrested, we cannot do that')).toEqual([
      'i am not saying you will be arrested',
      'we cannot do that',
    ]);
    expect(splitClauses('i want to pay but i lost my job - sorry')).toEqual(['i want to pay', 'but i lost my job', 'sorry']);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitClauses('')).toEqual([]);
  });
});
