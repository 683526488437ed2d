/**
 * Bundles the Electron main process and preload into dist/electron.
 * The preload runs sandboxed, where `require` knows only 'electron', so it must come out as one self-contained file.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(projectRoot, 'dist', 'electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: projectRoot,
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outDir, 'main.cjs'),
    platform: 'node',
    target: 'node20',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    // 'browser' makes esbuild refuse a Node built-in instead of leaving a require() that would fail in the sandbox.
    platform: 'browser',
    target: 'chrome130',
  }),
]);

const preload = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
const required = [...preload.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((match) => match[2]);
const forbidden = required.filter((name) => name !== 'electron');
if (forbidden.length > 0) {
  throw new Error(`preload.cjs requires ${forbidden.join(', ')}; a sandboxed preload may require only 'electron'`);
}
console.log(`Electron bundles written to ${path.relative(projectRoot, outDir)}`);
