/**
 * What each platform call does in the main process. Requests arrive already checked by
 * `registerPlatformHandlers`; this module decides what may be touched on disk.
 */
import path from 'node:path';
import type { Drive } from '../shared/platform/contract';
import { describeUnknownError, fail, ok, type Result } from '../shared/result';
import type { FileSystemSpace } from './drives/list-drives';
import { writeFileAtomically, type AtomicWriteFs } from './files/atomic-write';
import type { PlatformMainApi } from './ipc/platform-handlers';
import type { KeystoreKey } from './security/os-keystore';

export interface FileFilter {
  readonly name: string;
  readonly extensions: string[];
}

/** The fields of Electron's dialog options we use; Electron's `dialog` accepts them as they are. */
export interface OpenDialogOptions {
  readonly title: string;
  readonly filters?: FileFilter[];
  readonly properties: Array<'openFile' | 'openDirectory' | 'createDirectory'>;
}

export interface SaveDialogOptions {
  readonly title: string;
  readonly defaultPath: string;
  readonly filters?: FileFilter[];
}

export interface PlatformDialogs {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface PlatformMainFs extends AtomicWriteFs {
  statfs(folder: string): Promise<FileSystemSpace>;
}

export interface PlatformMainDependencies {
  readonly appVersion: string;
  readonly dataFolder: string;
  readonly dialogs: PlatformDialogs;
  readonly fs: PlatformMainFs;
  readonly listDrives: () => Promise<Result<Drive[]>>;
  /** Renders the current page; called only after the user has chosen where the PDF goes. */
  readonly printToPdf: () => Promise<Uint8Array>;
  readonly keystoreKey: () => Promise<Result<KeystoreKey | null>>;
}

export const dialogTitles = {
  openFile: 'Mở tệp',
  saveFile: 'Lưu tệp',
  chooseFolder: 'Chọn thư mục để ghi tệp',
  printToPdf: 'Lưu bản in PDF',
} as const;

const supportedFiles = (extensions: readonly string[]): FileFilter[] | undefined =>
  extensions.length === 0 ? undefined : [{ name: 'Tệp được hỗ trợ', extensions: [...extensions] }];

export function createPlatformMain(dependencies: PlatformMainDependencies): PlatformMainApi {
  const { dialogs, fs } = dependencies;
  // The renderer may only write where the OS or the user put it: drives we listed, folders the user picked.
  // Drives are replaced by each listing, so an unplugged stick stops being writable.
  let listedDrives = new Set<string>();
  const chosenFolders = new Set<string>();

  return {
    getAppInfo: async () =>
      ok({
        version: dependencies.appVersion,
        runtime: 'electron',
        dataFolder: dependencies.dataFolder,
        capabilities: { listDrives: true, chooseFolder: true },
      }),

    openFile: async ({ title, extensions }) => {
      const choice = await dialogs.showOpenDialog({
        title: title || dialogTitles.openFile,
        filters: supportedFiles(extensions),
        properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return ok(null);
      try {
        return ok({ name: path.basename(filePath), bytes: await fs.readFile(filePath) });
      } catch (cause) {
        return fail('read-failed', `${filePath}: ${describeUnknownError(cause)}`);
      }
    },

    saveFile: async ({ suggestedName, bytes, extensions }) => {
      const target = await askSavePath(dialogs, {
        title: dialogTitles.saveFile,
        defaultPath: suggestedName,
        filters: supportedFiles(extensions),
      });
      if (target === null) return ok(null);
      return savedAt(await writeFileAtomically(fs, path.dirname(target), path.basename(target), bytes));
    },

    listRemovableDrives: async () => {
      const drives = await dependencies.listDrives();
      if (drives.ok) listedDrives = new Set(drives.value.map((drive) => drive.id));
      return drives;
    },

    chooseFolder: async ({ title }) => {
      const choice = await dialogs.showOpenDialog({
        title: title || dialogTitles.chooseFolder,
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = choice.filePaths[0];
      if (choice.canceled || folder === undefined) return ok(null);
      chosenFolders.add(folder);
      const space = await fs.statfs(folder).catch(() => null);
      return ok({
        id: folder,
        label: path.basename(folder) || folder,
        mountPath: folder,
        freeBytes: space === null ? null : space.bavail * space.bsize,
        totalBytes: space === null ? null : space.blocks * space.bsize,
        fileSystem: null,
      });
    },

    writeFileToDrive: async ({ driveId, fileName, bytes }) => {
      if (!listedDrives.has(driveId) && !chosenFolders.has(driveId)) {
        return fail('drive-not-available', `Ổ đĩa hoặc thư mục chưa được chọn trong phiên này: ${driveId}`);
      }
      return writeFileAtomically(fs, driveId, fileName, bytes);
    },

    printToPdf: async ({ suggestedName }) => {
      const target = await askSavePath(dialogs, {
        title: dialogTitles.printToPdf,
        defaultPath: suggestedName,
        filters: [{ name: 'Tài liệu PDF', extensions: ['pdf'] }],
      });
      if (target === null) return ok(null);
      const pdf = await dependencies.printToPdf();
      return savedAt(await writeFileAtomically(fs, path.dirname(target), path.basename(target), pdf));
    },

    keystoreKey: () => dependencies.keystoreKey(),
  };
}

/** The chosen path, or `null` when the user cancelled. */
async function askSavePath(dialogs: PlatformDialogs, options: SaveDialogOptions): Promise<string | null> {
  const choice = await dialogs.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

function savedAt(written: Result<{ readonly location: string }>): Result<{ location: string }> {
  return written.ok ? ok({ location: written.value.location }) : written;
}
