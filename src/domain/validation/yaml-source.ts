import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

/** One problem found in a data file, pointing at the line and column that caused it. */
export interface SourceError {
  file: string;
  line: number;
  col: number;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: SourceError[] };

/** Formats an error the way editors and `parley scenarios check` print it: `file:line:col message`. */
export function formatSourceError(e: SourceError): string {
  return `${e.file}:${e.line}:${e.col} ${e.message}`;
}

/**
 * Parses YAML text and validates it with a zod schema, reporting every problem at the
 * position of the offending node (or the nearest ancestor that exists, for a missing key).
 * Pure: the caller reads the file.
 */
export function parseYamlWithSchema<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): ParseResult<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset);

  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((err) => {
        const { line, col } = at(err.pos[0]);
        return { file, line, col, message: firstLine(err.message) };
      }),
    };
  }
  const data: unknown = doc.toJS();
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };

  const errors = parsed.error.issues.map((issue) => {
    const offset = offsetOfPath(doc, issue.path);
    const { line, col } = at(offset);
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { file, line, col, message: `${where}${issue.message}` };
  });
  errors.sort((a, b) => a.line - b.line || a.col - b.col);
  return { ok: false, errors };
}

/** Offset of the deepest node along `path` that exists in the document. */
function offsetOfPath(doc: Document, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return node.range[0];
    // A scalar pair value can be null (key with empty value): point at the key instead.
    if (depth > 0) {
      const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as (string | number)[], true);
      const key = path[depth - 1];
      if (parent && isNode(parent) && 'items' in parent && Array.isArray(parent.items)) {
        for (const item of parent.items as unknown[]) {
          const k = (item as { key?: { value?: unknown; range?: [number, number, number] } }).key;
          if (k && k.value === key && k.range) return k.range[0];
        }
      }
    }
  }
  return 0;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
