/**
 * The renderer is served from `app://soc/…` instead of `file://`, so it gets a real origin
 * (for the CSP and IndexedDB) and can never read a file outside the built renderer folder.
 */
import path from 'node:path';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import { errnoCode } from '../system/errno';

export const APP_SCHEME = 'app';
export const APP_HOST = 'soc';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const START_URL = `${APP_ORIGIN}/index.html`;

const appPathPrefix = `${APP_ORIGIN}/`;

/**
 * True only for URLs on the app's own origin. A plain prefix test is exact here:
 * the character after the host must be `/`, so `app://soc.evil`, `app://soc:1` and `app://x@soc` fail.
 */
export function isAppUrl(url: string): boolean {
  return url.startsWith(appPathPrefix);
}

/** Pure: whether the file exists is left to the handler, which answers 404 when it does not. */
export type AppRequestResolution =
  | { readonly kind: 'file'; readonly filePath: string; readonly mimeType: string }
  | { readonly kind: 'refused'; readonly status: 403 | 405 };

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `candidate` is `rootDir` itself or lies below it, judged on resolved paths. */
export function isInsideRoot(rootDir: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(rootDir), path.resolve(candidate));
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

const refused = (status: 403 | 405): AppRequestResolution => ({ kind: 'refused', status });

/**
 * Maps a request to a file under `rootDir`, or refuses it.
 * The path is taken from the raw URL rather than a parsed one, so a `..` the URL parser
 * would silently collapse is refused instead of being quietly clamped.
 */
export function resolveAppRequest(method: string, url: string, rootDir: string): AppRequestResolution {
  if (method !== 'GET' && method !== 'HEAD') return refused(405);
  if (!isAppUrl(url)) return refused(403);

  const rawPath = url.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '/';
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(rawPath);
  } catch {
    return refused(403);
  }
  // `\` is a separator on Windows and `:` names drives and alternate data streams: neither belongs in a web path.
  if (/[\u0000\\:]/.test(decodedPath)) return refused(403);
  if (decodedPath.split('/').some((segment) => segment === '..' || segment === '.')) return refused(403);

  const relativePath = decodedPath.slice(1);
  // The SPA has one document: anything without an extension (a route, a folder) gets index.html.
  const servedPath = path.extname(relativePath) === '' ? 'index.html' : relativePath;
  const filePath = path.resolve(rootDir, servedPath);
  // The final word, whatever the checks above missed: `//etc/x` passes them yet resolves to `/etc/x`.
  if (!isInsideRoot(rootDir, filePath)) return refused(403);
  return { kind: 'file', filePath, mimeType: mimeTypeFor(filePath) };
}

/** Headers sent with every app:// response, including refusals. */
export const appResponseHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
};

/** `fs.promises.readFile` fits: its buffers are never shared, which `Response` requires. */
export type ReadAppFile = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;

/** A missing asset is a 404; anything else (permissions, I/O) is a server fault. */
const missingFileCodes = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/** The handler given to `protocol.handle`: resolves, reads the file, and answers with the security headers. */
export function createAppProtocolHandler(
  rootDir: string,
  readFile: ReadAppFile,
): (request: { readonly method: string; readonly url: string }) => Promise<Response> {
  return async (request) => {
    const resolution = resolveAppRequest(request.method, request.url, rootDir);
    if (resolution.kind === 'refused') {
      return new Response(null, { status: resolution.status, headers: appResponseHeaders });
    }
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(resolution.filePath);
    } catch (cause) {
      const status = missingFileCodes.has(errnoCode(cause) ?? '') ? 404 : 500;
      return new Response(null, { status, headers: appResponseHeaders });
    }
    const headers = {
      ...appResponseHeaders,
      'Content-Type': resolution.mimeType,
      'Content-Length': String(body.byteLength),
    };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}
