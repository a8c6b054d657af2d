import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/commands/classify.ts';

async function runClassify(input: string, argv: string[] = []): Promise<{ code: number; out: string[]; err: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const outChunks: string[] = [];
  const errChunks: string[] = [];
  stdout.on('data', (c: Buffer) => outChunks.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => errChunks.push(c.toString('utf8')));
  stdin.end(input);
  const code = await run(argv, { stdin, stdout, stderr });
  const out = outChunks.join('').split('\n').filter((l) => l !== '');
  return { code, out, err: errChunks.join('') };
}

const parse = (line: string | undefined): Record<string, unknown> => JSON.parse(line ?? 'null') as Record<string, unknown>;

describe('parley classify', () => {
  it('answers each line in order with the id and the acts', async () => {
    const input = [
      JSON.stringify({ id: 'a1', text: 'Hi, this is Sam from Apex Recovery.' }),
      JSON.stringify({ id: 'c1', speaker: 'customer', text: 'Stop calling me.' }),
      JSON.stringify({ id: 'a2', speaker: 'agent', text: "We'll garnish your wages." }),
    ].join('\n');
    const { code, out } = await runClassify(`${input}\n`);
    expect(code).toBe(0);
    expect(out).toHaveLength(3);
    expect(parse(out[0])).toEqual({ id: 'a1', acts: ['greeting', 'identify_self', 'identify_company'] });
    expect(parse(out[1])).toEqual({ id: 'c1', acts: ['requests_cease'] });
    expect(parse(out[2])).toEqual({ id: 'a2', acts: ['threat_legal_action_false'] });
  });

  it('defaults the speaker to agent', async () => {
    const { out } = await runClassify(`${JSON.stringify({ id: 'x', text: 'Stop calling me.' })}\n`);
    const acts = parse(out[0])['acts'] as string[];
    expect(acts).not.toContain('requests_cease');
  });

  it('uses the context when it is given', async () => {
    const lines = [
      JSON.stringify({ id: 'v', text: 'Your balance is $400.', context: { rpc_verified: true } }),
      JSON.stringify({ id: 'u', text: 'Your balance is $400.', context: { rpc_verified: false } }),
      JSON.stringify({ id: 'l', text: "I understand, I'll note that.", context: { previous: 'My lawyer handles this.' } }),
    ];
    const { out } = await runClassify(lines.join('\n'));
    expect(parse(out[0])['acts']).toEqual(['state_balance']);
    expect(parse(out[1])['acts']).toContain('third_party_disclosure');
    expect(parse(out[1])['acts']).not.toContain('state_balance');
    expect(parse(out[2])['acts']).toContain('acknowledge_attorney');
  });

  it('answers a line that is not JSON with an error and goes on', async () => {
    const input = ['{"id": "ok1", "text": "Good morning!"}', '{this is not json', '{"id": "ok2", "text": "Have a great day."}'].join('\n');
    const { code, out } = await runClassify(input);
    expect(code).toBe(0);
    expect(out).toHaveLength(3);
    expect(parse(out[0])['id']).toBe('ok1');
    const bad = parse(out[1]);
    expect(bad['id']).toBeNull();
    expect(typeof bad['error']).toBe('string');
    expect(bad).not.toHaveProperty('acts');
    expect(parse(out[2])).toEqual({ id: 'ok2', acts: ['close_call'] });
  });

  it('keeps the id of a parsed line that lacks text', async () => {
    const { out } = await runClassify(['{"id": "no-text", "speaker": "agent"}', '{"id": 7, "text": 42}', '"just a string"'].join('\n'));
    expect(parse(out[0])['id']).toBe('no-text');
    expect(String(parse(out[0])['error'])).toMatch(/text/);
    expect(parse(out[1])['id']).toBe(7);
    expect(parse(out[1])).toHaveProperty('error');
    expect(parse(out[2])).toEqual({ id: null, error: expect.any(String) });
  });

  it('rejects an unknown speaker on that line only', async () => {
    const { out } = await runClassify(['{"id": "s", "text": "hi", "speaker": "robot"}', '{"id": "t", "text": "hi", "speaker": "consumer"}'].join('\n'));
    expect(parse(out[0])).toEqual({ id: 's', error: expect.stringMatching(/speaker/) });
    expect(parse(out[1])['acts']).toEqual(['other']);
  });

  it('skips blank lines, tolerates CRLF and a byte-order mark', async () => {
    const input = '\uFEFF{"id": "1", "text": "hello"}\r\n\r\n   \n{"id": "2", "text": "bye now"}\r\n';
    const { out } = await runClassify(input);
    expect(out.map((l) => parse(l)['id'])).toEqual(['1', '2']);
  });

  it('answers an id of null when there is none', async () => {
    const { out } = await runClassify('{"text": "Speaking.", "speaker": "customer"}');
    expect(parse(out[0])).toEqual({ id: null, acts: ['confirms_identity'] });
  });

  it('streams a large input without losing or reordering lines', async () => {
    const texts = ['Stop calling me.', 'I lost my job.', 'Wrong number.', 'My lawyer handles this.'];
    const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: `n${i}`, speaker: 'customer', text: texts[i % texts.length] }));
    const { out } = await runClassify(`${lines.join('\n')}\n`);
    expect(out).toHaveLength(5000);
    expect(parse(out[4999])['id']).toBe('n4999');
    expect(parse(out[4998])['acts']).toEqual(['wrong_party']);
  });

  it('prints usage for --help and refuses unknown arguments', async () => {
    const help = await runClassify('', ['--help']);
    expect(help.code).toBe(0);
    expect(help.out.join('\n')).toMatch(/usage: parley classify/);
    const bad = await runClassify('', ['--nope']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/unexpected argument/);
  });
});
