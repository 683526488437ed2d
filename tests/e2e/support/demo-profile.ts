import { cp, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type AppSession } from './chromium';
import { completeOfficeSetup } from './office-setup-page';

const templates = new Map<number, Promise<string>>();
const readyMarker = 'so-can-bo-template-ready';

/** A browser profile with the office set up and a generated province loaded through the app, made once per run and size. */
async function templateProfile(appUrl: string, runId: string, people: number): Promise<string> {
  const dir = join(tmpdir(), `so-can-bo-e2e-${runId}-demo-${people}`);
  const ready = await stat(join(dir, readyMarker)).then(
    () => true,
    () => false,
  );
  if (ready) return dir;
  const session = await openApp(appUrl, { profileDir: dir, keepProfile: true });
  await completeOfficeSetup(session.page);
  await session.page.getByLabel('Quy mô').selectOption(String(people));
  await session.page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await session.page.getByText('Đảng viên', { exact: true }).waitFor({ timeout: 300_000 });
  await session.close();
  await writeFile(join(dir, readyMarker), '');
  return dir;
}

/**
 * Opens the app in a fresh profile that already holds a generated province of `people` people:
 * a copy of a template made once per run, so each test still starts from a profile of its own.
 */
export async function openAppWithDemo(appUrl: string, runId: string, people: 2000 | 20000): Promise<AppSession> {
  let template = templates.get(people);
  if (!template) templates.set(people, (template = templateProfile(appUrl, runId, people)));
  const source = await template;
  const profileDir = await mkdtemp(join(tmpdir(), 'so-can-bo-profile-'));
  await cp(source, profileDir, { recursive: true, filter: (path) => !path.endsWith(readyMarker) && !/Singleton/.test(path) });
  return openApp(appUrl, { profileDir });
}
