// Validation with the contract's own zod/mini schemas (Standard Schema, through @hono/standard-validator).
// Its default failure body echoes the input; ours names the fields and what is wrong, never the values.
import { sValidator } from '@hono/standard-validator';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { ValidationTargets } from 'hono';
import { ApiError } from './errors.js';

/** "reference: too long; verification: expected a string" — paths and kinds of problem, no values. */
export function describeIssues(issues: readonly StandardSchemaV1.Issue[]): string {
  const parts = issues.slice(0, 10).map((issue) => {
    const path = (issue.path ?? [])
      .map((key) => String(typeof key === 'object' ? key.key : key))
      .map((key) => (/^[\w-]{1,40}$/.test(key) ? key : '…')) // a key the client made up is not repeated
      .join('.') || '(body)';
    return `${path}: ${safeMessage(issue.message)}`;
  });
  return parts.join('; ') + (issues.length > 10 ? `; and ${issues.length - 10} more` : '');
}

// zod's messages describe the rule ("Too big: expected string to have <=64 characters"), not the
// value; anything unexpected is cut to a generic phrase so no input can come back through here.
function safeMessage(message: string): string {
  return /^[\w\s:<>=.,'"|()[\]/\\^$*+?{}-]{1,200}$/u.test(message) ? message : 'invalid value';
}

export function validated<Target extends keyof ValidationTargets, Schema extends StandardSchemaV1>(target: Target, schema: Schema) {
  return sValidator(target, schema, (result) => {
    if (!result.success) {
      const what = target === 'json' ? 'request body' : target === 'param' ? 'address' : target;
      throw new ApiError(400, 'invalid_request', `The ${what} is not valid: ${describeIssues(result.error)}`, { retryable: false });
    }
  });
}
