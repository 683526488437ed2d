import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { saveScreenshot, type AppSession } from './support/chromium';
import { openAppWithDemo } from './support/demo-profile';
import { countIs, search, visibleRows } from './support/people-table-page';

let session: AppSession;
const appUrl = inject('appUrl');
// The first test of a run makes the 20,000-people template profile through the app.
const demoTimeout = 600_000;

beforeEach(async () => {
  session = await openAppWithDemo(appUrl, inject('runId'), 20000);
}, demoTimeout);

afterEach(async (context) => {
  await saveScreenshot(session.page, `person-${context.task.name}`);
  await session.close();
  expect(session.pageErrors, 'the page logged errors').toEqual([]);
});

interface StoredPerson {
  readonly id: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly unitId: string;
  readonly partyCardNumber?: string;
}

/** A full party member who is also a cadre, with a birth date known to the day: every form has something to print. */
function findCadre(page: Page): Promise<StoredPerson> {
  return page.evaluate(
    () =>
      new Promise<StoredPerson>((resolve, reject) => {
        const open = indexedDB.open('so-can-bo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const cursor = open.result.transaction('people').objectStore('people').index('memberStatus').openCursor(IDBKeyRange.only('full'));
          cursor.onsuccess = () => {
            const row = cursor.result?.value as (StoredPerson & { isCadre: boolean; _deleted?: unknown }) | undefined;
            if (!row) return reject(new Error('no cadre in the demo data'));
            if (row.isCadre && !row._deleted && row.birthDate.length === 10 && row.partyCardNumber) {
              open.result.close();
              resolve({ id: row.id, fullName: row.fullName, birthDate: row.birthDate, unitId: row.unitId, partyCardNumber: row.partyCardNumber });
            } else cursor.result?.continue();
          };
        };
      }),
  );
}

/** A stored record read straight from IndexedDB: what was saved, not what the page shows. */
function storedRecord(page: Page, table: string, id: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    ([storeName, key]) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('so-can-bo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(storeName!).objectStore(storeName!).get(key!);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Record<string, unknown> | undefined);
          };
        };
      }),
    [table, id],
  );
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

async function openPerson(page: Page, person: StoredPerson, tab?: string): Promise<void> {
  await page.goto(`${appUrl}#/people/${person.id}${tab ? `?tab=${tab}` : ''}`);
  await page.getByRole('heading', { level: 1, name: person.fullName }).waitFor();
}

/** Uploads a 900×1500 PNG, drawn by the browser itself, through the photo box's file picker. */
async function uploadPhoto(page: Page): Promise<void> {
  const png = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(900, 1500);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#a61b1b';
    context.fillRect(0, 0, 900, 1500);
    context.fillStyle = '#f2c94c';
    context.fillRect(200, 300, 500, 600);
    return Array.from(new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer()));
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Tải ảnh lên…' }).click();
  await (await chooser).setFiles({ name: 'chan-dung.png', mimeType: 'image/png', buffer: Buffer.from(png) });
  await page.getByRole('button', { name: 'Đổi ảnh…' }).waitFor();
}

