/**
 * The platform contract in an ordinary browser. Drives cannot be listed from a web page,
 * so the user picks a folder (File System Access API) and the browser's downloads stand in as a drive.
 */
import type { Drive, PlatformApi } from '../../shared/platform/contract';
import { fail, ok, describeUnknownError } from '../../shared/result';
import { sha256Hex } from '../../shared/hash';

interface WritableFileStream {
  write(data: BufferSource): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
interface WebFileHandle {
  getFile(): Promise<File>;
  createWritable(): Promise<WritableFileStream>;
}
interface WebDirectoryHandle {
  readonly name: string;
  getFileHandle(name: string, options: { create: boolean }): Promise<WebFileHandle>;
}
interface FileSystemAccess {
  showDirectoryPicker?: (options: { mode: 'readwrite'; id?: string }) => Promise<WebDirectoryHandle>;
  showSaveFilePicker?: (options: { suggestedName: string }) => Promise<WebFileHandle>;
}

const downloadsDriveId = 'web:downloads';

function isAbort(cause: unknown): boolean {
  return cause instanceof DOMException && cause.name === 'AbortError';
}

function download(fileName: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // The click has started the download; the URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function pickFileWithInput(extensions: readonly string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((extension) => `.${extension}`).join(',');
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

export function createWebPlatform(fileSystem: FileSystemAccess = window as unknown as FileSystemAccess): PlatformApi {
  const pickedFolders = new Map<string, { drive: Drive; handle: WebDirectoryHandle }>();
  const downloadsDrive: Drive = {
    id: downloadsDriveId,
    label: 'Thư mục tải về của trình duyệt',
    mountPath: 'Tải về',
    freeBytes: null,
    totalBytes: null,
    fileSystem: null,
  };

  return {
    async getAppInfo() {
      return ok({
        version: __APP_VERSION__,
        runtime: 'web',
        dataFolder: `IndexedDB (${location.origin})`,
        capabilities: { listDrives: false, chooseFolder: typeof fileSystem.showDirectoryPicker === 'function' },
      });
    },

    async openFile({ extensions }) {
      const file = await pickFileWithInput(extensions);
      if (!file) return ok(null);
      return ok({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    },

    async saveFile({ suggestedName, bytes }) {
      if (!fileSystem.showSaveFilePicker) {
        download(suggestedName, bytes);
        return ok({ location: suggestedName });
      }
      try {
        const handle = await fileSystem.showSaveFilePicker({ suggestedName });
        const writable = await handle.createWritable();
        await writable.write(bytes as BufferSource);
        await writable.close();
        return ok({ location: (await handle.getFile()).name });
      } catch (cause) {
        if (isAbort(cause)) return ok(null);
        return fail('write-failed', describeUnknownError(cause));
      }
    },

    async listRemovableDrives() {
      return ok([...[...pickedFolders.values()].map((folder) => folder.drive), downloadsDrive]);
    },

    async chooseFolder() {
      if (!fileSystem.showDirectoryPicker) return fail('not-supported');
      try {
        const handle = await fileSystem.showDirectoryPicker({ mode: 'readwrite', id: 'so-can-bo-drive' });
        const drive: Drive = { id: `web:folder:${pickedFolders.size + 1}`, label: handle.name, mountPath: handle.name, freeBytes: null, totalBytes: null, fileSystem: null };
        pickedFolders.set(drive.id, { drive, handle });
        return ok(drive);
      } catch (cause) {
        if (isAbort(cause)) return ok(null);
        return fail('drive-not-available', describeUnknownError(cause));
      }
    },

    async writeFileToDrive({ driveId, fileName, bytes }) {
      const expected = await sha256Hex(bytes);
      if (driveId === downloadsDriveId) {
        download(fileName, bytes);
        return ok({ location: `${downloadsDrive.mountPath}/${fileName}`, bytesWritten: bytes.byteLength, sha256: expected });
      }
      const folder = pickedFolders.get(driveId);
      if (!folder) return fail('drive-not-available', driveId);
      let writable: WritableFileStream | undefined;
      try {
        const handle = await folder.handle.getFileHandle(fileName, { create: true });
        // The browser writes to a swap file and replaces the target only on close: the old file survives a failure.
        writable = await handle.createWritable();
        await writable.write(bytes as BufferSource);
        await writable.close();
        writable = undefined;
        const readBack = new Uint8Array(await (await handle.getFile()).arrayBuffer());
        const actual = await sha256Hex(readBack);
        if (actual !== expected) return fail('verify-failed', `${expected} ≠ ${actual}`);
        return ok({ location: `${folder.drive.mountPath}/${fileName}`, bytesWritten: readBack.byteLength, sha256: actual });
      } catch (cause) {
        await writable?.abort().catch(() => undefined);
        return fail('write-failed', describeUnknownError(cause));
      }
    },

    async printToPdf() {
      // The browser's own print dialog offers "Save as PDF"; where the file goes is the user's choice there.
      window.print();
      return ok(null);
    },

    async keystoreKey() {
      // A web page cannot reach the OS keystore: the office's keys stay non-extractable in this browser profile.
      return ok(null);
    },
  };
}
