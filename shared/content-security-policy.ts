/**
 * The app works offline and loads nothing from elsewhere: every directive allows only the app's own origin.
 * One definition serves the page's meta tag (web build) and the app:// protocol's response header (Electron).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
