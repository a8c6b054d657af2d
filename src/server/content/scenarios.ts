import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compileScenario, type ScenarioMachine } from '../../domain/scenario/compile.ts';
import { parseScenario, type ScenarioIssue } from '../../domain/scenario/parse.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { formatSourceError } from '../../domain/validation/yaml-source.ts';

/**
 * The file adapter for `scenarios/`: reads every `<id>.yaml`, validates it and compiles it once.
 * Any problem is reported with its `file:line:col` here, at start-up or in `parley scenarios
 * check`, so that nothing about a scenario can fail in the middle of a call.
 */

/** A scenario ready to run. */
export interface LoadedScenario {
  scenario: Scenario;
  machine: ScenarioMachine;
}

/** The scenario files in `dir`, sorted (`.yaml` and `.yml`; the README and other files are ignored). */
export function scenarioFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir}: no such directory`);
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Validates every scenario file in `dir`: errors and warnings, each with its position. */
export function checkScenarioDir(dir = 'scenarios'): ScenarioIssue[] {
  return readDir(dir).issues;
}

/** Loads, validates and compiles every scenario in `dir`; throws listing every error if any file is bad. */
export function loadScenarios(dir = 'scenarios'): Map<string, LoadedScenario> {
  const { loaded, issues, files } = readDir(dir);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`invalid scenarios in ${dir}:\n${errors.map(formatSourceError).join('\n')}`);
  }
  if (files.length === 0) throw new Error(`${dir}: no scenario files (*.yaml)`);
  return loaded;
}

/** Loads one scenario file (for `parley play path/to/file.yaml`); throws with positions if it is bad. */
export function loadScenarioFile(file: string): LoadedScenario {
  const { entry, issues } = readFile(file);
  const errors = issues.filter((i) => i.severity === 'error');
  if (!entry || errors.length > 0) throw new Error(`invalid scenario:\n${errors.map(formatSourceError).join('\n')}`);
  return entry;
}

function readDir(dir: string): { loaded: Map<string, LoadedScenario>; issues: ScenarioIssue[]; files: string[] } {
  const files = scenarioFiles(dir);
  const loaded = new Map<string, LoadedScenario>();
  const issues: ScenarioIssue[] = [];
  const firstFile = new Map<string, string>();
  for (const file of files) {
    const result = readFile(file);
    issues.push(...result.issues);
    if (!result.entry) continue;
    const { id } = result.entry.scenario;
    const earlier = firstFile.get(id);
    if (earlier !== undefined) {
      issues.push({ file, line: result.idLine, col: 1, message: `id: "${id}" is already used by ${earlier}`, severity: 'error' });
      continue;
    }
    firstFile.set(id, file);
    loaded.set(id, result.entry);
  }
  return { loaded, issues, files };
}

function readFile(file: string): { entry: LoadedScenario | undefined; issues: ScenarioIssue[]; idLine: number } {
  const text = readFileSync(file, 'utf8');
  const expectedId = path.basename(file).replace(/\.ya?ml$/i, '');
  const parsed = parseScenario(text, file, { expectedId });
  const idLine = text.split('\n').findIndex((l) => /^id\s*:/.test(l)) + 1 || 1;
  if (!parsed.ok) {
    return { entry: undefined, issues: [...parsed.errors.map((e) => ({ severity: 'error' as const, ...e })), ...parsed.warnings], idLine };
  }
  try {
    return { entry: { scenario: parsed.value, machine: compileScenario(parsed.value) }, issues: parsed.warnings, idLine };
  } catch (err) {
    // parseScenario should make this impossible; if it ever happens it is still reported as a file problem.
    const message = `cannot compile: ${err instanceof Error ? err.message : String(err)}`;
    return { entry: undefined, issues: [...parsed.warnings, { file, line: 1, col: 1, message, severity: 'error' }], idLine };
  }
}
