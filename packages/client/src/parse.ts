import * as z from 'zod/mini';
import { DiwanError } from './errors.js';

/**
 * Parses data from a backend with a schema. Anything that does not fit becomes a DiwanError
 * `invalid_response` naming the first problem, never a crash or half-rendered data.
 */
export function parseResponse<T extends z.ZodMiniType>(schema: T, data: unknown, what: string): z.infer<T> {
  const result = z.safeParse(schema, data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new DiwanError('invalid_response', `The server sent ${what} Diwan cannot read${where}: ${issue?.message ?? 'invalid'}`, {
    cause: result.error,
    retryable: false,
  });
}
