import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/domain/scenario/compile.ts';
import { parseScenario, type ScenarioIssue } from '../../../src/domain/scenario/parse.ts';
import { conversation, fixturePath } from '../../fixtures/scenarios/factory.ts';

/**
 * The broken fixtures mark each line that must be reported with `# expect: [warning ]text`.
 * Every marker must be matched by an issue on that line, and every error must sit on a marked line.
 */
function markers(text: string): { line: number; severity: 'error' | 'warning'; text: string }[] {
  return text.split('\n').flatMap((content, i) => {
    const m = /#\s*expect:\s*(warning\s+)?(.*)$/.exec(content);
    return m ? [{ line: i + 1, severity: m[1] ? ('warning' as const) : ('error' as const), text: (m[2] ?? '').trim() }] : [];
  });
}

function parseFixture(relative: string) {
  const file = fixturePath(relative);
  const text = readFileSync(file, 'utf8');
  const expectedId = relative.split('/').pop()!.replace(/\.yaml$/, '');
  return { text, file, result: parseScenario(text, file, { expectedId }) };
}

const brokenFiles = readdirSync(fixturePath('broken')).filter((f) => f.endsWith('.yaml'));

describe('broken scenario files', () => {
  it('has several kinds of broken file to check', () => {
    expect(brokenFiles).toEqual(expect.arrayContaining(['syntax-error.yaml', 'shape-errors.yaml', 'semantic-errors.yaml']));
  });

  for (const name of brokenFiles) {
    it(`reports every problem in ${name} at its line`, () => {
      const { text, file, result } = parseFixture(`broken/${name}`);
      expect(result.ok).toBe(false);
      const errors: ScenarioIssue[] = result.ok ? [] : result.errors.map((e) => ({ severity: 'error', ...e }));
      const issues = [...errors, ...result.warnings];
      const expected = markers(text);
      expect(expected.length).toBeGreaterThan(0);

      for (const m of expected) {
        const here = issues.filter((i) => i.line === m.line && i.severity === m.severity);
        expect(here.map((i) => i.message).join('\n'), `line ${m.line}: ${m.text}`).toContain(m.text);
      }
      const marked = new Set(expected.map((m) => m.line));
      for (const e of errors) {
        expect(marked.has(e.line), `unexpected error ${e.line}:${e.col} ${e.message}`).toBe(true);
        expect(e.file).toBe(file);
        expect(e.col).toBeGreaterThan(0);
      }
    });
  }

  it('points at the offending column, not just the line', () => {
    const { text, result } = parseFixture('broken/semantic-errors.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const gotoError = result.errors.find((e) => e.message.includes('"negotiaton"'))!;
    const line = text.split('\n')[gotoError.line - 1]!;
    expect(line.slice(gotoError.col - 1).startsWith('negotiaton')).toBe(true);
  });
});

describe('valid scenario files', () => {
  const shipped = readdirSync(new URL('../../../scenarios', import.meta.url)).filter((f) => f.endsWith('.yaml'));
  const files = [
    ...shipped.map((f) => new URL(`../../../scenarios/${f}`, import.meta.url).pathname),
    fixturePath('valid/test-caller.yaml'),
  ];

  for (const file of files) {
    it(`accepts ${file.split('/').slice(-2).join('/')} without errors or warnings, and compiles it`, () => {
      const result = parseScenario(readFileSync(file, 'utf8'), file);
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
      if (result.ok) expect(() => compileScenario(result.value)).not.toThrow();
    });
  }

  it('fills in defaults and accepts a single line where a list is expected', () => {
    const file = fixturePath('valid/test-caller.yaml');
    const result = parseScenario(readFileSync(file, 'utf8'), file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s = result.value;
    expect(s.persona.answers).toBe('consumer');
    expect(s.account.currency).toBe('USD');
    expect(s.account.lawsuit_authorized).toBe(false);
    expect(s.interrupts[0]?.say).toEqual(['[hangs up]']);
    expect(s.stages.greet?.rules[0]?.when).toHaveLength(2);
    expect(s.stages.talk?.rules[0]?.when).toHaveLength(1);
  });

  it('rejects a file whose id differs from its name only when a name is expected', () => {
    const file = fixturePath('valid/test-caller.yaml');
    const text = readFileSync(file, 'utf8');
    expect(parseScenario(text, file, { expectedId: 'test-caller' }).ok).toBe(true);
    const renamed = parseScenario(text, 'elsewhere.yaml', { expectedId: 'elsewhere' });
    expect(renamed.ok).toBe(false);
    if (!renamed.ok) expect(renamed.errors[0]).toMatchObject({ line: 2, col: 5 });
  });
});

describe('the authoring guide', () => {
  it('has a worked example that is a valid scenario and plays to an agreement', () => {
    const guide = readFileSync(new URL('../../../scenarios/README.md', import.meta.url), 'utf8');
    const example = /## A worked example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(example).toBeTruthy();
    const result = parseScenario(example ?? '', 'README.md');
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (!result.ok) return;
    const call = conversation(result.value);
    call.say(['verify_identity'], 'Could you confirm your date of birth?');
    call.say(['empathy', 'probe_ability_to_pay'], 'Sorry to hear it. What happened?');
    expect(call.say(['secure_commitment'], 'Shall we set that up?').stage).toBe('wrap_up');
    expect(call.say(['close_call'], 'Bye.').ended).toBe(true);
  });
});

