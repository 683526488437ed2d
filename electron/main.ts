/**
 * Electron entry point: wiring only. Every decision (what to serve, where to navigate,
 * who may call, what may be written) lives in the tested modules imported here.
 */
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, screen, session, shell, type WebContents } from 'electron';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { describeUnknownError } from '../shared/result';
import { createDriveLister, windowsPowershellPath } from './drives/list-drives';
import { registerPlatformHandlers } from './ipc/platform-handlers';
import { aboutDialogContent, buildApplicationMenu } from './menu';
import { createPlatformMain, type PlatformDialogs } from './platform-main';
import { APP_SCHEME, START_URL, createAppProtocolHandler } from './security/app-protocol';
import { createKeystoreKey } from './security/os-keystore';
import { isAllowedExternalUrl, isAppUrl } from './security/external-links';
import { createCommandRunner } from './system/run-command';
import { loadWindowPlacement, minimumWindowSize, saveWindowState } from './window-state';

const isDevelopment = !app.isPackaged;
/** Vite builds the renderer to dist/renderer; this file is bundled to dist/electron/main.cjs. */
const rendererRoot = path.join(__dirname, '../renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// Must happen before `ready`: a standard, secure scheme gets a real origin for IndexedDB, fetch and the CSP.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => confineToApp(contents));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch((cause: unknown) => {
    dialog.showErrorBox('Sổ Cán Bộ không khởi động được', describeUnknownError(cause));
    app.exit(1);
  });
} else {
  // Two copies writing the same database would corrupt it: the first copy takes the focus instead.
  app.quit();
}

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, (filePath) => fsPromises.readFile(filePath)));
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildApplicationMenu({ isDevelopment, onAbout: showAbout })));
  registerPlatformHandlers(
    ipcMain,
    createPlatformMain({
      appVersion: app.getVersion(),
      dataFolder: app.getPath('userData'),
      dialogs: windowDialogs,
      fs: fsPromises,
      listDrives: createDriveLister({
        platform: process.platform,
        powershellPath: windowsPowershellPath(process.env['SystemRoot']),
        run: createCommandRunner(15_000),
        readProcMounts: () => fsPromises.readFile('/proc/mounts', 'utf8'),
        statfs: (folder) => fsPromises.statfs(folder),
      }),
      printToPdf: () => requireMainWindow().webContents.printToPDF({ pageSize: 'A4', printBackground: true }),
      keystoreKey: createKeystoreKey({ safeStorage, platform: process.platform, fs: fsPromises, folder: app.getPath('userData') }),
    }),
  );
  mainWindow = await createMainWindow();
  await mainWindow.loadURL(START_URL);
}

async function createMainWindow(): Promise<BrowserWindow> {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const placement = await loadWindowPlacement(
    (filePath) => fsPromises.readFile(filePath, 'utf8'),
    stateFile,
    [primary, ...others].map((display) => display.workArea),
  );

  const window = new BrowserWindow({
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    title: 'Sổ Cán Bộ',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: isDevelopment,
      // The spell checker downloads dictionaries from Google; the app must make no network requests.
      spellcheck: false,
    },
  });
  if (placement.isMaximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  saveStateOnClose(window, stateFile);
  window.on('closed', () => {
    mainWindow = null;
  });
  return window;
}

/** Holds the close until the bounds are on disk; the second `close` goes through. */
function saveStateOnClose(window: BrowserWindow, stateFile: string): void {
  let saved = false;
  window.on('close', (event) => {
    if (saved) return;
    event.preventDefault();
    const state = { ...window.getNormalBounds(), isMaximized: window.isMaximized() };
    void saveWindowState(fsPromises, stateFile, state)
      .then((result) => {
        if (!result.ok) console.warn('Không lưu được vị trí cửa sổ', result.error);
      })
      .finally(() => {
        saved = true;
        window.close();
      });
  });
}

/** Every web contents stays on app://soc: no pop-ups, no navigation away, no <webview>. */
function confineToApp(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openIfAllowed(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Official sites open in the user's browser; any other link does nothing. */
function openIfAllowed(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

const windowDialogs: PlatformDialogs = {
  showOpenDialog: (options) => dialog.showOpenDialog(requireMainWindow(), options),
  showSaveDialog: (options) => dialog.showSaveDialog(requireMainWindow(), options),
};

function requireMainWindow(): BrowserWindow {
  if (mainWindow === null) throw new Error('Cửa sổ chính đã đóng');
  return mainWindow;
}

function showAbout(): void {
  const content = { type: 'info' as const, ...aboutDialogContent(app.getVersion()) };
  void (mainWindow === null ? dialog.showMessageBox(content) : dialog.showMessageBox(mainWindow, content));
}
