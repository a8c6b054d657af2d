import { checkScenarioDir, scenarioFiles } from '../../server/content/scenarios.ts';
import { formatSourceError } from '../../domain/validation/yaml-source.ts';
import type { ScenarioIssue } from '../../domain/scenario/parse.ts';
import type { CommandIo } from '../io.ts';

const USAGE = 'usage: parley scenarios check [DIR]   (DIR defaults to scenarios/)\n';

/**
 * `parley scenarios check [DIR]`: validates every scenario file. Errors go to stdout as
 * `file:line:col message` lines (the CONTRACT's output) with exit 1; warnings go to stderr as
 * `file:line:col warning: message` and do not fail the check.
 */
export async function run(argv: string[], io: CommandIo): Promise<number> {
  const [sub, dir = 'scenarios', ...rest] = argv;
  if (sub === '--help' || sub === '-h') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (sub !== 'check' || rest.length > 0 || dir.startsWith('-')) {
    io.stderr.write(USAGE);
    return 2;
  }

  let files: string[];
  let issues: ScenarioIssue[];
  try {
    files = scenarioFiles(dir);
    issues = files.length > 0 ? checkScenarioDir(dir) : [];
  } catch (err) {
    io.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  if (files.length === 0) {
    io.stderr.write(`${dir}: no scenario files (*.yaml)\n`);
    return 1;
  }
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  for (const w of warnings) io.stderr.write(`${formatSourceError({ ...w, message: `warning: ${w.message}` })}\n`);
  if (errors.length === 0) {
    const noted = warnings.length > 0 ? ` (${plural(warnings.length, 'warning')})` : '';
    io.stdout.write(`${plural(files.length, 'scenario')} OK${noted}\n`);
    return 0;
  }
  for (const e of errors) io.stdout.write(`${formatSourceError(e)}\n`);
  const badFiles = new Set(errors.map((e) => e.file)).size;
  io.stderr.write(`${plural(errors.length, 'error')} in ${badFiles} of ${plural(files.length, 'scenario file')}\n`);
  return 1;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
