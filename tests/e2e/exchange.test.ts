/**
 * Two offices on two computers (two browser profiles), carrying files between them as a stick would: the province
 * (with a generated province of 2,000 people) and the district of Việt Trì, set up from scratch. Each step builds
 * on the one before, as the real procedure does: enrolment, the first bundle down, concurrent edits, the conflict
 * resolved at one office and settled at the other, and the receipts on the status screen.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, saveScreenshot, type AppSession } from './support/chromium';
import { openAppWithDemo } from './support/demo-profile';
import { completeOfficeSetup } from './support/office-setup-page';

const appUrl = inject('appUrl');
const provinceName = 'Ban Tổ chức Tỉnh ủy Phú Thọ';
const districtName = 'Ban Tổ chức Thành ủy Việt Trì';
const districtUnit = 'Đảng bộ thành phố Việt Trì';

let province: AppSession;
let district: AppSession;
let filesDir: string;
/** What the province read out over the phone. */
let rootCode = '';
/** The person both offices edit. */
let person: { id: string; fullName: string };

/** Web saveFile downloads when the browser has no save picker: the test takes the download as the stick. */
async function withoutSavePicker(session: AppSession): Promise<void> {
  await session.context.addInitScript(() => Object.assign(window, { showSaveFilePicker: undefined }));
  await session.page.reload();
}

beforeAll(async () => {
  filesDir = await mkdtemp(join(tmpdir(), 'so-can-bo-exchange-'));
  province = await openAppWithDemo(appUrl, inject('runId'), 2000);
  await withoutSavePicker(province);
  district = await openApp(appUrl);
  await withoutSavePicker(district);
  await completeOfficeSetup(district.page, { officeName: districtName, level: 'district', unitName: districtUnit, unitCode: 'PT.01' });
}, 600_000);

afterEach(async (context) => {
  await saveScreenshot(province.page, `exchange-province-${context.task.name}`);
  await saveScreenshot(district.page, `exchange-district-${context.task.name}`);
  expect(province.pageErrors, 'the province page logged errors').toEqual([]);
  expect(district.pageErrors, 'the district page logged errors').toEqual([]);
});

afterAll(async () => {
  await province?.close();
  await district?.close();
  await rm(filesDir, { recursive: true, force: true });
});

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Các khu vực làm việc' }).getByRole('link', { name: 'Trao đổi dữ liệu' }).click();
  await page.getByRole('navigation', { name: 'Các mục của trao đổi dữ liệu' }).getByRole('link', { name, exact: true }).click();
}

/** Clicks what saves a file and keeps the file, under the name the app gave it. */
async function savedFile(page: Page, trigger: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = join(filesDir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function chooseFile(page: Page, trigger: Locator, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger.click()]);
  await chooser.setFiles(path);
}

/** A bundle made at `from` for `to`, written to the browser's downloads (the web stand-in for a stick). */
async function exportBundle(from: Page, to: string): Promise<string> {
  await openSection(from, 'Xuất gói dữ liệu');
  await from.getByRole('radio', { name: new RegExp(`^${to}`) }).check();
  await from.getByRole('radio', { name: /Thư mục tải về của trình duyệt/ }).check();
  const path = await savedFile(from, from.getByRole('button', { name: 'Xuất gói dữ liệu' }));
  const result = from.getByRole('region', { name: `Đã ghi gói dữ liệu gửi ${to}` });
  await result.waitFor();
  // The hash on screen is the file's.
  const hash = createHash('sha256').update(await readFile(path)).digest('hex');
  expect(await result.locator('dd.hash').textContent()).toBe(hash);
  return path;
}

/** Opens a bundle at `page`, waits for the preview, and returns its counts by label. */
async function previewBundle(page: Page, path: string): Promise<Record<string, number>> {
  await openSection(page, 'Nhập gói dữ liệu');
  await chooseFile(page, page.getByRole('button', { name: 'Mở tệp gói dữ liệu…' }), path);
  const preview = page.getByRole('region', { name: 'Kết quả nếu nhập gói này' });
  await preview.waitFor({ timeout: 60_000 });
  const labels = await preview.locator('.count dt').allTextContents();
  const values = await preview.locator('.count dd').allTextContents();
  return Object.fromEntries(labels.map((label, index) => [label, Number(values[index]!.replace(/\./g, ''))]));
}

async function confirmImport(page: Page, sender: string): Promise<void> {
  await page.getByRole('button', { name: 'Xác nhận nhập' }).click();
  await page.getByRole('region', { name: `Đã nhập gói dữ liệu của ${sender}` }).waitFor({ timeout: 60_000 });
}

