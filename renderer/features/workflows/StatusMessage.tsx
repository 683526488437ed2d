/** The one line a workflow screen says after an action: a notice (role status) or a failure (role alert). */
export interface StatusText {
  readonly kind: 'notice' | 'error';
  readonly text: string;
}

export function StatusMessage({ message }: { message: StatusText | null }) {
  if (!message) return null;
  return (
    <p className={message.kind === 'error' ? 'form-error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
}
