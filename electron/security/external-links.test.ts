import { describe, expect, it } from 'vitest';
import { allowedExternalHosts, isAllowedExternalUrl, isAppUrl } from './external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://dangcongsan.vn/',
    'https://tochuctrunguong.vn/tin-tuc/huong-dan-12',
    'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quy-dinh-24-QD-TW.aspx?tab=1#noi-dung',
    'https://chinhphu.vn',
    'https://vanban.chinhphu.vn/?pageid=27160&docid=207000',
    'https://DANGCONGSAN.VN/',
    'https://chinhphu.vn:443/',
  ])('allows an official https page: %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['javascript with an allowed host in it', 'javascript://dangcongsan.vn/%0aalert(1)'],
    ['file', 'file:///C:/Windows/System32/calc.exe'],
    ['plain http', 'http://dangcongsan.vn/'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['a UNC-like file URL', 'file://dangcongsan.vn/share/x.exe'],
    ['mailto', 'mailto:vanphong@dangcongsan.vn'],
    ['the app origin', 'app://soc/index.html'],
    ['a lookalike suffix', 'https://dangcongsan.vn.evil.com/'],
    ['a lookalike prefix', 'https://evildangcongsan.vn/'],
    ['an unlisted subdomain', 'https://www.dangcongsan.vn/'],
    ['a trailing-dot host', 'https://chinhphu.vn./'],
    ['an allowed host as user name', 'https://dangcongsan.vn@evil.com/'],
    ['credentials', 'https://user:pass@chinhphu.vn/'],
    ['a user name only', 'https://user@chinhphu.vn/'],
    ['a password only', 'https://:pass@chinhphu.vn/'],
    ['a non-default port', 'https://chinhphu.vn:8443/'],
    ['port 80 over https', 'https://chinhphu.vn:80/'],
    ['an IP address', 'https://203.162.0.1/'],
    ['an empty string', ''],
    ['a relative path', '/tin-tuc'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('allows exactly the listed hosts', () => {
    for (const host of allowedExternalHosts) expect(isAllowedExternalUrl(`https://${host}/`)).toBe(true);
  });
});

describe('isAppUrl', () => {
  it.each(['app://soc/index.html', 'app://soc/', 'app://soc/index.html#/can-bo/1'])('accepts the app origin: %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://soc.evil/index.html',
    'app://soc:1/index.html',
    'app://user@soc/index.html',
    'app://other/index.html',
    'https://soc/index.html',
    'file:///index.html',
    'https://dangcongsan.vn/',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses anything else: %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
