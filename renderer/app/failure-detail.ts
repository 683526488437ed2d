/**
 * The detail to show when a save fails: a refusal of the domain in the user's words (it carries a catalog key),
 * anything else as its technical message for support staff.
 */
import type { TFunction } from 'i18next';
import { NotPermitted } from '../../shared/records/write-path';
import { describeUnknownError } from '../../shared/result';

export function failureDetail(error: unknown, t: TFunction): string {
  if (error instanceof NotPermitted) return t(error.reasonKey, { detail: error.detail });
  return describeUnknownError(error);
}
