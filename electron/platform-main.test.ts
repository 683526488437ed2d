import { createHash } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Drive } from '../shared/platform/contract';
import { fail, ok, type Result } from '../shared/result';
import {
  createPlatformMain,
  dialogTitles,
  type OpenDialogOptions,
  type PlatformDialogs,
  type PlatformMainFs,
  type SaveDialogOptions,
} from './platform-main';

/** The user at the dialogs: answers queued by the test, questions recorded. */
class ScriptedUser implements PlatformDialogs {
  readonly openQuestions: OpenDialogOptions[] = [];
  readonly saveQuestions: SaveDialogOptions[] = [];
  readonly openAnswers: Array<string | null> = [];
  readonly saveAnswers: Array<string | null> = [];

  async showOpenDialog(options: OpenDialogOptions) {
    this.openQuestions.push(options);
    const answer = this.openAnswers.shift() ?? null;
    return answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] };
  }

  async showSaveDialog(options: SaveDialogOptions) {
    this.saveQuestions.push(options);
    const answer = this.saveAnswers.shift() ?? null;
    return answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer };
  }
}

const realFs: PlatformMainFs = fsPromises;
const bytes = new TextEncoder().encode('Danh sách đảng viên chi bộ 3');
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

let root: string;
let stick: string;
let user: ScriptedUser;
let drives: Result<Drive[]>;
let printed: number;

function platform() {
  return createPlatformMain({
    appVersion: '0.1.0',
    dataFolder: path.join(root, 'userData'),
    dialogs: user,
    fs: realFs,
    listDrives: async () => drives,
    printToPdf: async () => {
      printed += 1;
      return new TextEncoder().encode('%PDF-1.7 bản in');
    },
    keystoreKey: async () => ok(null),
  });
}

const usbDrive = (mountPath: string): Drive => ({
  id: mountPath,
  label: 'CHI BO 3',
  mountPath,
  freeBytes: 1_000_000,
  totalBytes: 8_000_000,
  fileSystem: 'vfat',
});

beforeEach(async () => {
  root = await fsPromises.mkdtemp(path.join(os.tmpdir(), 'so-can-bo-platform-'));
  stick = path.join(root, 'media', 'CHI BO 3');
  await fsPromises.mkdir(stick, { recursive: true });
  user = new ScriptedUser();
  drives = ok([usbDrive(stick)]);
  printed = 0;
});

afterEach(async () => {
  await fsPromises.rm(root, { recursive: true, force: true });
});