const panel = (page: Page) => page.getByRole('tabpanel');
const detail = (page: Page, label: string) => panel(page).locator('.person-detail', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');

describe('the dossier of a person', () => {
  it('shows every section in tabs, with codes by name', async () => {
    const { page } = session;
    const person = await findCadre(page);
    await openPerson(page, person);
    await saveScreenshot(page, 'person-page-identity');
    expect(await detail(page, 'Ngày sinh').textContent()).toBe(dmy(person.birthDate));
    // A catalog code is shown by its name.
    expect(await detail(page, 'Tôn giáo').textContent()).not.toMatch(/^\d+$/);

    const tabs = page.getByRole('tablist', { name: 'Các phần của hồ sơ' }).getByRole('tab');
    expect(await tabs.allTextContents()).toEqual([
      'Sơ yếu',
      'Đảng',
      'Công tác, chức vụ',
      'Trình độ',
      'Đào tạo, bồi dưỡng',
      'Quá trình công tác',
      'Lương',
      'Gia đình',
      'Khen thưởng, kỷ luật',
      'Đánh giá, xếp loại',
      'Quy hoạch',
      'Sức khỏe, chính sách',
      'Lịch sử bản thân, quan hệ nước ngoài',
    ]);
    await page.getByRole('tab', { name: 'Đảng' }).click();
    expect(await detail(page, 'Số thẻ đảng viên').textContent()).toBe(person.partyCardNumber);
    await panel(page).getByRole('heading', { name: 'Quá trình sinh hoạt đảng' }).waitFor();
    // Arrow keys move between tabs.
    await page.getByRole('tab', { name: 'Đảng' }).press('ArrowRight');
    await panel(page).getByRole('heading', { name: 'Công tác, chức vụ', level: 2 }).waitFor();
    expect(page.url()).toContain('tab=work');
    await page.getByRole('tab', { name: 'Lương' }).click();
    await panel(page).getByRole('heading', { name: 'Diễn biến quá trình lương' }).waitFor();
    await saveScreenshot(page, 'person-page-salary');
  });

  it('refuses a bad birth date in Vietnamese, saves nothing, then saves the corrected one', async () => {
    const { page } = session;
    const person = await findCadre(page);
    await openPerson(page, person);

    await panel(page).getByRole('button', { name: 'Sửa' }).click();
    await page.getByLabel('Ngày sinh').fill('31/02/1990');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('alert').filter({ hasText: 'Thông tin chưa hợp lệ' }).waitFor();
    expect(await page.locator('.field-error').allTextContents()).toEqual(['Ngày sinh: ngày tháng không hợp lệ (dd/mm/yyyy, mm/yyyy hoặc yyyy).']);
    expect(await page.getByLabel('Ngày sinh').getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'person-page-invalid-birth-date');

    // Leaving with the unsaved edit asks first; staying keeps what was typed.
    await page.getByRole('navigation', { name: 'Các khu vực làm việc' }).getByRole('link', { name: 'Trang chủ' }).click();
    const warning = page.getByRole('dialog', { name: 'Thay đổi chưa được lưu' });
    await warning.waitFor();
    await warning.getByRole('button', { name: 'Ở lại để lưu' }).click();
    await warning.waitFor({ state: 'hidden' });
    expect(await page.getByLabel('Ngày sinh').inputValue()).toBe('31/02/1990');

    // Reloading warns too (beforeunload); accepted, the page comes back with nothing saved.
    page.once('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: person.fullName }).waitFor();
    expect(await detail(page, 'Ngày sinh').textContent()).toBe(dmy(person.birthDate));
    expect((await storedRecord(page, 'people', person.id))?.birthDate).toBe(person.birthDate);

    // Same year (the citizen ID encodes it), another day.
    const year = person.birthDate.slice(0, 4);
    const corrected = person.birthDate.slice(5) === '11-28' ? `27/11/${year}` : `28/11/${year}`;
    await panel(page).getByRole('button', { name: 'Sửa' }).click();
    await page.getByLabel('Ngày sinh').fill(corrected);
    await page.getByLabel('Ngày sinh').press('Enter');
    await page.getByRole('status').filter({ hasText: 'Đã lưu các thay đổi.' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: person.fullName }).waitFor();
    expect(await detail(page, 'Ngày sinh').textContent()).toBe(corrected);
    expect((await storedRecord(page, 'people', person.id))?.birthDate).toBe(corrected.split('/').reverse().join('-'));

    // The table shows the saved date too: the index took the edit without being reopened.
    await page.getByRole('navigation', { name: 'Các khu vực làm việc' }).getByRole('link', { name: 'Cán bộ – Đảng viên' }).click();
    await search(page, person.partyCardNumber!);
    await countIs(page, 1);
    expect((await visibleRows(page)).map((row) => [row['Họ và tên'], row['Ngày sinh']])).toEqual([[person.fullName, corrected]]);
  });

  it('refuses a 7-digit party card number and keeps the old one', async () => {
    const { page } = session;
    const person = await findCadre(page);
    await openPerson(page, person, 'party');
    await panel(page).getByRole('button', { name: 'Sửa' }).click();
    await page.getByLabel('Số thẻ đảng viên').fill('1234567');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Số thẻ đảng viên: phải có đúng 8 chữ số.').waitFor();
    await page.getByRole('button', { name: 'Hủy' }).click();
    expect(await detail(page, 'Số thẻ đảng viên').textContent()).toBe(person.partyCardNumber);
    expect((await storedRecord(page, 'people', person.id))?.partyCardNumber).toBe(person.partyCardNumber);
  });

  it('adds, changes and deletes rows of a dated table', async () => {
    const { page } = session;
    const person = await findCadre(page);
    await openPerson(page, person, 'training');
    const table = panel(page).getByRole('region', { name: 'Quá trình đào tạo, bồi dưỡng' });
    const rowsBefore = await table.locator('tbody tr').count();

    await table.getByRole('button', { name: 'Thêm dòng' }).click();
    await page.getByLabel('Từ tháng, năm').fill('13/2019');
    await page.getByLabel('Tên trường').fill('Trường Chính trị tỉnh Phú Thọ');
    await page.getByLabel('Hình thức đào tạo').selectOption({ label: 'Tại chức' });
    await page.getByLabel('Văn bằng, chứng chỉ, trình độ').fill('Trung cấp lý luận chính trị - hành chính');
    await table.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Từ tháng, năm: ngày tháng không hợp lệ (dd/mm/yyyy, mm/yyyy hoặc yyyy).').waitFor();
    await page.getByLabel('Từ tháng, năm').fill('09/2019');
    await page.getByLabel('Đến tháng, năm').fill('06/2020');
    await table.getByRole('button', { name: 'Lưu' }).click();
    const added = table.locator('tbody tr', { hasText: 'Trường Chính trị tỉnh Phú Thọ' });
    await added.waitFor();
    expect(await added.locator('td').allTextContents()).toEqual(expect.arrayContaining(['09/2019', '06/2020', 'Tại chức']));

    await added.getByRole('button', { name: 'Sửa' }).click();
    await page.getByLabel('Đến tháng, năm').fill('');
    await table.getByRole('button', { name: 'Lưu' }).click();
    await table.getByRole('button', { name: 'Thêm dòng' }).waitFor();
    await saveScreenshot(page, 'person-page-training');
    await page.reload();
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(rowsBefore + 1);
    expect(await added.locator('td').nth(1).textContent()).toBe('');

    await added.getByRole('button', { name: 'Xóa' }).click();
    await added.getByRole('group', { name: 'Xóa dòng này?' }).getByRole('button', { name: 'Xóa', exact: true }).click();
    await added.waitFor({ state: 'detached' });
    await page.reload();
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(rowsBefore);
  });

  it('picks catalog entries by typing without diacritics', async () => {
    const { page } = session;
    const person = await findCadre(page);
    const current = (await storedRecord(page, 'people', person.id))?.politicalTheoryCode;
    const [typed, name, code] = current === 'CC' ? ['trung cap', 'Trung cấp', 'TC'] : ['cao cap', 'Cao cấp', 'CC'];
    await openPerson(page, person, 'qualifications');
    await panel(page).getByRole('button', { name: 'Sửa' }).click();
    const picker = page.getByRole('combobox', { name: 'Lý luận chính trị', exact: true });
    await picker.fill(typed);
    const options = page.getByRole('listbox').getByRole('option');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual([name]);
    await picker.press('Enter');
    expect(await picker.inputValue()).toBe(name);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu các thay đổi.' }).waitFor();
    expect(await detail(page, 'Lý luận chính trị').textContent()).toBe(name);
    expect((await storedRecord(page, 'people', person.id))?.politicalTheoryCode).toBe(code);
  });

  it('shows restricted information only after it is asked for', async () => {
    const { page } = session;
    const person = await findCadre(page);
    await openPerson(page, person, 'history');
    expect(await panel(page).locator('.person-detail').count()).toBe(0);
    await panel(page).getByRole('button', { name: 'Xem thông tin hạn chế' }).click();
    await detail(page, 'Đặc điểm lịch sử bản thân').waitFor();
    await panel(page).getByRole('button', { name: 'Sửa' }).click();
    await page.getByLabel('Quan hệ với nước ngoài').fill('Không có thân nhân ở nước ngoài.');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu các thay đổi.' }).waitFor();
    await page.reload();
    await panel(page).getByRole('button', { name: 'Xem thông tin hạn chế' }).click();
    expect(await detail(page, 'Quan hệ với nước ngoài').textContent()).toBe('Không có thân nhân ở nước ngoài.');
  });

  it('stores an uploaded photo shrunk to fit the 3×4 box', async () => {
    const { page } = session;
    const person = await findCadre(page);
    await openPerson(page, person);
    await uploadPhoto(page);
    const photo = page.getByRole('img', { name: `Ảnh của ${person.fullName}` });
    await photo.waitFor();
    await page.reload();
    await photo.waitFor();
    const size = await photo.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight]);
    expect(size).toEqual([240, 400]);
    const photoId = (await storedRecord(page, 'people', person.id))?.photoId as string;
    expect(await storedRecord(page, 'personPhotos', photoId)).toMatchObject({ personId: person.id, mediaType: 'image/jpeg', width: 240, height: 400 });
  });
});

