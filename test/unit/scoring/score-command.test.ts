import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/commands/score.ts';
import type { CommandIo } from '../../../src/cli/io.ts';
import { projectRubric, TRANSCRIPTS_DIR } from '../../fixtures/scoring/calls.ts';
import { fakeClassifier } from '../../fixtures/scoring/fake-classifier.ts';

const RUBRICS = new URL('../../../rubrics/', import.meta.url).pathname;

/** Streams that collect what the command writes. */
function io(stdinText = ''): CommandIo & { out: () => string; err: () => string } {
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { stdin, stdout, stderr, out: () => out, err: () => err };
}

describe('parley score', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'parley-score-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const deps = () => ({ classify: fakeClassifier(), rubric: projectRubric() });
  const golden = (name: string) => {
    const file = path.join(dir, `${name}.json`);
    copyFileSync(path.join(TRANSCRIPTS_DIR, `${name}.json`), file);
    return file;
  };

  it('prints one JSON report per file, in argument order', async () => {
    const files = [golden('threat-arrest'), golden('clean-promise-to-pay')];
    const s = io();
    expect(await run(files, s, deps())).toBe(0);
    const reports = s.out().trim().split('\n').map((l) => JSON.parse(l) as { id: string; overall: string; critical_violations: string[]; rubric_version: string });
    expect(reports.map((r) => [r.id, r.overall, r.critical_violations])).toEqual([
      ['threat-arrest', 'fail', ['THREAT_ARREST']],
      ['clean-promise-to-pay', 'pass', []],
    ]);
    expect(reports[0]!.rubric_version).toBe(projectRubric().version);
    expect(s.err()).toBe('');
  });

  it('names each bad file on stderr, scores the others, and exits 1', async () => {
    const notJson = path.join(dir, 'broken.json');
    writeFileSync(notJson, '{"turns": [');
    const notTranscript = path.join(dir, 'no-turns.json');
    writeFileSync(notTranscript, JSON.stringify({ id: 'x', turns: [{ speaker: 'robot', text: 'hi' }] }));
    const missing = path.join(dir, 'missing.json');
    const good = golden('clean-settlement');
    const s = io();
    expect(await run([notJson, good, notTranscript, missing], s, deps())).toBe(1);
    expect(s.out().trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['clean-settlement']);
    const errors = s.err().trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(new RegExp(`^parley score: ${notJson}: not valid JSON: `));
    expect(errors[1]).toMatch(new RegExp(`^parley score: ${notTranscript}: not a transcript: turns\\.0\\.speaker: `));
    expect(errors[2]).toBe(`parley score: ${missing}: cannot read: no such file`);
  });

  it('names the transcript by its file when it has no id, and reads - from stdin', async () => {
    const file = path.join(dir, 'recorded-call.json');
    writeFileSync(file, JSON.stringify({ turns: [{ speaker: 'agent', text: 'Hello?' }] }));
    const s = io(JSON.stringify({ turns: [{ speaker: 'consumer', text: 'Hi.' }] }));
    expect(await run([file, '-'], s, deps())).toBe(0);
    expect(s.out().trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['recorded-call', 'stdin']);
  });

  it('adds the timeline with --timeline', async () => {
    const s = io();
    expect(await run(['--timeline', golden('wrong-party')], s, deps())).toBe(0);
    const report = JSON.parse(s.out()) as { timeline: { turn: number; acts: string[] }[] };
    expect(report.timeline.map((t) => t.turn)).toEqual([1, 2, 3]);
  });

  it('reports a broken rubric folder with file:line:col and exits 1', async () => {
    const rubrics = path.join(dir, 'rubrics');
    mkdirSync(rubrics);
    copyFileSync(path.join(RUBRICS, 'compliance.yaml'), path.join(rubrics, 'compliance.yaml'));
    writeFileSync(path.join(rubrics, 'negotiation.yaml'), 'id: negotiation\nversion: 1.0.0\nkind: negotiation\npass_mark: 70\n');
    const s = io();
    expect(await run(['--rubrics', rubrics, golden('wrong-party')], s, { classify: fakeClassifier() })).toBe(1);
    expect(s.err()).toMatch(/negotiation\.yaml:\d+:\d+ /);
    expect(s.out()).toBe('');
  });

  it('loads the rubric folder named by --rubrics', async () => {
    const s = io();
    expect(await run([`--rubrics=${RUBRICS}`, golden('wrong-party')], s, { classify: fakeClassifier() })).toBe(0);
    expect((JSON.parse(s.out()) as { outcome: string }).outcome).toBe('wrong_party');
  });

  it('asks for a file when given none, and rejects unknown options', async () => {
    const none = io();
    expect(await run([], none, deps())).toBe(2);
    expect(none.err()).toMatch(/no transcript file given/);
    const unknown = io();
    expect(await run(['--fast', 'x.json'], unknown, deps())).toBe(2);
    expect(unknown.err()).toMatch(/unknown option --fast/);
  });
});
