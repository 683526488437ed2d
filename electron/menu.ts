/**
 * The application menu in Vietnamese. Plain objects shaped like Electron's
 * `MenuItemConstructorOptions`, so the labels can be tested without Electron.
 */

export type MenuRole =
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'toggleDevTools';

export interface MenuItemTemplate {
  readonly label?: string;
  readonly role?: MenuRole;
  readonly type?: 'separator';
  readonly click?: () => void;
  /** Mutable because Electron's template type asks for a plain array. */
  readonly submenu?: MenuItemTemplate[];
}

export interface ApplicationMenuOptions {
  /** Developer Tools appear only here: a packaged app gives users no door into the page internals. */
  readonly isDevelopment: boolean;
  readonly onAbout: () => void;
}

const separator: MenuItemTemplate = { type: 'separator' };

export function buildApplicationMenu(options: ApplicationMenuOptions): MenuItemTemplate[] {
  const developerItems: MenuItemTemplate[] = options.isDevelopment
    ? [separator, { role: 'toggleDevTools', label: 'Công cụ nhà phát triển' }]
    : [];
  return [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        separator,
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'reload', label: 'Tải lại' },
        separator,
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { role: 'resetZoom', label: 'Cỡ thật' },
        separator,
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
        ...developerItems,
      ],
    },
    { label: 'Trợ giúp', submenu: [{ label: 'Giới thiệu Sổ Cán Bộ', click: options.onAbout }] },
  ];
}

export interface AboutDialogContent {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  readonly buttons: string[];
}

export function aboutDialogContent(appVersion: string): AboutDialogContent {
  return {
    title: 'Giới thiệu Sổ Cán Bộ',
    message: 'Sổ Cán Bộ',
    detail: `Phiên bản ${appVersion}\nQuản lý hồ sơ cán bộ, đảng viên và tổ chức đảng; trao đổi ngoại tuyến giữa các cấp.`,
    buttons: ['Đóng'],
  };
}
