import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Where each kind of code may run, checked on every file: shared/ runs anywhere, renderer/ in a browser,
 * and only the two Electron entry files load Electron (loading it anywhere else breaks the Node tests).
 */
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const isNodeBuiltin = (specifier: string) => nodeBuiltins.has(specifier) || nodeBuiltins.has(specifier.split('/')[0] ?? '') || specifier.startsWith('node:');
const isElectron = (specifier: string) => specifier === 'electron' || specifier.startsWith('electron/');
const isUiLibrary = (specifier: string) => /^(react|react-dom|react-router|react-i18next)(\/|$)/.test(specifier);
const electronEntryFiles = new Set(['electron/main.ts', 'electron/preload.ts']);

interface BoundaryViolation {
  readonly file: string;
  readonly specifier: string;
  readonly rule: string;
}

function importSpecifiers(source: string): string[] {
  const pattern = /(?:^|[^.\w])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,$]+from\s*)?['"]([^'"]+)['"]|(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? '');
}

function boundaryViolations(file: string, source: string): BoundaryViolation[] {
  const violations: BoundaryViolation[] = [];
  const isTest = /\.test\.tsx?$/.test(file);
  for (const specifier of importSpecifiers(source)) {
    if (file.startsWith('shared/') && !isTest) {
      if (isNodeBuiltin(specifier)) violations.push({ file, specifier, rule: 'shared/ may not use Node' });
      if (isElectron(specifier)) violations.push({ file, specifier, rule: 'shared/ may not use Electron' });
      if (isUiLibrary(specifier)) violations.push({ file, specifier, rule: 'shared/ may not use UI libraries' });
      if (specifier.startsWith('../') && /\/(renderer|electron)\//.test(`/${join('shared', specifier)}`)) {
        violations.push({ file, specifier, rule: 'shared/ may not import renderer/ or electron/' });
      }
    }
    if (file.startsWith('renderer/') && !isTest) {
      if (isNodeBuiltin(specifier)) violations.push({ file, specifier, rule: 'renderer/ may not use Node' });
      if (isElectron(specifier)) violations.push({ file, specifier, rule: 'renderer/ may not use Electron' });
      if (specifier.includes('/electron/')) violations.push({ file, specifier, rule: 'renderer/ may not import electron/' });
      if (specifier === 'dexie' || /\/storage\//.test(specifier)) {
        if (!file.startsWith('renderer/data/')) violations.push({ file, specifier, rule: 'only renderer/data/ may reach storage' });
      }
    }
    if (isElectron(specifier) && !electronEntryFiles.has(file)) {
      violations.push({ file, specifier, rule: 'only electron/main.ts and electron/preload.ts may load Electron' });
    }
  }
  return violations;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => relative('.', join(entry.parentPath, entry.name)).split('\\').join('/'));
}

describe('environment boundaries', () => {
  it('hold in every source file', () => {
    const files = ['shared', 'renderer', 'electron', 'scripts'].flatMap((folder) => sourceFiles(folder));
    expect(files.length).toBeGreaterThan(10);
    const violations = files.flatMap((file) => boundaryViolations(file, readFileSync(file, 'utf8')));
    expect(violations).toEqual([]);
  });

  it('are detected when crossed', () => {
    expect(boundaryViolations('shared/x.ts', "import { readFile } from 'node:fs/promises';")).toHaveLength(1);
    expect(boundaryViolations('shared/x.ts', "import path from 'path';")).toHaveLength(1);
    expect(boundaryViolations('shared/x.ts', "import { useState } from 'react';")).toHaveLength(1);
    expect(boundaryViolations('shared/x.ts', "import { app } from '../electron/main';")).toHaveLength(1);
    expect(boundaryViolations('renderer/x.tsx', "import { ipcRenderer } from 'electron';")).toHaveLength(2);
    expect(boundaryViolations('renderer/x.tsx', "const fs = require('fs');")).toHaveLength(1);
    expect(boundaryViolations('renderer/features/x.tsx', "import Dexie from 'dexie';")).toHaveLength(1);
    expect(boundaryViolations('renderer/features/x.tsx', "import { AppDatabase } from '../../shared/storage/database';")).toHaveLength(1);
    expect(boundaryViolations('electron/files/x.ts', "import { dialog } from 'electron';")).toHaveLength(1);
    expect(boundaryViolations('electron/main.ts', "import { app } from 'electron';")).toEqual([]);
    expect(boundaryViolations('shared/x.test.ts', "import { readFileSync } from 'node:fs';")).toEqual([]);
    expect(boundaryViolations('renderer/data/services.tsx', "import { AppDatabase } from '../../shared/storage/database';")).toEqual([]);
  });
});
