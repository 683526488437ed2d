import { createHash } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically, type AtomicWriteFs, type WritableFileHandle } from './atomic-write';

const realFs: AtomicWriteFs = fsPromises;

const errno = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });

/** A real file handle that accepts `capacity` bytes and then fails like a full USB stick. */
function diskFullAfter(handle: WritableFileHandle, capacity: number): WritableFileHandle {
  let written = 0;
  return {
    async write(buffer, offset, length, position) {
      const room = capacity - written;
      if (room <= 0) throw errno('ENOSPC', 'no space left on device, write');
      const result = await handle.write(buffer, offset, Math.min(length, room), position);
      written += result.bytesWritten;
      return result;
    },
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
}

/** A real file handle that writes at most `chunk` bytes per call, as the OS may. */
function shortWrites(handle: WritableFileHandle, chunk: number): WritableFileHandle {
  return {
    write: (buffer, offset, length, position) => handle.write(buffer, offset, Math.min(length, chunk), position),
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
}

let directory: string;
const bytesOf = (text: string) => new TextEncoder().encode(text);
const oldContent = bytesOf('hồ sơ cũ — phiên bản 1');
const newContent = new Uint8Array(64 * 1024).map((_, index) => (index * 31) % 251);

beforeEach(async () => {
  directory = await fsPromises.mkdtemp(path.join(os.tmpdir(), 'so-can-bo-atomic-'));
  await fsPromises.writeFile(path.join(directory, 'ho-so.scb'), oldContent);
});

afterEach(async () => {
  await fsPromises.rm(directory, { recursive: true, force: true });
});

async function expectOnlyOldFile() {
  expect(await fsPromises.readdir(directory)).toEqual(['ho-so.scb']);
  expect(new Uint8Array(await fsPromises.readFile(path.join(directory, 'ho-so.scb')))).toEqual(oldContent);
}

describe('writeFileAtomically', () => {
  it('replaces the target with exactly the new bytes and reports their SHA-256', async () => {
    const result = await writeFileAtomically(realFs, directory, 'ho-so.scb', newContent);
    expect(result).toEqual({
      ok: true,
      value: {
        location: path.join(directory, 'ho-so.scb'),
        bytesWritten: newContent.byteLength,
        sha256: createHash('sha256').update(newContent).digest('hex'),
      },
    });
    expect(new Uint8Array(await fsPromises.readFile(path.join(directory, 'ho-so.scb')))).toEqual(newContent);
    expect(await fsPromises.readdir(directory)).toEqual(['ho-so.scb']);
  });

  it('creates a new file and writes an empty one', async () => {
    expect((await writeFileAtomically(realFs, directory, 'moi.scb', newContent)).ok).toBe(true);
    const empty = await writeFileAtomically(realFs, directory, 'rong.txt', new Uint8Array());
    expect(empty).toMatchObject({ ok: true, value: { bytesWritten: 0, sha256: createHash('sha256').digest('hex') } });
    expect((await fsPromises.readdir(directory)).sort()).toEqual(['ho-so.scb', 'moi.scb', 'rong.txt']);
  });

  it('keeps writing after short writes until every byte is on disk', async () => {
    const fsApi: AtomicWriteFs = { ...realFs, open: async (p, flags) => shortWrites(await realFs.open(p, flags), 1000) };
    expect((await writeFileAtomically(fsApi, directory, 'ho-so.scb', newContent)).ok).toBe(true);
    expect(new Uint8Array(await fsPromises.readFile(path.join(directory, 'ho-so.scb')))).toEqual(newContent);
  });

  it('leaves the old file intact and no temporary file when the disk fills up mid-write', async () => {
    const fsApi: AtomicWriteFs = {
      ...realFs,
      open: async (p, flags) => diskFullAfter(await realFs.open(p, flags), 10_000),
    };
    const result = await writeFileAtomically(fsApi, directory, 'ho-so.scb', newContent);
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(!result.ok && result.error.detail).toContain('ENOSPC');
    await expectOnlyOldFile();
  });

  it('refuses a write whose read-back differs from the source and removes the temporary file', async () => {
    const fsApi: AtomicWriteFs = {
      ...realFs,
      async readFile(p) {
        const stored = new Uint8Array(await realFs.readFile(p));
        stored[stored.length - 1] = (stored[stored.length - 1] ?? 0) ^ 0xff;
        return stored;
      },
    };
    const result = await writeFileAtomically(fsApi, directory, 'ho-so.scb', newContent);
    expect(result).toMatchObject({ ok: false, error: { code: 'verify-failed' } });
    await expectOnlyOldFile();
  });

  it('leaves the old file intact when fsync or the rename fails', async () => {
    const failingSync: AtomicWriteFs = {
      ...realFs,
      async open(p, flags) {
        const handle = await realFs.open(p, flags);
        return { write: handle.write.bind(handle), close: () => handle.close(), sync: () => Promise.reject(errno('EIO', 'i/o error, fsync')) };
      },
    };
    expect(await writeFileAtomically(failingSync, directory, 'ho-so.scb', newContent)).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    await expectOnlyOldFile();

    const failingRename: AtomicWriteFs = { ...realFs, rename: () => Promise.reject(errno('EXDEV', 'cross-device link')) };
    expect(await writeFileAtomically(failingRename, directory, 'ho-so.scb', newContent)).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    await expectOnlyOldFile();
  });

  it('fails when the target folder is gone, without throwing', async () => {
    const result = await writeFileAtomically(realFs, path.join(directory, 'khong-co'), 'ho-so.scb', newContent);
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
  });

  it('never overwrites a file already sitting under the temporary name pattern', async () => {
    const opened: Array<{ path: string; flags: string }> = [];
    const fsApi: AtomicWriteFs = { ...realFs, open: (p, flags) => (opened.push({ path: p, flags }), realFs.open(p, flags)) };
    await writeFileAtomically(fsApi, directory, 'ho-so.scb', newContent);
    expect(opened[0]?.flags).toBe('wx');
    expect(path.dirname(opened[0]?.path ?? '')).toBe(directory);
    expect(path.basename(opened[0]?.path ?? '')).toMatch(/^\.ho-so\.scb\.[0-9a-f]{12}\.tmp$/);
  });

  it('syncs the directory, tolerating systems that cannot, but reports other directory errors', async () => {
    const directoryOpen = (failure: Error): AtomicWriteFs => ({
      ...realFs,
      open: (p, flags) => (p === directory ? Promise.reject(failure) : realFs.open(p, flags)),
    });
    for (const code of ['EISDIR', 'EPERM', 'EINVAL']) {
      expect((await writeFileAtomically(directoryOpen(errno(code, 'directory')), directory, 'ho-so.scb', newContent)).ok).toBe(true);
    }
    const result = await writeFileAtomically(directoryOpen(errno('EIO', 'directory')), directory, 'ho-so.scb', newContent);
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });

    const synced: string[] = [];
    const recording: AtomicWriteFs = {
      ...realFs,
      async open(p, flags) {
        const handle = await realFs.open(p, flags);
        return { write: handle.write.bind(handle), close: () => handle.close(), sync: () => (synced.push(p), handle.sync()) };
      },
    };
    expect((await writeFileAtomically(recording, directory, 'ho-so.scb', newContent)).ok).toBe(true);
    expect(synced.at(-1)).toBe(directory);
    expect(synced).toHaveLength(2);
  });
});
