import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run as play } from '../../../src/cli/commands/play.ts';
import { run as scenarios } from '../../../src/cli/commands/scenarios.ts';
import type { Act } from '../../../src/domain/language/acts.ts';
import type { Utterance } from '../../../src/domain/language/utterance.ts';
import type { Transcript } from '../../../src/domain/transcript/schema.ts';
import { fixturePath } from '../../fixtures/scenarios/factory.ts';

const root = new URL('../../..', import.meta.url).pathname;
const shippedDir = path.join(root, 'scenarios');

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function runCommand(command: typeof scenarios, argv: string[], input = '') {
  const stdout = sink();
  const stderr = sink();
  const code = await command(argv, { stdin: Readable.from([input]), stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const POSITIONED = /^(.+\.ya?ml):(\d+):(\d+) (.+)$/;

describe('parley scenarios check', () => {
  it('exits 0 with a one-line summary when every scenario is valid', async () => {
    const { code, stdout, stderr } = await runCommand(scenarios, ['check', shippedDir]);
    const count = readdirSync(shippedDir).filter((f) => /\.ya?ml$/.test(f)).length;
    expect(code).toBe(0);
    expect(stdout).toBe(`${count} scenario${count === 1 ? '' : 's'} OK\n`);
    expect(stderr).toBe('');
  });

  it('prints one file:line:col line per error on stdout and exits 1', async () => {
    const dir = fixturePath('broken');
    const { code, stdout, stderr } = await runCommand(scenarios, ['check', dir]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line).toMatch(POSITIONED);
    const files = new Set(lines.map((l) => path.basename(POSITIONED.exec(l)![1]!)));
    expect([...files].sort()).toEqual(readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort());
    expect(stdout).not.toContain('warning');
    expect(stderr).toMatch(/\d+ errors in 3 of 3 scenario files/);
  });

  it('reports warnings on stderr without failing the check', async () => {
    const { code, stderr } = await runCommand(scenarios, ['check', fixturePath('broken')]);
    expect(code).toBe(1);
    const warnings = stderr.split('\n').filter((l) => l.includes('warning:'));
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(w).toMatch(POSITIONED);
  });

  it('defaults to the scenarios/ folder of the working directory', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      expect((await runCommand(scenarios, ['check'])).code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });

  it('fails on a folder that is missing or holds no scenarios, and on bad usage', async () => {
    expect(await runCommand(scenarios, ['check', path.join(root, 'no-such-dir')])).toMatchObject({ code: 1, stdout: '' });
    const empty = mkdtempSync(path.join(tmpdir(), 'parley-empty-'));
    const none = await runCommand(scenarios, ['check', empty]);
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(none.stderr).toContain('no scenario files');
    expect((await runCommand(scenarios, ['validate'])).code).toBe(2);
    expect((await runCommand(scenarios, [])).code).toBe(2);
  });

  it('works through the parley command line', async () => {
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, ['src/cli/parley.ts', 'scenarios', 'check'], { cwd: root });
    expect(ok.stdout).toMatch(/^\d+ scenarios? OK\n$/);
    const bad = await exec(process.execPath, ['src/cli/parley.ts', 'scenarios', 'check', fixturePath('broken')], { cwd: root }).catch(
      (err: { code: number; stdout: string }) => err,
    );
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.stdout.split('\n')[0]).toMatch(POSITIONED);
  });
});

/** A stand-in classifier driven by keywords, so these tests do not depend on the real one. */
function keywordClassifier(calls: Utterance[]) {
  const table: [RegExp, Act][] = [
    [/\bhi\b|hello/i, 'greeting'],
    [/this is alex/i, 'identify_self'],
    [/recovery/i, 'identify_company'],
    [/date of birth|speaking with/i, 'verify_identity'],
    [/attempt to collect/i, 'mini_miranda'],
    [/balance/i, 'state_balance'],
    [/sorry to hear/i, 'empathy'],
    [/what happened/i, 'probe_ability_to_pay'],
    [/in full/i, 'request_full_payment'],
    [/set (that|it) up/i, 'secure_commitment'],
    [/to recap/i, 'recap_terms'],
    [/goodbye|good evening/i, 'close_call'],
    [/arrested/i, 'threat_arrest'],
  ];
  return (u: Utterance): Act[] => {
    calls.push(u);
    const acts = table.filter(([re]) => re.test(u.text)).map(([, act]) => act);
    return acts.length > 0 ? acts : ['other'];
  };
}

const GOOD_CALL = [
  'Hi, this is Alex from Summit Ridge Recovery, am I speaking with Maria Delgado?',
  'Thank you. For security, can you confirm your date of birth?',
  'This is an attempt to collect a debt. Your balance is $612.40.',
  "I'm sorry to hear that. What happened?",
  'Could you pay it in full?',
  'Great, can I set that up for the 24th by debit card?',
  'To recap: $612.40 on Friday the 24th, debit card.',
  'Thank you, have a good evening!',
  'This line comes after the call has ended.',
].join('\n');

describe('parley play', () => {
  async function playCall(input: string, argv = ['cooperative-first-time-late', '--seed', '7', '--dir', shippedDir]) {
    const seen: Utterance[] = [];
    const scored: Transcript[] = [];
    const stdout = sink();
    const stderr = sink();
    const stdin = new PassThrough();
    stdin.end(input);
    const code = await play(
      argv,
      { stdin, stdout: stdout.stream, stderr: stderr.stream },
      { classify: keywordClassifier(seen), score: (t) => (scored.push(t), { overall: 'pass', score: 99, turns: t.turns.length }) },
    );
    return { code, stdout: stdout.text(), stderr: stderr.text(), seen, transcript: scored[0] };
  }

  it('plays a piped call to its end, then prints the score report', async () => {
    const { code, stdout, transcript } = await playCall(GOOD_CALL);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^=== .+ ===\nCustomer: /);
    expect(stdout).toContain('Agent: Thank you, have a good evening!');
    expect(stdout).toContain('(the customer ended the call)');
    expect(stdout).not.toContain('after the call has ended');
    const report = JSON.parse(stdout.slice(stdout.indexOf('=== Score report ===') + 21));
    expect(report).toMatchObject({ overall: 'pass', score: 99 });

    expect(transcript?.scenario).toBe('cooperative-first-time-late');
    expect(transcript?.context?.consumer_name).toBe('Maria Delgado');
    const speakers = transcript!.turns.map((t) => t.speaker);
    expect(speakers[0]).toBe('customer');
    expect(speakers.filter((s) => s === 'agent')).toHaveLength(8);
    expect(report.turns).toBe(transcript!.turns.length);
  });

  it('classifies each line with what the call knows so far', async () => {
    const { seen } = await playCall(GOOD_CALL);
    expect(seen[0]).toMatchObject({ speaker: 'agent', context: { rpc_verified: false, third_party_on_line: false } });
    expect(seen[0]?.context?.previous).toBeTruthy();
    // The date of birth verifies Maria, so from the third line on the classifier is told so.
    expect(seen[1]?.context?.rpc_verified).toBe(false);
    expect(seen[2]?.context?.rpc_verified).toBe(true);
  });

  it('ends the call itself at end of input and still scores it', async () => {
    const { code, stdout, transcript } = await playCall('Hello?\n\n');
    expect(code).toBe(0);
    expect(stdout).toContain('(you ended the call)');
    expect(transcript?.turns.map((t) => t.speaker)).toEqual(['customer', 'agent', 'customer']);
  });

  it('stops when the customer hangs up', async () => {
    const { stdout, transcript } = await playCall('Hi this is Alex, am I speaking with Maria?\nFor your date of birth... Pay or you will be arrested.\nHello?\n');
    expect(stdout).toContain('(the customer ended the call)');
    expect(transcript?.turns.at(-1)?.speaker).toBe('customer');
    expect(transcript?.turns.some((t) => t.text === 'Hello?' && t.speaker === 'agent')).toBe(false);
  });

  it('replays the same replies for the same seed', async () => {
    const a = await playCall(GOOD_CALL);
    const b = await playCall(GOOD_CALL);
    expect(a.stdout).toBe(b.stdout);
  });

  it('names the known scenarios when asked for an unknown one', async () => {
    const { code, stderr } = await playCall('', ['no-such-scenario', '--dir', shippedDir]);
    expect(code).toBe(1);
    expect(stderr).toContain('cooperative-first-time-late');
  });

  it('plays a scenario file given by path, and rejects bad options', async () => {
    const { code, stdout } = await playCall('Hello\n', [fixturePath('valid/test-caller.yaml'), '--seed=3']);
    expect(code).toBe(0);
    expect(stdout).toContain('=== Test caller');
    expect((await playCall('', ['cooperative-first-time-late', '--seed', 'abc'])).code).toBe(2);
    expect((await playCall('', [])).code).toBe(2);
  });
});
