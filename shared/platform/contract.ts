/**
 * The one contract between the renderer and the machine it runs on.
 * The Electron preload and the browser implementation both satisfy `PlatformApi`;
 * the main process parses every request with these schemas before acting on it.
 */
import { z } from 'zod';
import type { Result } from '../result';

export { bridgeGlobalName, ipcChannel } from './channels';

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: 'Dữ liệu tệp phải là một dãy byte',
});

/** A bare file name: no folders, no traversal, nothing Windows refuses on a FAT32 stick. */
export const safeFileName = z
  .string()
  .min(1, 'Tên tệp không được để trống')
  .max(200, 'Tên tệp quá dài (tối đa 200 ký tự)')
  .refine((name) => !/[<>:"/\\|?*\u0000-\u001f]/.test(name), 'Tên tệp chứa ký tự không được phép')
  .refine((name) => name !== '.' && name !== '..' && !name.endsWith('.') && !name.endsWith(' '), 'Tên tệp không hợp lệ')
  .refine((name) => !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(name), 'Tên tệp trùng với tên thiết bị của Windows');

const extension = z.string().regex(/^[a-z0-9]{1,10}$/, 'Phần mở rộng tệp không hợp lệ');

export const appInfo = z.object({
  version: z.string(),
  runtime: z.enum(['electron', 'web']),
  dataFolder: z.string(),
  capabilities: z.object({
    /** The OS can tell us which removable drives are plugged in. */
    listDrives: z.boolean(),
    /** The user can pick a folder and we can write into it directly. */
    chooseFolder: z.boolean(),
  }),
});
export type AppInfo = z.infer<typeof appInfo>;

export const drive = z.object({
  /** Opaque handle the implementation understands; the renderer passes it back unchanged. */
  id: z.string().min(1),
  label: z.string(),
  mountPath: z.string(),
  freeBytes: z.number().nonnegative().nullable(),
  totalBytes: z.number().nonnegative().nullable(),
  fileSystem: z.string().nullable(),
});
export type Drive = z.infer<typeof drive>;

export const openedFile = z.object({ name: z.string(), bytes });
export type OpenedFile = z.infer<typeof openedFile>;

export const savedFile = z.object({ location: z.string() });
export type SavedFile = z.infer<typeof savedFile>;

export const writtenFile = z.object({
  location: z.string(),
  bytesWritten: z.number().int().nonnegative(),
  /** Hex SHA-256 of what was read back from the drive after the write. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type WrittenFile = z.infer<typeof writtenFile>;

const none = z.object({}).strict();

/** The OS keystore's key-encryption key for the office's private keys; null where the OS has no keystore. */
export const keystoreKey = z.object({ key: bytes.refine((value) => value.byteLength === 32, 'Khóa phải dài 32 byte'), backend: z.string().min(1) }).nullable();
export type KeystoreKeyResponse = z.infer<typeof keystoreKey>;

/** Every method: its request schema and its result schema. Adding a method here forces both implementations to follow. */
export const platformMethods = {
  getAppInfo: { request: none, response: appInfo },
  openFile: {
    request: z.object({ title: z.string().max(200), extensions: z.array(extension).max(10) }).strict(),
    response: openedFile.nullable(),
  },
  saveFile: {
    request: z.object({ suggestedName: safeFileName, bytes, extensions: z.array(extension).max(10) }).strict(),
    response: savedFile.nullable(),
  },
  listRemovableDrives: { request: none, response: z.array(drive) },
  chooseFolder: { request: z.object({ title: z.string().max(200) }).strict(), response: drive.nullable() },
  writeFileToDrive: {
    request: z.object({ driveId: z.string().min(1).max(4096), fileName: safeFileName, bytes }).strict(),
    response: writtenFile,
  },
  printToPdf: { request: z.object({ suggestedName: safeFileName }).strict(), response: savedFile.nullable() },
  keystoreKey: { request: none, response: keystoreKey },
} as const;

export type PlatformMethod = keyof typeof platformMethods;
export type PlatformRequest<M extends PlatformMethod> = z.input<(typeof platformMethods)[M]['request']>;
export type PlatformResponse<M extends PlatformMethod> = z.output<(typeof platformMethods)[M]['response']>;

export type PlatformApi = {
  readonly [M in PlatformMethod]: (request: PlatformRequest<M>) => Promise<Result<PlatformResponse<M>>>;
};

export const platformMethodNames = Object.keys(platformMethods) as PlatformMethod[];

/** Error codes the platform may return; each has a message in the renderer catalogs. */
export const platformErrorCodes = [
  'invalid-request',
  'untrusted-sender',
  'drive-not-available',
  'write-failed',
  'verify-failed',
  'read-failed',
  'not-supported',
  'keystore-failed',
  'internal',
] as const;
export type PlatformErrorCode = (typeof platformErrorCodes)[number];
