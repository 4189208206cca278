import type { z } from 'zod';

/** How one kind of store file maps between its JSON on disk and its value in memory. */
export interface FileFormat<T> {
  /** Checks parsed JSON; a failure names the first problem (path and message). */
  parse: (raw: unknown) => { ok: true; value: T } | { ok: false; reason: string };
  /** The JSON-able form written to disk. */
  serialize: (value: T) => unknown;
  /**
   * The text written to disk, when the format can make it cheaper than JSON.stringify(serialize(value)):
   * a big file rewritten often reuses the text of the parts that did not change, and may yield to the event
   * loop while it builds the rest.
   */
  stringify?: (value: T) => Promise<string>;
}

/** The first zod issue as "at path: message", for the notice shown to the user. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `at ${issue.path.join('.') || 'top level'}: ${issue.message}` : 'unknown problem';
}

/** A file stored exactly as its schema describes it. */
export function schemaFormat<T>(schema: z.ZodType<T>): FileFormat<T> {
  return {
    parse(raw) {
      const parsed = schema.safeParse(raw);
      return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: describeIssue(parsed.error) };
    },
    serialize: (value) => value,
  };
}
