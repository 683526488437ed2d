/**
 * The only door from the renderer into the main process: one `invoke` channel per contract method,
 * each checking who is calling and what they sent before the implementation sees anything.
 */
import type { z } from 'zod';
import {
  ipcChannel,
  platformMethodNames,
  platformMethods,
  type PlatformMethod,
  type PlatformResponse,
} from '../../shared/platform/contract';
import { describeUnknownError, fail, type Result } from '../../shared/result';
import { isTrustedSender } from './sender-check';

/** What the main process receives: the request after parsing, so defaults and refinements have been applied. */
export type ParsedPlatformRequest<M extends PlatformMethod> = z.output<(typeof platformMethods)[M]['request']>;

export type PlatformMainApi = {
  readonly [M in PlatformMethod]: (request: ParsedPlatformRequest<M>) => Promise<Result<PlatformResponse<M>>>;
};

/** The part of Electron's `IpcMainInvokeEvent` we rely on; the real event fits it structurally. */
export interface InvokeEvent {
  /** `null` once the frame has navigated away or been destroyed. */
  readonly senderFrame: { readonly url: string; readonly parent: object | null } | null;
}

export interface IpcInvokeRegistry {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export function registerPlatformHandlers(ipc: IpcInvokeRegistry, implementation: PlatformMainApi): void {
  for (const method of platformMethodNames) {
    ipc.handle(ipcChannel(method), (event, ...args) => handlePlatformCall(implementation, method, event, args));
  }
}

async function handlePlatformCall<M extends PlatformMethod>(
  implementation: PlatformMainApi,
  method: M,
  event: InvokeEvent,
  args: readonly unknown[],
): Promise<Result<PlatformResponse<M>>> {
  const frame = event.senderFrame;
  if (frame === null || !isTrustedSender({ url: frame.url, isMainFrame: frame.parent === null })) {
    return fail('untrusted-sender', frame === null ? 'Khung gửi yêu cầu không còn tồn tại' : frame.url);
  }
  if (args.length !== 1) return fail('invalid-request', `Yêu cầu phải có đúng một tham số, nhận được ${args.length}`);

  const parsed = platformMethods[method].request.safeParse(args[0]);
  if (!parsed.success) return fail('invalid-request', parsed.error.issues[0]?.message);

  // TypeScript cannot correlate the schema picked by `method` with the handler picked by `method`.
  const handler = implementation[method] as (request: unknown) => Promise<Result<PlatformResponse<M>>>;
  try {
    return await handler(parsed.data);
  } catch (cause) {
    return fail('internal', describeUnknownError(cause));
  }
}
