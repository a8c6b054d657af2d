import Papa from 'papaparse';
import { z } from 'zod';

/**
 * Bulk enrolment of trainees from a CSV file: `name,email` with an optional `password`
 * column, a header row first. Pure: the text in, validated trainees or every problem out,
 * each as `line N: message` with N the line of the file the row starts on (header = 1).
 * Nothing is imported unless the whole file is valid, so callers only act on `ok: true`.
 */

/** One CSV record and the file line it starts on (a quoted field may span lines). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A trainee ready to create; `password` only when the file gave one. */
export interface TraineeRow {
  line: number;
  name: string;
  email: string;
  password?: string;
}

export type TraineeCsvResult = { ok: true; trainees: TraineeRow[] } | { ok: false; problems: string[] };

export interface TraineeCsvOptions {
  /** Whether an email (lower-cased) already belongs to a user; such rows are errors. */
  isTaken?: (email: string) => boolean;
  /** Most trainees one file may hold (default 1000). */
  maxRows?: number;
}

export const TRAINEE_CSV_COLUMNS = ['name', 'email', 'password'] as const;
const REQUIRED = ['name', 'email'] as const;
export const MIN_PASSWORD_LENGTH = 8;
const DEFAULT_MAX_ROWS = 1000;

/** The cells of one data row, checked and normalised (trimmed name, lower-cased email). */
export const TraineeCsvRecord = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'name is empty')
    .max(200, 'name is longer than 200 characters')
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'name contains control characters'),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'email is empty')
    .max(254, 'email is longer than 254 characters')
    .pipe(z.email({ error: (issue) => `"${String(issue.input)}" is not a valid email address` })),
  password: z
    .string()
    .optional()
    .transform((p) => (p === undefined || p.trim() === '' ? undefined : p))
    .pipe(
      z
        .string()
        .min(MIN_PASSWORD_LENGTH, `password is shorter than ${MIN_PASSWORD_LENGTH} characters`)
        .max(200, 'password is longer than 200 characters')
        .optional(),
    ),
});

const LINE_BREAK = /\r\n|\r|\n/g;

/** Counts line breaks in `text` between `from` and `to`. */
function breaksBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).match(LINE_BREAK)?.length ?? 0;
}

/**
 * Splits CSV text into records with papaparse (quotes, quoted commas and line breaks,
 * CRLF, a leading BOM), keeping the line each record starts on and dropping blank lines.
 * Syntax problems (an unterminated quote …) come back as `line N: …`.
 */
export function readCsvRows(text: string): { rows: CsvRow[]; problems: string[] } {
  const input = text.startsWith('\ufeff') ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const problems: string[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(input, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data;
      const end = result.meta.cursor;
      for (const e of result.errors) problems.push(`line ${line}: ${e.message.toLowerCase()}`);
      if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
      line += breaksBetween(input, start, end);
      start = end;
    },
  });
  return { rows, problems };
}

/**
 * Checks records against the header and the row schema: every problem of every row, the
 * first occurrence of an email wins and later ones are errors, as are emails `isTaken`.
 */
export function validateTraineeRows(rows: readonly CsvRow[], options: TraineeCsvOptions = {}): TraineeCsvResult {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const [header, ...data] = rows;
  if (!header) return { ok: false, problems: ['line 1: the file is empty; the first line must be the header name,email'] };

  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const problems: string[] = [];
  const at = `line ${header.line}:`;
  if (columns.some((c) => c.includes('@'))) {
    return {
      ok: false,
      problems: [`${at} the header row is missing: the first line must be name,email (optionally password), not a trainee`],
    };
  }
  const known = new Set<string>(TRAINEE_CSV_COLUMNS);
  columns.forEach((c, i) => {
    if (c === '') problems.push(`${at} column ${i + 1} of the header has no name`);
    else if (!known.has(c)) problems.push(`${at} unknown column "${header.cells[i]?.trim()}" (expected name, email and optionally password)`);
    else if (columns.indexOf(c) !== i) problems.push(`${at} column "${c}" appears twice`);
  });
  for (const r of REQUIRED) if (!columns.includes(r)) problems.push(`${at} the header has no "${r}" column`);
  if (problems.length > 0) return { ok: false, problems };

  if (data.length === 0) return { ok: false, problems: [`line ${header.line + 1}: no trainees after the header row`] };
  if (data.length > maxRows) {
    const first = data[maxRows] as CsvRow;
    return { ok: false, problems: [`line ${first.line}: more than ${maxRows} trainees in one file; split it into several files`] };
  }

  const trainees: TraineeRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of data) {
    const here = `line ${row.line}:`;
    if (row.cells.length !== columns.length) {
      problems.push(`${here} expected ${columns.length} fields (${columns.join(',')}), found ${row.cells.length}`);
      continue;
    }
    const record = Object.fromEntries(columns.map((c, i) => [c, row.cells[i] ?? '']));
    const parsed = TraineeCsvRecord.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${here} ${issue.message}`);
      continue;
    }
    const { name, email, password } = parsed.data;
    const seen = firstLineOf.get(email);
    if (seen !== undefined) {
      problems.push(`${here} email ${email} appears twice in the file (first on line ${seen})`);
      continue;
    }
    firstLineOf.set(email, row.line);
    if (options.isTaken?.(email)) {
      problems.push(`${here} a user with email ${email} already exists`);
      continue;
    }
    trainees.push(password === undefined ? { line: row.line, name, email } : { line: row.line, name, email, password });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, trainees };
}

/** CSV text → validated trainees, or every problem in the file (syntax first, then rows). */
export function parseTraineeCsv(text: string, options: TraineeCsvOptions = {}): TraineeCsvResult {
  const { rows, problems } = readCsvRows(text);
  if (problems.length > 0) return { ok: false, problems };
  return validateTraineeRows(rows, options);
}
