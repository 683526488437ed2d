import { isAppUrl } from '../security/app-protocol';

export interface IpcSender {
  readonly url: string;
  readonly isMainFrame: boolean;
}

/** Only the app's own top-level document may call the platform; an iframe or a foreign page may not. */
export function isTrustedSender(sender: IpcSender): boolean {
  return sender.isMainFrame && isAppUrl(sender.url);
}