async function editResidence(page: Page, value: string): Promise<void> {
  await page.goto(`${appUrl}#/people/${person.id}`);
  await page.getByRole('heading', { level: 1, name: person.fullName }).waitFor();
  await page.getByRole('tabpanel').getByRole('button', { name: 'Sửa' }).click();
  await page.getByLabel('Nơi ở hiện nay').fill(value);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã lưu các thay đổi.' }).waitFor();
}

/** A stored person read straight from IndexedDB: what was saved, not what a page shows. */
function storedPerson(page: Page, id: string | null): Promise<{ id: string; fullName: string; currentResidence?: string } | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<{ id: string; fullName: string; currentResidence?: string } | undefined>((resolve, reject) => {
        const open = indexedDB.open('so-can-bo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('people').objectStore('people');
          const request = key ? store.get(key) : store.openCursor();
          request.onsuccess = () => {
            const found: unknown = request.result;
            const row = (found instanceof IDBCursorWithValue ? found.value : found) as { id: string; fullName: string; currentResidence?: string } | null | undefined;
            open.result.close();
            resolve(row ?? undefined);
          };
        };
      }),
    id,
  );
}

describe('exchange between a province and a district', () => {
  it('the province makes its root of trust and shows its code', async () => {
    const { page } = province;
    await openSection(page, 'Chứng thư và đăng ký');
    await page.getByRole('button', { name: 'Tạo gốc tin cậy' }).click();
    const code = page.getByLabel('Mã gốc tin cậy của tỉnh');
    await code.waitFor();
    rootCode = (await code.textContent()) ?? '';
    expect(rootCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await page.reload();
    expect(await page.getByLabel('Mã gốc tin cậy của tỉnh').textContent()).toBe(rootCode);
  });

  it('the district asks to enrol, the province certifies it for Việt Trì, the district accepts with the code read over the phone', async () => {
    await openSection(district.page, 'Chứng thư và đăng ký');
    const request = await savedFile(district.page, district.page.getByRole('button', { name: 'Tạo yêu cầu đăng ký' }));
    expect(request).toMatch(/yeu-cau-dang-ky_ban-to-chuc-thanh-uy-viet-tri\.json$/);
    await district.page.getByText('Mã khóa của cơ quan mình').waitFor();
    const keyCode = await district.page.getByLabel('Mã khóa của cơ quan mình (đọc cho cơ quan cấp trên để đối chiếu):').textContent();

    const { page } = province;
    await chooseFile(page, page.getByRole('button', { name: 'Mở yêu cầu đăng ký…' }), request);
    const asked = page.locator('.issue-form dl');
    await asked.waitFor();
    expect(await asked.textContent()).toContain(districtName);
    // The key code on both screens is the same: read over the phone before certifying.
    expect(await page.locator('.key-code').textContent()).toBe(keyCode);
    // The unit the request proposes is chosen already; choosing it again through the search works too.
    expect(await page.getByRole('radio', { name: new RegExp(`^${districtUnit} PT\\.01`) }).isChecked()).toBe(true);
    await saveScreenshot(page, 'exchange-issue-certificate');
    await page.getByLabel('Tìm đơn vị').fill('thanh pho viet tri');
    await page.getByRole('radio', { name: new RegExp(`^${districtUnit} PT\\.01`) }).check();
    const reply = await savedFile(page, page.getByRole('button', { name: 'Cấp chứng thư và lưu tệp trả lời' }));
    await page.getByText(`Đã cấp chứng thư cho ${districtName}, phạm vi quản lý: ${districtUnit}.`).waitFor();
    const roster = page.getByRole('table');
    await roster.getByRole('row', { name: new RegExp(districtName) }).waitFor();
    expect(await roster.getByRole('row', { name: new RegExp(districtName) }).textContent()).toContain('Cấp dưới trực tiếp');

    const lower = district.page;
    await chooseFile(lower, lower.getByRole('button', { name: 'Nhận chứng thư…' }), reply);
    // A wrong code is refused next to the field, and nothing is stored.
    await lower.getByLabel('Mã gốc tin cậy (đọc qua điện thoại)').fill('AAAA-BBBB-CCCC-DDDD');
    await lower.getByRole('button', { name: 'Xác nhận và lưu chứng thư' }).click();
    await lower.locator('.field-error').filter({ hasText: 'Mã vừa nhập không khớp với gốc tin cậy của chứng thư trong tệp.' }).waitFor();
    await saveScreenshot(lower, 'exchange-accept-wrong-code');
    await lower.reload();
    await lower.getByRole('heading', { name: 'Bước 2. Nhận chứng thư' }).waitFor();
    // The right code, as typed from the phone: lower case, no dashes; Enter submits.
    await chooseFile(lower, lower.getByRole('button', { name: 'Nhận chứng thư…' }), reply);
    await lower.getByLabel('Mã gốc tin cậy (đọc qua điện thoại)').fill(rootCode.toLowerCase().replace(/-/g, ''));
    await lower.getByLabel('Mã gốc tin cậy (đọc qua điện thoại)').press('Enter');
    await lower.getByRole('heading', { name: 'Chứng thư của cơ quan mình' }).waitFor();
    expect(await lower.getByLabel('Mã gốc tin cậy của tỉnh').textContent()).toBe(rootCode);
    expect(await lower.locator('.details').first().textContent()).toContain(districtUnit);
  });

  it('the province sends its records down; the district refuses a damaged copy, then previews and imports the bundle', async () => {
    const bundle = await exportBundle(province.page, districtName);
    expect(bundle).toMatch(/\.scb$/);

    const { page } = district;
    const damaged = join(filesDir, 'hong.scb');
    const bytes = await readFile(bundle);
    await writeFile(damaged, bytes.subarray(0, bytes.length - 100));
    await openSection(page, 'Nhập gói dữ liệu');
    await chooseFile(page, page.getByRole('button', { name: 'Mở tệp gói dữ liệu…' }), damaged);
    await page.getByRole('alert').filter({ hasText: 'Tệp gói dữ liệu không đầy đủ (có thể bị ngắt khi chép). Không nhập gì; hãy chép lại tệp.' }).waitFor();
    expect(await storedPerson(page, null)).toBeUndefined();

    const counts = await previewBundle(page, bundle);
    expect(counts['Hồ sơ mới']).toBeGreaterThan(100);
    expect(counts['Xung đột']).toBe(0);
    expect(counts['Bị cách ly']).toBe(0);
    const preview = page.getByRole('region', { name: 'Kết quả nếu nhập gói này' });
    expect(await preview.locator('dl.details').textContent()).toContain(provinceName);
    await saveScreenshot(page, 'exchange-import-preview');
    // The preview wrote nothing.
    expect(await storedPerson(page, null)).toBeUndefined();
    await confirmImport(page, provinceName);
    person = (await storedPerson(page, null))!;
    expect(person.fullName).toBeTruthy();

    // The same file again: recognised, nothing to confirm.
    await previewBundle(page, bundle);
    await page.getByText('Gói này đã nhập trước đây; nhập lại không thay đổi gì.').waitFor();
    expect(await page.getByRole('button', { name: 'Xác nhận nhập' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Đóng' }).click();

    await openSection(page, 'Nhật ký');
    const journal = page.getByRole('table');
    expect(await journal.getByRole('row').filter({ hasText: 'Bị từ chối' }).textContent()).toContain('hong.scb');
    expect(await journal.getByRole('row').filter({ hasText: 'Thành công' }).textContent()).toContain(provinceName);
  });

  it('the same field edited at both offices meets in the conflict inbox of each', async () => {
    await editResidence(province.page, 'Phường Gia Cẩm, thành phố Việt Trì');
    await editResidence(district.page, 'Phường Tiên Cát, thành phố Việt Trì');

    const up = await exportBundle(district.page, provinceName);
    expect((await previewBundle(province.page, up))['Xung đột']).toBe(1);
    await confirmImport(province.page, districtName);
    const down = await exportBundle(province.page, districtName);
    expect((await previewBundle(district.page, down))['Xung đột']).toBe(1);
    await confirmImport(district.page, provinceName);

    const { page } = district;
    await openSection(page, 'Xung đột');
    const conflict = page.getByRole('article', { name: new RegExp(person.fullName) });
    await conflict.waitFor();
    expect(await conflict.locator('.conflict-field').textContent()).toContain('Nơi ở hiện nay');
    const ours = conflict.getByRole('region', { name: `Giá trị của ${districtName}` });
    const theirs = conflict.getByRole('region', { name: `Giá trị của ${provinceName}` });
    expect(await ours.locator('.candidate-value').textContent()).toBe('Phường Tiên Cát, thành phố Việt Trì');
    expect(await ours.textContent()).toContain('Cơ quan mình');
    expect(await theirs.locator('.candidate-value').textContent()).toBe('Phường Gia Cẩm, thành phố Việt Trì');
    expect(await conflict.locator('.conflict-bundles').textContent()).toMatch(/^Phát hiện khi nhập gói SCB_.*\.scb lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await saveScreenshot(page, 'exchange-conflict-inbox');

    await openSection(province.page, 'Xung đột');
    await province.page.getByRole('article', { name: new RegExp(person.fullName) }).waitFor();
  });

  it('the district keeps its value; sent up, the conflict is gone at the province too, and both status screens show the receipts', async () => {
    const { page } = district;
    const conflict = page.getByRole('article', { name: new RegExp(person.fullName) });
    await conflict.getByRole('region', { name: `Giá trị của ${districtName}` }).getByRole('button', { name: 'Giữ giá trị này' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã giữ giá trị "Phường Tiên Cát, thành phố Việt Trì".' }).waitFor();
    await page.getByText('Không có xung đột nào đang chờ giải quyết.').waitFor();

    const up = await exportBundle(page, provinceName);
    await previewBundle(province.page, up);
    await confirmImport(province.page, districtName);
    await openSection(province.page, 'Xung đột');
    await province.page.getByText('Không có xung đột nào đang chờ giải quyết.').waitFor();
    expect((await storedPerson(province.page, person.id))?.currentResidence).toBe('Phường Tiên Cát, thành phố Việt Trì');

    // The province's receipt from the district: everything it wrote has reached the district.
    await openSection(province.page, 'Tình trạng trao đổi');
    const atProvince = province.page.getByRole('article', { name: districtName });
    await expectAllAcknowledged(atProvince);
    await saveScreenshot(province.page, 'exchange-status-province');

    // And back down: the district sees that its changes, the resolution too, reached the province.
    const down = await exportBundle(province.page, districtName);
    await previewBundle(page, down);
    await confirmImport(page, provinceName);
    await openSection(page, 'Tình trạng trao đổi');
    const atDistrict = page.getByRole('article', { name: provinceName });
    await expectAllAcknowledged(atDistrict);
    expect(await atDistrict.textContent()).toContain('Gói số 2');
    await saveScreenshot(page, 'exchange-status-district');
    await openSection(page, 'Cách ly');
    await page.getByText('Không có thay đổi nào bị cách ly.').waitFor();
  });

  it('the province revokes the district with a reason, and refuses what the district signs afterwards', async () => {
    await editResidence(district.page, 'Phường Nông Trang, thành phố Việt Trì');
    const late = await exportBundle(district.page, provinceName);

    const { page } = province;
    await openSection(page, 'Chứng thư và đăng ký');
    await page.getByRole('button', { name: `Thu hồi chứng thư của ${districtName}` }).click();
    await page.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
    await page.locator('.field-error').filter({ hasText: 'Lý do thu hồi: không được để trống.' }).waitFor();
    await page.getByLabel('Lý do thu hồi').fill('Máy tính bị mất');
    await page.getByLabel('Lý do thu hồi').press('Enter');
    await page.getByRole('status').filter({ hasText: `Đã thu hồi chứng thư của ${districtName}.` }).waitFor();
    // The roster reloads after the revocation is stored: wait for the row to say so.
    await page.getByRole('row', { name: new RegExp(districtName) }).filter({ hasText: 'Đã thu hồi: Máy tính bị mất' }).waitFor();

    await openSection(page, 'Nhập gói dữ liệu');
    await chooseFile(page, page.getByRole('button', { name: 'Mở tệp gói dữ liệu…' }), late);
    await page.getByRole('alert').filter({ hasText: `Chứng thư của ${districtName} đã bị thu hồi. Không nhập gì.` }).waitFor();
    expect((await storedPerson(page, person.id))?.currentResidence).toBe('Phường Tiên Cát, thành phố Việt Trì');
    // No longer an office to exchange with.
    await openSection(page, 'Tình trạng trao đổi');
    await page.getByText('Chưa có cơ quan cấp trên hoặc cấp dưới nào đã đăng ký với cơ quan mình.').waitFor();
  });
});

/** "Đã xác nhận …: N/N thay đổi" with nothing outstanding. */
async function expectAllAcknowledged(card: Locator): Promise<void> {
  await card.waitFor();
  const acknowledged = (await card.locator('dd.acknowledged').textContent()) ?? '';
  const match = /^(\d+)\/(\d+) thay đổi/.exec(acknowledged.replace(/\./g, ''));
  expect(match, acknowledged).not.toBeNull();
  expect(Number(match![1])).toBe(Number(match![2]));
  expect(Number(match![2])).toBeGreaterThan(0);
  expect(await card.locator('dd.status-ok').textContent()).toBe('Đã nhận đủ mọi thay đổi của cơ quan mình');
}
