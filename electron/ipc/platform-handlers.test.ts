import { describe, expect, it } from 'vitest';
import { ipcChannel, platformMethodNames, type PlatformMethod } from '../../shared/platform/contract';
import { fail, ok, type Result } from '../../shared/result';
import { registerPlatformHandlers, type InvokeEvent, type IpcInvokeRegistry, type PlatformMainApi } from './platform-handlers';

type Listener = Parameters<IpcInvokeRegistry['handle']>[1];

/** A stand-in for ipcMain: keeps listeners by channel and lets the test invoke them like a renderer would. */
class InMemoryIpc implements IpcInvokeRegistry {
  readonly listeners = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`Kênh ${channel} đã được đăng ký`);
    this.listeners.set(channel, listener);
  }

  invoke(event: InvokeEvent, channel: string, ...args: unknown[]): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (listener === undefined) throw new Error(`Không có kênh ${channel}`);
    return listener(event, ...args);
  }
}

const mainFrame: InvokeEvent = { senderFrame: { url: 'app://soc/index.html', parent: null } };

const appInfo = {
  version: '0.1.0',
  runtime: 'electron',
  dataFolder: '/home/vanphong/.config/so-can-bo',
  capabilities: { listDrives: true, chooseFolder: true },
} as const;

function setUp(overrides: Partial<PlatformMainApi> = {}) {
  const calls: Array<{ method: PlatformMethod; request: unknown }> = [];
  const record =
    <T>(method: PlatformMethod, result: Result<T>) =>
    async (request: unknown): Promise<Result<T>> => {
      calls.push({ method, request });
      return result;
    };
  const implementation: PlatformMainApi = {
    getAppInfo: record('getAppInfo', ok(appInfo)),
    openFile: record('openFile', ok(null)),
    saveFile: record('saveFile', ok(null)),
    listRemovableDrives: record('listRemovableDrives', ok([])),
    chooseFolder: record('chooseFolder', ok(null)),
    writeFileToDrive: record('writeFileToDrive', fail('drive-not-available')),
    printToPdf: record('printToPdf', ok(null)),
    keystoreKey: record('keystoreKey', ok(null)),
    ...overrides,
  };
  const ipc = new InMemoryIpc();
  registerPlatformHandlers(ipc, implementation);
  return { ipc, calls };
}

describe('registerPlatformHandlers', () => {
  it('registers one channel per contract method', () => {
    const { ipc } = setUp();
    expect([...ipc.listeners.keys()].sort()).toEqual(platformMethodNames.map(ipcChannel).sort());
    expect(ipc.listeners.has('platform:write-file-to-drive')).toBe(true);
  });

  it('passes a valid request from the app main frame to the implementation and returns its result', async () => {
    const { ipc, calls } = setUp();
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(ipc.invoke(mainFrame, ipcChannel('getAppInfo'), {})).resolves.toEqual(ok(appInfo));
    await expect(
      ipc.invoke(mainFrame, ipcChannel('writeFileToDrive'), { driveId: '/media/usb', fileName: 'ho-so.scb', bytes }),
    ).resolves.toEqual(fail('drive-not-available'));
    expect(calls).toEqual([
      { method: 'getAppInfo', request: {} },
      { method: 'writeFileToDrive', request: { driveId: '/media/usb', fileName: 'ho-so.scb', bytes } },
    ]);
  });

  it.each<[string, InvokeEvent]>([
    ['a foreign page', { senderFrame: { url: 'https://dangcongsan.vn/', parent: null } }],
    ['a lookalike origin', { senderFrame: { url: 'app://soc.evil/index.html', parent: null } }],
    ['an iframe of the app', { senderFrame: { url: 'app://soc/index.html', parent: {} } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses %s without calling the implementation', async (_name, event) => {
    const { ipc, calls } = setUp();
    const result = await ipc.invoke(event, ipcChannel('listRemovableDrives'), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(calls).toEqual([]);
  });

  it.each<[string, PlatformMethod, unknown[], string | undefined]>([
    ['an unexpected field', 'getAppInfo', [{ extra: true }], undefined],
    ['no argument', 'getAppInfo', [], undefined],
    ['two arguments', 'chooseFolder', [{ title: 'Chọn thư mục' }, { title: 'thêm' }], undefined],
    ['a traversal file name', 'writeFileToDrive', [{ driveId: '/media/usb', fileName: '../../.bashrc', bytes: new Uint8Array() }], 'Tên tệp chứa ký tự không được phép'],
    ['bytes that are not bytes', 'saveFile', [{ suggestedName: 'a.pdf', bytes: [1, 2], extensions: ['pdf'] }], 'Dữ liệu tệp phải là một dãy byte'],
    ['a wrong type', 'openFile', [{ title: 42, extensions: [] }], undefined],
    ['null', 'printToPdf', [null], undefined],
  ])('refuses %s without calling the implementation', async (_name, method, args, detail) => {
    const { ipc, calls } = setUp();
    const result = await ipc.invoke(mainFrame, ipcChannel(method), ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (detail !== undefined) expect(result).toEqual(fail('invalid-request', detail));
    expect(calls).toEqual([]);
  });

  it('turns an exception in the implementation into an internal failure', async () => {
    const { ipc } = setUp({
      listRemovableDrives: async () => {
        throw new Error('lsblk bị treo');
      },
    });
    await expect(ipc.invoke(mainFrame, ipcChannel('listRemovableDrives'), {})).resolves.toEqual(fail('internal', 'lsblk bị treo'));
  });
});
