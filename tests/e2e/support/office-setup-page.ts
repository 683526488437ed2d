import type { Page } from 'playwright-core';

export interface OfficeSetupValues {
  officeName: string;
  level: string;
  unitName: string;
  unitCode: string;
}

export const validOffice: OfficeSetupValues = {
  officeName: 'Ban Tổ chức Tỉnh ủy Phú Thọ',
  level: 'province',
  unitName: 'Đảng bộ tỉnh Phú Thọ',
  unitCode: 'pt',
};

/** The office setup form as a person fills it: by the labels they read. */
export async function fillOfficeForm(page: Page, values: OfficeSetupValues): Promise<void> {
  await page.getByLabel('Tên cơ quan').fill(values.officeName);
  await page.getByLabel('Cấp', { exact: true }).selectOption(values.level);
  await page.getByLabel('Đơn vị quản lý').fill(values.unitName);
  await page.getByLabel('Mã đơn vị').fill(values.unitCode);
}

export async function completeOfficeSetup(page: Page, values: OfficeSetupValues = validOffice): Promise<void> {
  await fillOfficeForm(page, values);
  await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
  await page.getByRole('heading', { name: 'Chào mừng đến với Sổ Cán Bộ' }).waitFor();
}
