import type { z } from 'zod';

/**
 * A validation problem the UI can put next to its field. Schemas carry message *keys*
 * (`validation.*`), never prose, so the same rule reads in Vietnamese or English.
 */
export interface FieldIssue {
  readonly field: string;
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const params: Record<string, string | number> = {};
    if ('minimum' in issue && (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint')) params.minimum = Number(issue.minimum);
    if ('maximum' in issue && (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint')) params.maximum = Number(issue.maximum);
    return {
      field: issue.path.map(String).join('.'),
      messageKey: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
      params,
    };
  });
}

/** Thrown by domain services when input fails its schema; nothing has been written when it is thrown. */
export class ValidationFailed extends Error {
  constructor(readonly issues: readonly FieldIssue[]) {
    super(`Validation failed: ${issues.map((issue) => `${issue.field} ${issue.messageKey}`).join(', ')}`);
    this.name = 'ValidationFailed';
  }
}

/** Parses input with a schema: bad input is a ValidationFailed naming the fields (and nothing is written). */
export function parseOrFail<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationFailed(toFieldIssues(parsed.error));
  return parsed.data;
}
