import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import { APP_ORIGIN, START_URL, createAppProtocolHandler, isInsideRoot, mimeTypeFor, resolveAppRequest } from './app-protocol';

const root = path.resolve(os.tmpdir(), 'so-can-bo-renderer');

function servedFile(url: string, method = 'GET') {
  const resolution = resolveAppRequest(method, url, root);
  expect(resolution.kind).toBe('file');
  return resolution.kind === 'file' ? resolution : null;
}

describe('resolveAppRequest', () => {
  it('serves index.html for the start URL and the bare origin path', () => {
    expect(START_URL).toBe('app://soc/index.html');
    expect(servedFile(START_URL)).toEqual({
      kind: 'file',
      filePath: path.join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(servedFile(`${APP_ORIGIN}/`)?.filePath).toBe(path.join(root, 'index.html'));
  });

  it('serves built assets with their MIME type, ignoring query and fragment', () => {
    expect(servedFile('app://soc/assets/index-Bx1.js?v=3#top')).toMatchObject({
      filePath: path.join(root, 'assets', 'index-Bx1.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(servedFile('app://soc/assets/be-vietnam-pro-vietnamese-400-normal.woff2')?.mimeType).toBe('font/woff2');
    expect(servedFile('app://soc/assets/Logo.SVG')?.mimeType).toBe('image/svg+xml');
  });

  it('decodes percent-encoding once, so a file name with spaces works but %25 stays literal', () => {
    expect(servedFile('app://soc/assets/S%E1%BB%95%20tay.css')?.filePath).toBe(path.join(root, 'assets', 'Sổ tay.css'));
    expect(servedFile('app://soc/assets/%252e%252e.js')?.filePath).toBe(path.join(root, 'assets', '%2e%2e.js'));
  });

  it('answers SPA routes and folders without an extension with index.html', () => {
    expect(servedFile('app://soc/can-bo/123')?.filePath).toBe(path.join(root, 'index.html'));
    expect(servedFile('app://soc/assets/')?.filePath).toBe(path.join(root, 'index.html'));
  });

  it('gives unknown extensions a neutral MIME type', () => {
    expect(servedFile('app://soc/data/blob.xyz')?.mimeType).toBe('application/octet-stream');
    expect(mimeTypeFor('README')).toBe('application/octet-stream');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'get'])('refuses method %s with 405', (method) => {
    expect(resolveAppRequest(method, START_URL, root)).toEqual({ kind: 'refused', status: 405 });
  });

  it('accepts HEAD', () => {
    expect(servedFile(START_URL, 'HEAD')?.filePath).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://evil/index.html',
    'app://soc.evil/index.html',
    'app://soc:8080/index.html',
    'app://user@soc/index.html',
    'app://user:pass@soc/index.html',
    'app://SOC/index.html',
    'file:///etc/passwd',
    'https://soc/index.html',
    'app:soc/index.html',
    'app://soc',
  ])('refuses a request outside the app origin: %s', (url) => {
    expect(resolveAppRequest('GET', url, root)).toEqual({ kind: 'refused', status: 403 });
  });

  it.each([
    ['literal dot segments', 'app://soc/../../etc/passwd'],
    ['a dot segment that stays inside the root', 'app://soc/assets/../index.html'],
    ['a single-dot segment', 'app://soc/./index.html'],
    ['encoded dots', 'app://soc/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded upper-case dots', 'app://soc/%2E%2E/secret.txt'],
    ['encoded slashes', 'app://soc/..%2f..%2fetc%2fpasswd'],
    ['encoded slashes inside the root', 'app://soc/assets%2f..%2findex.html'],
    ['a backslash', 'app://soc/assets\\..\\index.html'],
    ['an encoded backslash', 'app://soc/assets%5c..%5cindex.html'],
    ['an encoded backslash without dots', 'app://soc/assets%5cindex.js'],
    ['a null byte', 'app://soc/index.html%00.png'],
    ['a Windows drive', 'app://soc/C:/Windows/win.ini'],
    ['an encoded Windows drive', 'app://soc/C%3A%5CWindows%5Cwin.ini'],
    ['an alternate data stream', 'app://soc/index.html:secret'],
    ['a doubled leading slash', 'app://soc//etc/passwd.txt'],
    ['an encoded doubled leading slash', 'app://soc/%2fetc/passwd.txt'],
    ['malformed percent-encoding', 'app://soc/%E0%A4%A.js'],
    ['a lone percent sign', 'app://soc/100%.css'],
  ])('refuses path traversal: %s', (_name, url) => {
    expect(resolveAppRequest('GET', url, root)).toEqual({ kind: 'refused', status: 403 });
  });
});

describe('isInsideRoot', () => {
  it('accepts the root and paths below it', () => {
    expect(isInsideRoot(root, root)).toBe(true);
    expect(isInsideRoot(root, path.join(root, 'assets', 'a.js'))).toBe(true);
    expect(isInsideRoot(root, path.join(root, '..foo.js'))).toBe(true);
  });

  it('refuses siblings, parents and other absolute paths', () => {
    expect(isInsideRoot(root, path.dirname(root))).toBe(false);
    expect(isInsideRoot(root, `${root}-evil/index.html`)).toBe(false);
    expect(isInsideRoot(root, path.join(root, '..', 'other', 'x.js'))).toBe(false);
    expect(isInsideRoot(root, path.parse(root).root)).toBe(false);
  });
});

describe('createAppProtocolHandler', () => {
  let rendererDir: string;

  beforeAll(async () => {
    rendererDir = await mkdtemp(path.join(os.tmpdir(), 'so-can-bo-app-protocol-'));
    await mkdir(path.join(rendererDir, 'assets'));
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Sổ Cán Bộ</title>');
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    // A file beside the root that a traversal would reach.
    await writeFile(path.join(path.dirname(rendererDir), `${path.basename(rendererDir)}-secret.txt`), 'bí mật');
  });

  afterAll(async () => {
    await rm(rendererDir, { recursive: true, force: true });
    await rm(path.join(path.dirname(rendererDir), `${path.basename(rendererDir)}-secret.txt`), { force: true });
  });

  const handler = () => createAppProtocolHandler(rendererDir, (filePath) => readFile(filePath));

  it('serves a file with its type and the security headers', async () => {
    const response = await handler()({ method: 'GET', url: 'app://soc/assets/app.js' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await handler()({ method: 'HEAD', url: START_URL });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength('<!doctype html><title>Sổ Cán Bộ</title>')));
    expect(await response.text()).toBe('');
  });

  it('answers 404 for a missing asset and 500 for other read errors', async () => {
    expect((await handler()({ method: 'GET', url: 'app://soc/assets/missing.js' })).status).toBe(404);
    const broken = createAppProtocolHandler(rendererDir, () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })));
    expect((await broken({ method: 'GET', url: START_URL })).status).toBe(500);
  });

  it('refuses traversal to a neighbouring file and POST, still with the security headers', async () => {
    const traversal = await handler()({ method: 'GET', url: `app://soc/..%2f${path.basename(rendererDir)}-secret.txt` });
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).toBe('');
    expect(traversal.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect((await handler()({ method: 'POST', url: START_URL })).status).toBe(405);
  });
});
