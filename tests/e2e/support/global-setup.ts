import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    /** Distinguishes this run's cached profiles from any earlier run's. */
    runId: string;
  }
}

let server: PreviewServer | undefined;

/** Serves the built web app once for all end-to-end tests, the way `npm run web` does. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Không tìm thấy Chromium tại ${chromiumPath}, nên không chạy được kiểm thử đầu-cuối.\n` +
        `Chromium is missing at ${chromiumPath}: end-to-end tests cannot run.\n` +
        'Cài đặt / install: sudo apt-get install -y chromium',
    );
  }
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error('Chưa có bản dựng web (dist/renderer). Chạy / run: npm run build:renderer');
  }
  server = await preview({ preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  project.provide('appUrl', url);
  project.provide('runId', `${process.pid}-${Date.now()}`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
