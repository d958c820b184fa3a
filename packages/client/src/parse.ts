import * as z from 'zod/mini';
import { DiwanError } from './errors.js';
import { vouch } from './vouched.js';

/**
 * Parses data from a backend with a schema. Anything that does not fit becomes a DiwanError
 * `invalid_response` naming the first problem, never a crash or half-rendered data.
 */
export function parseResponse<T extends z.ZodMiniType>(schema: T, data: unknown, what: string): z.infer<T> {
  const result = checkData(schema, data);
  if (result.success) return vouch(result.data);
  throw new DiwanError('invalid_response', `The server sent ${what} Diwan cannot read${result.problem}`, {
    cause: result.error,
    retryable: false,
  });
}

/** Data checked with a schema: the parsed data, or the first problem as ` at path: message`. */
export type CheckedData<T> = { success: true; data: T } | { success: false; problem: string; error: z.core.$ZodError };

/** Checks data with a schema without throwing (for data a citizen sends, which gets a 422, not a crash). */
export function checkData<T extends z.ZodMiniType>(schema: T, data: unknown): CheckedData<z.infer<T>> {
  const result = z.safeParse(schema, data);
  if (result.success) return { success: true, data: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : '';
  return { success: false, problem: `${where}: ${issue?.message ?? 'invalid'}`, error: result.error };
}
