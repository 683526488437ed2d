/**
 * The engine refuses with an error that carries a catalog key (`exchange.<reason>`) and a detail in its message
 * (`<key>: <detail>`). The screens, the worker and the journal need both parts apart, to fill `{{detail}}`.
 */
import { BundleRefused } from './bundle-format';
import { CertificateRefused } from './certificates';
import { ConflictNotResolvable } from './conflict-service';

export interface Refusal {
  readonly reasonKey: string;
  readonly detail: string;
}

/** Splits `<key>: <detail>` (the engine's message, and what the journal keeps) into its parts. */
export function parseRefusal(message: string, reasonKey?: string): Refusal {
  const key = reasonKey ?? message.split(': ', 1)[0]!;
  return { reasonKey: key, detail: message.startsWith(`${key}: `) ? message.slice(key.length + 2) : '' };
}

/** The refusal an error stands for, or null when it is not one (a bug, a full disk…). */
export function refusalOf(error: unknown): Refusal | null {
  if (error instanceof BundleRefused || error instanceof CertificateRefused || error instanceof ConflictNotResolvable) return parseRefusal(error.message, error.reasonKey);
  return null;
}
