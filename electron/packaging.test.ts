import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '..');
const readJson = async (relativePath: string): Promise<unknown> => JSON.parse(await readFile(path.join(projectRoot, relativePath), 'utf8'));

/** electron-builder's own check, run exactly as `electron-builder --config` runs it (it coerces types, hence the copy). */
async function validate(config: unknown): Promise<void> {
  // The validator accepts any JSON and is the judge of its shape.
  await validateConfiguration(structuredClone(config) as Parameters<typeof validateConfiguration>[0], new DebugLogger(false));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('build/electron-builder.json', () => {
  // Loading electron-builder's validator takes seconds, more on a busy machine: a test timeout, not a speed check.
  it('passes electron-builder’s schema validation', { timeout: 60_000 }, async () => {
    await expect(validate(await readJson('build/electron-builder.json'))).resolves.toBeUndefined();
  });

  it('is checked by a validator that rejects a misspelled option', async () => {
    const config = (await readJson('build/electron-builder.json')) as Record<string, unknown>;
    await expect(validate({ ...config, nsis: { oneClik: false } })).rejects.toThrow(/nsis/);
    await expect(validate({ ...config, electronFuses: { runAsNodes: false } })).rejects.toThrow(/electronFuses/);
  });

  it('builds an NSIS x64 installer for Windows with a per-user, Vietnamese, non-one-click install', async () => {
    expect(await readJson('build/electron-builder.json')).toMatchObject({
      appId: 'vn.socanbo.app',
      productName: 'Sổ Cán Bộ',
      directories: { output: 'release', buildResources: 'build' },
      asar: true,
      win: { target: [{ target: 'nsis', arch: ['x64'] }], icon: 'build/icon.png' },
      nsis: {
        oneClick: false,
        allowToChangeInstallationDirectory: true,
        perMachine: false,
        installerLanguages: ['vi_VN'],
        language: '1066',
        shortcutName: 'Sổ Cán Bộ',
        deleteAppDataOnUninstall: false,
      },
    });
  });

  it('builds AppImage and deb for x64 Linux', async () => {
    expect(await readJson('build/electron-builder.json')).toMatchObject({
      linux: {
        target: [
          { target: 'AppImage', arch: ['x64'] },
          { target: 'deb', arch: ['x64'] },
        ],
        category: 'Office',
        icon: 'build/icon.png',
        maintainer: expect.stringMatching(/^.+ <[^@\s]+@[^@\s]+>$/),
      },
    });
  });

  it('burns in the hardening fuses', async () => {
    expect(await readJson('build/electron-builder.json')).toMatchObject({
      electronFuses: {
        runAsNode: false,
        enableCookieEncryption: true,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        loadBrowserProcessSpecificV8Snapshot: false,
        grantFileProtocolExtraPrivileges: false,
      },
    });
  });

  it('packs the built app, including the entry point package.json names', async () => {
    const config = await readJson('build/electron-builder.json');
    expect(config).toMatchObject({ files: expect.arrayContaining(['dist/**/*', 'package.json']) });
    expect(await readJson('package.json')).toMatchObject({ main: expect.stringMatching(/^dist\/electron\/.+\.cjs$/) });
  });

  it('has an icon of at least 256x256 pixels', async () => {
    const { width, height } = pngSize(new Uint8Array(await readFile(path.join(projectRoot, 'build', 'icon.png'))));
    expect(width).toBeGreaterThanOrEqual(256);
    expect(height).toBe(width);
  });
});
