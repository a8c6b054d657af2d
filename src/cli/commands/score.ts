import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Classify } from '../../domain/language/utterance.ts';
import { scoreTranscript } from '../../domain/scoring/engine.ts';
import type { Rubric } from '../../domain/scoring/rubric.ts';
import { TranscriptSchema, type Transcript } from '../../domain/transcript/schema.ts';
import { loadRubric } from '../../server/content/rubrics.ts';
import type { CommandIo } from '../io.ts';

const USAGE = 'usage: parley score [--rubrics DIR] [--timeline] FILE...   (FILE may be - for stdin)\n';

/** What the command scores with; tests pass their own. */
export interface ScoreDeps {
  classify?: Classify;
  rubric?: Rubric;
}

/**
 * `parley score FILE...`: one JSON report per transcript file on stdout (JSON Lines, in
 * argument order). A file that cannot be read, parsed or validated is reported on stderr by
 * name and skipped; the others are still scored, and the exit code is 1.
 */
export async function run(argv: string[], io: CommandIo, deps: ScoreDeps = {}): Promise<number> {
  const files: string[] = [];
  let rubricDir = process.env.PARLEY_RUBRICS ?? 'rubrics';
  let timeline = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (arg === '--timeline') timeline = true;
    else if (arg === '--rubrics') {
      const dir = argv[++i];
      if (dir === undefined) {
        io.stderr.write(`parley score: --rubrics needs a folder\n${USAGE}`);
        return 2;
      }
      rubricDir = dir;
    } else if (arg.startsWith('--rubrics=')) rubricDir = arg.slice('--rubrics='.length);
    else if (arg.startsWith('-') && arg !== '-') {
      io.stderr.write(`parley score: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.stderr.write(`parley score: no transcript file given\n${USAGE}`);
    return 2;
  }

  let rubric: Rubric;
  try {
    rubric = deps.rubric ?? loadRubric(rubricDir);
  } catch (err) {
    io.stderr.write(`parley score: ${(err as Error).message}\n`);
    return 1;
  }
  // Imported here so that a usage or rubric error does not pay for loading the classifier.
  const classify = deps.classify ?? (await import('../../server/language/product-classifier.ts')).productClassifier();

  let failed = false;
  for (const file of files) {
    const transcript = await readTranscript(file, io);
    if (!transcript) {
      failed = true;
      continue;
    }
    const id = file === '-' ? 'stdin' : path.basename(file).replace(/\.json$/i, '');
    const report = scoreTranscript(transcript, rubric, classify, { id, timeline });
    io.stdout.write(`${JSON.stringify(report)}\n`);
  }
  return failed ? 1 : 0;
}

/** Reads, parses and validates one transcript file, reporting any problem on stderr by file name. */
async function readTranscript(file: string, io: CommandIo): Promise<Transcript | null> {
  let text: string;
  try {
    text = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
    io.stderr.write(`parley score: ${file}: cannot read: ${reason}\n`);
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    io.stderr.write(`parley score: ${file}: not valid JSON: ${(err as Error).message}\n`);
    return null;
  }
  const parsed = TranscriptSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(top level)'}: ${i.message}`);
    io.stderr.write(`parley score: ${file}: not a transcript: ${problems.join('; ')}\n`);
    return null;
  }
  return parsed.data as Transcript;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return text;
}
