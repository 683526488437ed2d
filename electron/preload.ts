/**
 * Runs sandboxed before the page: the renderer gets exactly the platform contract and nothing else.
 * Bundled to one CommonJS file, because a sandboxed preload can require only 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeGlobalName, ipcChannel } from '../shared/platform/channels';
import type { PlatformApi, PlatformMethod, PlatformRequest, PlatformResponse } from '../shared/platform/contract';
import type { Result } from '../shared/result';

/** One method of the bridge: forwards its single request and returns the main process's Result. */
function invoker<M extends PlatformMethod>(method: M): (request: PlatformRequest<M>) => Promise<Result<PlatformResponse<M>>> {
  const channel = ipcChannel(method);
  return (request) => ipcRenderer.invoke(channel, request);
}

// Listed by hand so `satisfies` fails the build when the contract gains a method this file lacks.
const api = {
  getAppInfo: invoker('getAppInfo'),
  openFile: invoker('openFile'),
  saveFile: invoker('saveFile'),
  listRemovableDrives: invoker('listRemovableDrives'),
  chooseFolder: invoker('chooseFolder'),
  writeFileToDrive: invoker('writeFileToDrive'),
  printToPdf: invoker('printToPdf'),
  keystoreKey: invoker('keystoreKey'),
} satisfies PlatformApi;

contextBridge.exposeInMainWorld(bridgeGlobalName, api);
