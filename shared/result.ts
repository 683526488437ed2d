/** The envelope every call across a process boundary returns, so errors travel as data instead of exceptions. */
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Failure = { readonly ok: false; readonly error: AppError };
export type Result<T> = Ok<T> | Failure;

/**
 * An error the UI can explain: `code` picks the Vietnamese message from the catalogs,
 * `detail` keeps the technical text for the journal and for support staff.
 */
export interface AppError {
  readonly code: string;
  readonly detail?: string;
}

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const fail = (code: string, detail?: string): Failure => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

export function describeUnknownError(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  return String(cause);
}