describe('createPlatformMain', () => {
  it('describes the Electron runtime', async () => {
    expect(await platform().getAppInfo({})).toEqual(
      ok({
        version: '0.1.0',
        runtime: 'electron',
        dataFolder: path.join(root, 'userData'),
        capabilities: { listDrives: true, chooseFolder: true },
      }),
    );
  });

  describe('writeFileToDrive', () => {
    it('writes to a drive it listed and verifies the bytes', async () => {
      const api = platform();
      expect(await api.listRemovableDrives({})).toEqual(drives);
      const result = await api.writeFileToDrive({ driveId: stick, fileName: 'ho-so.scb', bytes });
      expect(result).toEqual(ok({ location: path.join(stick, 'ho-so.scb'), bytesWritten: bytes.byteLength, sha256: sha256(bytes) }));
      expect(new Uint8Array(await fsPromises.readFile(path.join(stick, 'ho-so.scb')))).toEqual(bytes);
    });

    it('refuses a drive it never listed, even a real folder', async () => {
      const api = platform();
      const elsewhere = path.join(root, 'userData');
      await fsPromises.mkdir(elsewhere);
      expect(await api.writeFileToDrive({ driveId: stick, fileName: 'ho-so.scb', bytes })).toMatchObject({
        ok: false,
        error: { code: 'drive-not-available' },
      });
      await api.listRemovableDrives({});
      expect(await api.writeFileToDrive({ driveId: elsewhere, fileName: 'ho-so.scb', bytes })).toMatchObject({
        ok: false,
        error: { code: 'drive-not-available' },
      });
      expect(await fsPromises.readdir(stick)).toEqual([]);
      expect(await fsPromises.readdir(elsewhere)).toEqual([]);
    });

    it('refuses a path that merely starts with a listed drive', async () => {
      const api = platform();
      await api.listRemovableDrives({});
      const result = await api.writeFileToDrive({ driveId: path.join(stick, '..'), fileName: 'ho-so.scb', bytes });
      expect(result).toMatchObject({ ok: false, error: { code: 'drive-not-available' } });
    });

    it('forgets a drive that is no longer listed', async () => {
      const api = platform();
      await api.listRemovableDrives({});
      drives = ok([]);
      await api.listRemovableDrives({});
      expect(await api.writeFileToDrive({ driveId: stick, fileName: 'ho-so.scb', bytes })).toMatchObject({
        ok: false,
        error: { code: 'drive-not-available' },
      });
    });

    it('passes a listing failure through and grants nothing', async () => {
      const api = platform();
      drives = fail('read-failed', 'lsblk: hỏng');
      expect(await api.listRemovableDrives({})).toEqual(drives);
      expect(await api.writeFileToDrive({ driveId: stick, fileName: 'ho-so.scb', bytes })).toMatchObject({
        ok: false,
        error: { code: 'drive-not-available' },
      });
    });

    it('writes to a folder the user picked', async () => {
      const api = platform();
      const folder = path.join(root, 'Tài liệu', 'Gửi huyện ủy');
      await fsPromises.mkdir(folder, { recursive: true });
      user.openAnswers.push(folder);
      const chosen = await api.chooseFolder({ title: '' });
      expect(chosen).toMatchObject({ ok: true, value: { id: folder, label: 'Gửi huyện ủy', mountPath: folder, fileSystem: null } });
      expect(chosen.ok && chosen.value?.freeBytes).toBeGreaterThan(0);
      expect(user.openQuestions).toEqual([{ title: dialogTitles.chooseFolder, properties: ['openDirectory', 'createDirectory'] }]);
      expect(await api.writeFileToDrive({ driveId: folder, fileName: 'bao-cao.pdf', bytes })).toMatchObject({ ok: true });
      expect(await fsPromises.readdir(folder)).toEqual(['bao-cao.pdf']);
    });

    it('grants nothing when the user cancels the folder picker', async () => {
      const api = platform();
      expect(await api.chooseFolder({ title: 'Chọn nơi lưu' })).toEqual(ok(null));
      expect(user.openQuestions[0]?.title).toBe('Chọn nơi lưu');
      expect(await api.writeFileToDrive({ driveId: stick, fileName: 'ho-so.scb', bytes })).toMatchObject({
        ok: false,
        error: { code: 'drive-not-available' },
      });
    });
  });

  describe('openFile', () => {
    it('reads the file the user picked', async () => {
      const file = path.join(root, 'Hồ sơ nhận.scb');
      await fsPromises.writeFile(file, bytes);
      user.openAnswers.push(file);
      const result = await platform().openFile({ title: 'Nhận hồ sơ chuyển đến', extensions: ['scb'] });
      expect(result.ok && result.value?.name).toBe('Hồ sơ nhận.scb');
      expect(result.ok && new Uint8Array(result.value?.bytes ?? [])).toEqual(bytes);
      expect(user.openQuestions).toEqual([
        { title: 'Nhận hồ sơ chuyển đến', filters: [{ name: 'Tệp được hỗ trợ', extensions: ['scb'] }], properties: ['openFile'] },
      ]);
    });

    it('uses the Vietnamese default title, returns null on cancel and read-failed for an unreadable file', async () => {
      const api = platform();
      expect(await api.openFile({ title: '', extensions: [] })).toEqual(ok(null));
      expect(user.openQuestions[0]).toEqual({ title: dialogTitles.openFile, filters: undefined, properties: ['openFile'] });
      user.openAnswers.push(path.join(root, 'khong-con.scb'));
      expect(await api.openFile({ title: '', extensions: [] })).toMatchObject({ ok: false, error: { code: 'read-failed' } });
    });
  });

  describe('saveFile', () => {
    it('writes atomically where the user chose', async () => {
      const target = path.join(root, 'Xuất', 'danh-sach.xlsx');
      await fsPromises.mkdir(path.dirname(target));
      user.saveAnswers.push(target);
      expect(await platform().saveFile({ suggestedName: 'danh-sach.xlsx', bytes, extensions: ['xlsx'] })).toEqual(ok({ location: target }));
      expect(new Uint8Array(await fsPromises.readFile(target))).toEqual(bytes);
      expect(user.saveQuestions).toEqual([
        { title: dialogTitles.saveFile, defaultPath: 'danh-sach.xlsx', filters: [{ name: 'Tệp được hỗ trợ', extensions: ['xlsx'] }] },
      ]);
    });

    it('returns null on cancel and the write failure when the folder is gone', async () => {
      const api = platform();
      expect(await api.saveFile({ suggestedName: 'a.txt', bytes, extensions: [] })).toEqual(ok(null));
      user.saveAnswers.push(path.join(root, 'khong-co', 'a.txt'));
      expect(await api.saveFile({ suggestedName: 'a.txt', bytes, extensions: [] })).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    });
  });

  describe('printToPdf', () => {
    it('asks where to save first, then prints and writes the PDF', async () => {
      const target = path.join(root, 'so-yeu-ly-lich.pdf');
      user.saveAnswers.push(target);
      expect(await platform().printToPdf({ suggestedName: 'so-yeu-ly-lich.pdf' })).toEqual(ok({ location: target }));
      expect(await fsPromises.readFile(target, 'utf8')).toBe('%PDF-1.7 bản in');
      expect(user.saveQuestions).toEqual([
        { title: dialogTitles.printToPdf, defaultPath: 'so-yeu-ly-lich.pdf', filters: [{ name: 'Tài liệu PDF', extensions: ['pdf'] }] },
      ]);
    });

    it('does not print when the user cancels', async () => {
      expect(await platform().printToPdf({ suggestedName: 'a.pdf' })).toEqual(ok(null));
      expect(printed).toBe(0);
    });
  });
});
