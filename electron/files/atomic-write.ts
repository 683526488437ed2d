/**
 * Writes a file so that the target is either the old file or the complete, verified new one:
 * a USB stick pulled out mid-write must never leave a half-written dossier under the real name.
 */
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import type { WrittenFile } from '../../shared/platform/contract';
import { describeUnknownError, fail, ok, type Result } from '../../shared/result';
import { errnoCode } from '../system/errno';

export interface WritableFileHandle {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The subset of `node:fs/promises` the write needs, injected so tests can make the disk fail. */
export interface AtomicWriteFs {
  open(filePath: string, flags: string): Promise<WritableFileHandle>;
  readFile(filePath: string): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
}

/** Windows cannot open or fsync a directory; there the rename is as durable as it gets. */
const unsyncableDirectoryCodes = new Set(['EISDIR', 'EPERM', 'EINVAL']);

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function writeFileAtomically(
  fsApi: AtomicWriteFs,
  directory: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<Result<WrittenFile>> {
  const targetPath = path.join(directory, fileName);
  // Same directory as the target, so the final rename never crosses file systems.
  const tempPath = path.join(directory, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`);
  const expectedSha256 = sha256Hex(bytes);
  try {
    await writeAndSync(fsApi, tempPath, bytes);
    const readBackSha256 = sha256Hex(await fsApi.readFile(tempPath));
    if (readBackSha256 !== expectedSha256) {
      await removeQuietly(fsApi, tempPath);
      return fail('verify-failed', `${targetPath}: SHA-256 đọc lại ${readBackSha256} khác dữ liệu gốc ${expectedSha256}`);
    }
    await fsApi.rename(tempPath, targetPath);
  } catch (cause) {
    await removeQuietly(fsApi, tempPath);
    return fail('write-failed', `${targetPath}: ${describeUnknownError(cause)}`);
  }
  try {
    await syncDirectory(fsApi, directory);
  } catch (cause) {
    return fail('write-failed', `${directory}: không đồng bộ được thư mục: ${describeUnknownError(cause)}`);
  }
  return ok({ location: targetPath, bytesWritten: bytes.byteLength, sha256: expectedSha256 });
}

async function writeAndSync(fsApi: AtomicWriteFs, tempPath: string, bytes: Uint8Array): Promise<void> {
  // `wx`: never reuse or follow an existing file under the temporary name.
  const handle = await fsApi.open(tempPath, 'wx');
  try {
    let offset = 0;
    while (offset < bytes.byteLength) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, offset);
      if (bytesWritten <= 0) throw new Error(`Ổ đĩa không nhận thêm dữ liệu sau ${offset} byte`);
      offset += bytesWritten;
    }
    await handle.sync();
  } catch (cause) {
    await handle.close().catch(() => undefined);
    throw cause;
  }
  // Outside the try: a failing close can report a deferred write error and must fail the write.
  await handle.close();
}

/** Makes the rename itself survive a power cut, where the OS lets us. */
async function syncDirectory(fsApi: AtomicWriteFs, directory: string): Promise<void> {
  let handle: WritableFileHandle;
  try {
    handle = await fsApi.open(directory, 'r');
  } catch (cause) {
    if (unsyncableDirectoryCodes.has(errnoCode(cause) ?? '')) return;
    throw cause;
  }
  try {
    await handle.sync();
  } catch (cause) {
    if (!unsyncableDirectoryCodes.has(errnoCode(cause) ?? '')) throw cause;
  } finally {
    await handle.close();
  }
}

async function removeQuietly(fsApi: AtomicWriteFs, filePath: string): Promise<void> {
  await fsApi.unlink(filePath).catch(() => undefined);
}
