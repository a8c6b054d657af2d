import { createInterface } from 'node:readline';
import { z } from 'zod';
import { productClassifier } from '../../server/language/product-classifier.ts';
import type { Utterance, UtteranceContext } from '../../domain/language/utterance.ts';
import type { CommandIo } from '../io.ts';

const USAGE = `usage: parley classify < utterances.jsonl

Reads one JSON object per line from stdin:
  {"id": "...", "text": "...", "speaker": "agent" | "customer", "context"?: {"previous": "...", "rpc_verified": true}}
and writes one line per input line, in the same order:
  {"id": "...", "acts": ["label", ...]}
A line that cannot be read gets {"id": ..., "error": "..."} and the stream goes on.
`;

/** The moment an utterance is spoken, as `parley classify` accepts it. */
export const ClassifyContextSchema = z
  .object({
    /** The other side's last words. */
    previous: z.string().nullish(),
    /** Whether the right party has been verified on this call. */
    rpc_verified: z.boolean().nullish(),
    /** Whether someone other than the consumer is known to be on the line. */
    third_party_on_line: z.boolean().nullish(),
  })
  .loose();

/** One input line of `parley classify` (CONTRACT.md, "Command line"). */
export const ClassifyInputSchema = z
  .object({
    /** Echoed back unchanged so callers can match answers to questions. */
    id: z.union([z.string(), z.number()]).nullish(),
    /** The words as spoken or transcribed, placeholders and stage notes included. */
    text: z.string({ error: 'missing "text" (a string)' }),
    /** Who spoke; `consumer` and `third_party` are read as the customer side. */
    speaker: z
      .enum(['agent', 'customer', 'consumer', 'third_party'], { error: 'speaker must be "agent" or "customer"' })
      .default('agent')
      .transform((s): Utterance['speaker'] => (s === 'agent' ? 'agent' : 'customer')),
    /** What the classifier should know about the moment; used whenever given. */
    context: ClassifyContextSchema.nullish(),
  })
  .loose();
export type ClassifyInput = z.infer<typeof ClassifyInputSchema>;

type Id = string | number | null;

function idOf(value: unknown): Id {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  const id = (value as { id: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

function toContext(raw: ClassifyInput['context']): UtteranceContext | undefined {
  if (!raw) return undefined;
  const context: UtteranceContext = {};
  if (typeof raw.previous === 'string') context.previous = raw.previous;
  if (typeof raw.rpc_verified === 'boolean') context.rpc_verified = raw.rpc_verified;
  if (typeof raw.third_party_on_line === 'boolean') context.third_party_on_line = raw.third_party_on_line;
  return context;
}

/** The output line for one input line (without the newline). */
export function classifyLine(line: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return JSON.stringify({ id: null, error: `invalid JSON: ${reason}` });
  }
  const result = ClassifyInputSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    const message = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? `${where}${issue?.message ?? 'invalid input'}`
      : 'each line must be a JSON object with a "text" field';
    return JSON.stringify({ id: idOf(parsed), error: message });
  }
  const input = result.data;
  const context = toContext(input.context);
  const acts = productClassifier()(context ? { text: input.text, speaker: input.speaker, context } : { text: input.text, speaker: input.speaker });
  return JSON.stringify({ id: input.id ?? null, acts });
}

function write(out: NodeJS.WritableStream, chunk: string): Promise<void> | undefined {
  if (out.write(chunk)) return undefined;
  return new Promise((resolve) => out.once('drain', () => resolve()));
}

/**
 * `parley classify`: JSON Lines in, JSON Lines out, one answer per non-blank input line in
 * the same order. Streams line by line, so inputs of any size work; bad lines are answered
 * with an error object instead of stopping the stream.
 */
export async function run(argv: string[], io: CommandIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (argv.length > 0) {
    io.stderr.write(`parley classify: unexpected argument "${argv[0]}"\n\n${USAGE}`);
    return 2;
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const raw of lines) {
    const line = first ? raw.replace(/^\uFEFF/, '') : raw;
    first = false;
    if (line.trim() === '') continue;
    const pending = write(io.stdout, `${classifyLine(line)}\n`);
    if (pending) await pending;
  }
  return 0;
}
