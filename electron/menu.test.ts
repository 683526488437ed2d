import { describe, expect, it } from 'vitest';
import { aboutDialogContent, buildApplicationMenu, type MenuItemTemplate } from './menu';

const flatten = (items: readonly MenuItemTemplate[]): MenuItemTemplate[] =>
  items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

const build = (isDevelopment: boolean, onAbout = () => {}) => buildApplicationMenu({ isDevelopment, onAbout });

describe('buildApplicationMenu', () => {
  it('has the four Vietnamese top-level menus with their items', () => {
    const labels = build(false).map((menu) => [menu.label, (menu.submenu ?? []).flatMap((item) => item.label ?? [])]);
    expect(labels).toEqual([
      ['Tệp', ['Thoát']],
      ['Chỉnh sửa', ['Hoàn tác', 'Làm lại', 'Cắt', 'Sao chép', 'Dán', 'Chọn tất cả']],
      ['Xem', ['Tải lại', 'Phóng to', 'Thu nhỏ', 'Cỡ thật', 'Toàn màn hình']],
      ['Trợ giúp', ['Giới thiệu Sổ Cán Bộ']],
    ]);
  });

  it('labels every item except separators, so no English role default shows through', () => {
    for (const item of flatten(build(true))) {
      if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toMatch(/\S/);
    }
  });

  it('binds the standard editing and view roles', () => {
    const roles = flatten(build(false)).flatMap((item) => item.role ?? []);
    expect(roles).toEqual(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
  });

  it('offers Developer Tools only in development', () => {
    expect(flatten(build(false)).some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(flatten(build(true)).filter((item) => item.role === 'toggleDevTools')).toEqual([
      { role: 'toggleDevTools', label: 'Công cụ nhà phát triển' },
    ]);
  });

  it('opens the About dialog from the Help menu', () => {
    let opened = 0;
    const about = flatten(build(false, () => (opened += 1))).find((item) => item.label === 'Giới thiệu Sổ Cán Bộ');
    about?.click?.();
    expect(opened).toBe(1);
  });
});

describe('aboutDialogContent', () => {
  it('shows the app version in Vietnamese', () => {
    const content = aboutDialogContent('0.1.0');
    expect(content.title).toBe('Giới thiệu Sổ Cán Bộ');
    expect(content.detail).toContain('Phiên bản 0.1.0');
    expect(content.buttons).toEqual(['Đóng']);
  });
});
