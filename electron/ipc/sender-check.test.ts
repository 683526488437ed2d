import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender-check';

describe('isTrustedSender', () => {
  it('trusts the main frame of the app', () => {
    expect(isTrustedSender({ url: 'app://soc/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://soc/index.html#/chuyen-sinh-hoat', isMainFrame: true })).toBe(true);
  });

  it('refuses a subframe even on the app origin', () => {
    expect(isTrustedSender({ url: 'app://soc/index.html', isMainFrame: false })).toBe(false);
  });

  it.each(['https://dangcongsan.vn/', 'file:///tmp/index.html', 'app://soc.evil/index.html', 'about:blank', ''])(
    'refuses the main frame of another origin: %s',
    (url) => {
      expect(isTrustedSender({ url, isMainFrame: true })).toBe(false);
    },
  );
});