describe('creating a person', () => {
  it('shows a likely duplicate first, and creates the new dossier only when asked to', async () => {
    const { page } = session;
    const existing = await findCadre(page);
    const unit = await storedRecord(page, 'units', existing.unitId);
    const unitName = (unit?.periods as { name: string }[]).at(-1)!.name;

    await page.goto(`${appUrl}#/people/new`);
    await page.getByRole('heading', { name: 'Thêm hồ sơ cán bộ, đảng viên' }).waitFor();
    await page.getByLabel('Họ và tên khai sinh').fill(existing.fullName);
    await page.getByLabel('Giới tính').selectOption({ label: 'Nam' });
    await page.getByLabel('Ngày sinh').fill(dmy(existing.birthDate));
    const ethnicity = page.getByRole('combobox', { name: 'Dân tộc' });
    await ethnicity.fill('muong');
    await ethnicity.press('Enter');
    expect(await ethnicity.inputValue()).toBe('Mường');
    await page.getByLabel('Tình trạng đảng viên').selectOption({ label: 'Quần chúng ưu tú' });
    const unitPicker = page.getByRole('combobox', { name: 'Chi bộ, đảng bộ đang sinh hoạt' });
    // Many cells share a name ("Chi bộ Thôn 8"); the unit code tells them apart.
    await unitPicker.fill(String(unit?.code));
    await page.getByRole('listbox').getByRole('option', { name: `${unitName} ${String(unit?.code)}`, exact: true }).click();
    expect(await unitPicker.inputValue()).toBe(unitName);
    await page.getByRole('button', { name: 'Lưu hồ sơ mới' }).click();

    const duplicates = page.getByRole('region', { name: 'Có thể đã có hồ sơ của người này' });
    await duplicates.waitFor();
    await duplicates.getByRole('link', { name: existing.fullName }).first().waitFor();
    expect(await duplicates.textContent()).toContain('trùng họ tên và ngày sinh');
    await saveScreenshot(page, 'person-new-duplicates');

    await duplicates.getByRole('button', { name: 'Vẫn tạo mới' }).click();
    await page.waitForURL((url) => /#\/people\/[^/]+$/.test(url.hash) && !url.hash.endsWith('/new') && !url.hash.endsWith(existing.id));
    await page.getByRole('heading', { level: 1, name: existing.fullName }).waitFor();
    const createdId = new URL(page.url()).hash.split('/').pop()!;
    expect(await storedRecord(page, 'people', createdId)).toMatchObject({ fullName: existing.fullName, ethnicityCode: '04', memberStatus: 'outstanding-non-member', unitId: existing.unitId });
  });
});

describe('printed forms', () => {
  const forms = [
    ['In sơ yếu lý lịch 2C/TCTW-98', '2c-tctw-98', 'SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC'],
    ['In 2C-BNV/2008', '2c-bnv-2008', 'SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC'],
    ['In phiếu đảng viên 2-HSĐV', '2-hsdv', 'PHIẾU ĐẢNG VIÊN'],
  ] as const;

  it('print each form to an A4 PDF with the birth name in capitals and no app chrome', async () => {
    const { page } = session;
    const person = await findCadre(page);
    mkdirSync('test-artifacts/screenshots', { recursive: true });
    await openPerson(page, person);
    await uploadPhoto(page);
    const foreignRelations = 'Không có thân nhân ở nước ngoài.';
    await openPerson(page, person, 'history');
    await panel(page).getByRole('button', { name: 'Xem thông tin hạn chế' }).click();
    await panel(page).getByRole('button', { name: 'Sửa' }).click();
    await page.getByLabel('Quan hệ với nước ngoài').fill(foreignRelations);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu các thay đổi.' }).waitFor();

    for (const [link, slug, title] of forms) {
      await openPerson(page, person);
      await page.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { name: title }).waitFor();
      expect(page.url()).toContain(`#/people/${person.id}/print/${slug}`);
      if (slug === '2c-tctw-98') {
        // Restricted items print only once asked for.
        const restricted = page.locator('.form-paragraph', { hasText: 'QUAN HỆ VỚI NƯỚC NGOÀI' });
        expect(await restricted.locator('.form-text').count()).toBe(0);
        await page.getByRole('button', { name: 'Xem thông tin hạn chế' }).click();
        await restricted.locator('.form-text', { hasText: foreignRelations }).waitFor();
      }
      await saveScreenshot(page, `person-print-${slug}-screen`);

      // Chromium's own print to PDF, as "Save as PDF" in its print dialog (what the web platform's window.print offers).
      const pdfPath = join('test-artifacts', `person-${slug}.pdf`);
      writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).normalize('NFC');
      expect(text).toContain(person.fullName.toLocaleUpperCase('vi').normalize('NFC'));
      expect(text).toContain(title);
      if (slug === '2c-tctw-98') expect(text).toContain(foreignRelations);
      expect(await page.locator('.form-photo img').count()).toBe(1);
      expect(text).not.toContain('Trao đổi dữ liệu');
      expect(text).not.toContain('In / Lưu PDF');
      expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfPath, join('test-artifacts', 'screenshots', `person-print-${slug}-pdf-page-1`)]);
    }
  });
});
