import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openApp, saveScreenshot, type AppSession } from './support/chromium';
import { completeOfficeSetup, fillOfficeForm, validOffice } from './support/office-setup-page';

let session: AppSession;
const appUrl = inject('appUrl');

beforeEach(async () => {
  session = await openApp(appUrl);
});

afterEach(async (context) => {
  await saveScreenshot(session.page, `foundation-${context.task.name}`);
  await session.close();
  expect(session.pageErrors, 'the page logged errors').toEqual([]);
});

describe('first start', () => {
  it('asks which office this is, in Vietnamese', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'Thiết lập cơ quan sử dụng' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(page.url()).toContain('#/setup');
  });

  it('refuses empty values with Vietnamese errors and saves nothing', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
    await page.getByRole('alert').filter({ hasText: 'Thông tin chưa hợp lệ' }).waitFor();
    expect(await page.locator('.field-error').allTextContents()).toEqual([
      'Tên cơ quan: không được để trống.',
      'Cấp: hãy chọn một giá trị trong danh sách.',
      'Đơn vị quản lý: không được để trống.',
      'Mã đơn vị: không được để trống.',
    ]);
    expect(await page.getByLabel('Tên cơ quan').getAttribute('aria-invalid')).toBe('true');

    await page.reload();
    await page.getByRole('heading', { name: 'Thiết lập cơ quan sử dụng' }).waitFor();
    expect(page.url()).toContain('#/setup');
  });

  it('refuses bad values, then accepts the corrected ones and remembers them', async () => {
    const { page } = session;
    await fillOfficeForm(page, { ...validOffice, officeName: 'BTC', unitCode: 'P T!' });
    await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await page.locator('.field-error').allTextContents()).toEqual([
      'Tên cơ quan: quá ngắn (ít nhất 5 ký tự).',
      'Mã đơn vị: chỉ gồm chữ in hoa không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số.',
    ]);
    await page.reload();
    await page.getByRole('heading', { name: 'Thiết lập cơ quan sử dụng' }).waitFor();

    await completeOfficeSetup(page);
    expect(await page.getByText('Phạm vi quản lý: Đảng bộ tỉnh Phú Thọ (PT)').isVisible()).toBe(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Chào mừng đến với Sổ Cán Bộ' }).waitFor();
    await page.goto(`${appUrl}#/setup`);
    await page.getByRole('heading', { name: 'Chào mừng đến với Sổ Cán Bộ' }).waitFor();
  });
});

describe('after setup', () => {
  beforeEach(async () => completeOfficeSetup(session.page));

  it('navigates between every area and shows what each holds', async () => {
    const { page } = session;
    const areas = [
      ['Tổ chức', '#/organizations', 'Cây tổ chức đảng'],
      ['Cán bộ – Đảng viên', '#/people', 'Chưa có hồ sơ cán bộ, đảng viên nào'],
      ['Nghiệp vụ', '#/work', 'Nghiệp vụ công tác tổ chức'],
      ['Trao đổi dữ liệu', '#/exchange', 'Tình trạng trao đổi'],
      ['Báo cáo', '#/reports', 'Lập báo cáo'],
      ['Danh mục', '#/catalogs', 'danh mục dùng chung'],
      ['Cài đặt', '#/settings', 'Cơ quan sử dụng'],
      ['Trang chủ', '#/', 'Chưa có dữ liệu'],
    ] as const;
    const nav = page.getByRole('navigation', { name: 'Các khu vực làm việc' });
    for (const [label, hash, text] of areas) {
      await nav.getByRole('link', { name: label, exact: true }).click();
      await page.waitForURL(`**/${hash}`);
      await page.getByText(text).first().waitFor();
      expect(await nav.locator('a.active').textContent()).toBe(label);
    }
  });

  it('shows a Vietnamese page for an unknown address', async () => {
    const { page } = session;
    await page.goto(`${appUrl}#/khong-co`);
    await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
  });

  it('switches to English and back, and remembers the choice', async () => {
    const { page } = session;
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { name: 'Welcome to Sổ Cán Bộ' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('link', { name: 'Organizations' }).waitFor();
    await page.getByLabel('Language').selectOption('vi');
    await page.getByRole('heading', { name: 'Chào mừng đến với Sổ Cán Bộ' }).waitFor();
  });

  it('shows the office and the application in settings, and validates edits', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    await page.getByRole('heading', { name: 'Cài đặt' }).waitFor();
    const details = page.locator('dl.details').first();
    expect(await details.textContent()).toContain('Ban Tổ chức Tỉnh ủy Phú Thọ');
    expect(await page.getByText('Trình duyệt web').isVisible()).toBe(true);
    expect(await page.getByText(/^\d+\.\d+\.\d+$/).isVisible()).toBe(true);
    // A browser has no OS keystore: the page says where the office's keys will rest instead.
    expect(await page.getByTestId('key-protection').textContent()).toContain('máy này không có kho khóa của hệ điều hành nên khóa riêng sẽ nằm trong dữ liệu ứng dụng');

    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    await page.getByLabel('Tên cơ quan').fill('');
    await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
    await page.getByText('Tên cơ quan: không được để trống.').waitFor();
    await page.getByRole('button', { name: 'Hủy' }).click();
    expect(await details.textContent()).toContain('Ban Tổ chức Tỉnh ủy Phú Thọ');

    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    await page.getByLabel('Tên cơ quan').fill('Ban Tổ chức Tỉnh ủy Phú Thọ mới');
    await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu thiết lập cơ quan.' }).waitFor();
    await page.reload();
    expect(await page.locator('dl.details').first().textContent()).toContain('Ban Tổ chức Tỉnh ủy Phú Thọ mới');
  });
});
