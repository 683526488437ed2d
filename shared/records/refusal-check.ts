/**
 * For the tests of domain services: what a refused write says, and whether it left the change log untouched
 * ("refused, nothing written" is the rule every workflow keeps).
 */
import type { AppDatabase } from '../storage/database';
import { ValidationFailed } from '../validation/issues';
import { countChanges } from './change-log';

export interface Refusal {
  /** Field and message key of each issue, or null when the attempt was not refused with a ValidationFailed. */
  readonly issues: { field: string; messageKey: string }[] | null;
  /** Changes logged by the attempt (0 when nothing was written). */
  readonly written: number;
}

export async function refusalOf(db: AppDatabase, attempt: Promise<unknown>): Promise<Refusal> {
  // Handled at once: an attempt refused before its first await would otherwise reject unhandled while the count is read.
  const outcome = attempt.then(
    () => undefined,
    (cause: unknown) => cause,
  );
  const before = await countChanges(db);
  const error = await outcome;
  const written = (await countChanges(db)) - before;
  return { issues: error instanceof ValidationFailed ? error.issues.map(({ field, messageKey }) => ({ field, messageKey })) : null, written };
}
