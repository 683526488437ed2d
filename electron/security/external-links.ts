/**
 * Where the app may send the user. The renderer never navigates away from its own origin;
 * a few official sites may be opened in the system browser, nothing else.
 */
export { isAppUrl } from './app-protocol';

/** Official sites a cadre office needs. Exact host names: no subdomains, no lookalikes. */
export const allowedExternalHosts: readonly string[] = [
  'dangcongsan.vn',
  'tochuctrunguong.vn',
  'thuvienphapluat.vn',
  'chinhphu.vn',
  'vanban.chinhphu.vn',
];

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    // The parser drops the default :443, so any port left is a non-default one.
    parsed.port === '' &&
    allowedExternalHosts.includes(parsed.hostname)
  );
}
