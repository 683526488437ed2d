/**
 * Starts the built app in Electron. `npm install` runs with ignore-scripts, so the Electron runtime
 * may not have been downloaded yet: fetch it once here, on a machine that has internet.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(projectRoot, 'package.json'));

/** The path of the Electron executable, or null while node_modules/electron/path.txt is missing. */
function electronExecutable() {
  try {
    return require('electron');
  } catch {
    return null;
  }
}

let executable = electronExecutable();
if (executable === null) {
  console.log('Đang tải Electron về máy (chỉ lần đầu)… / Downloading the Electron runtime (first run only)…');
  const install = spawnSync(process.execPath, [require.resolve('electron/install.js')], { cwd: projectRoot, stdio: 'inherit' });
  executable = install.status === 0 ? electronExecutable() : null;
}
if (executable === null) {
  console.error(
    [
      'Không tải được Electron. Hãy kết nối Internet rồi chạy lại "npm start", hoặc chạy "node node_modules/electron/install.js".',
      'Could not download the Electron runtime. Connect to the internet and run "npm start" again, or run "node node_modules/electron/install.js".',
    ].join('\n'),
  );
  process.exit(1);
}

// ELECTRON_RUN_AS_NODE inherited from a parent tool would start Node instead of the app.
const { ELECTRON_RUN_AS_NODE: _runAsNode, ...environment } = process.env;
const child = spawn(executable, [projectRoot, ...process.argv.slice(2)], { stdio: 'inherit', env: environment });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
