import * as fsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWindowPlacement, placeOnWorkAreas, saveWindowState, type Rectangle } from './window-state';

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };
/** A second monitor to the right, as Windows reports it. */
const monitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };
/** An old office projector. */
const smallScreen: Rectangle = { x: 0, y: 0, width: 1024, height: 728 };

let directory: string;
let filePath: string;
const readText = (file: string) => fsPromises.readFile(file, 'utf8');

beforeEach(async () => {
  directory = await fsPromises.mkdtemp(path.join(os.tmpdir(), 'so-can-bo-window-'));
  filePath = path.join(directory, 'window-state.json');
});

afterEach(async () => {
  await fsPromises.rm(directory, { recursive: true, force: true });
});

describe('window state file', () => {
  it('round-trips bounds and the maximized flag', async () => {
    const saved = await saveWindowState(fsPromises, filePath, { x: 2100, y: 50, width: 1500, height: 900, isMaximized: true });
    expect(saved.ok).toBe(true);
    expect(await loadWindowPlacement(readText, filePath, [laptop, monitor])).toEqual({
      x: 2100,
      y: 50,
      width: 1500,
      height: 900,
      isMaximized: true,
    });
  });

  it('starts at 1280x800, centred, when there is no file yet', async () => {
    expect(await loadWindowPlacement(readText, filePath, [laptop])).toEqual({ width: 1280, height: 800, isMaximized: false });
  });

  it.each([
    ['not JSON', '{"x": 10, "y":'],
    ['the wrong shape', '{"x": "10", "y": 0, "width": 1500, "height": 900, "isMaximized": false}'],
    ['a zero width', '{"x": 10, "y": 0, "width": 0, "height": 900, "isMaximized": false}'],
    ['a fractional position', '{"x": 10.5, "y": 0, "width": 1500, "height": 900, "isMaximized": false}'],
    ['an empty file', ''],
  ])('falls back to the defaults for a file that is %s', async (_name, content) => {
    await fsPromises.writeFile(filePath, content);
    expect(await loadWindowPlacement(readText, filePath, [laptop])).toEqual({ width: 1280, height: 800, isMaximized: false });
  });

  it('refuses to save a state that could not be loaded back', async () => {
    const result = await saveWindowState(fsPromises, filePath, { x: 0, y: 0, width: Number.NaN, height: 800, isMaximized: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await expect(fsPromises.readdir(directory)).resolves.toEqual([]);
  });
});

describe('placeOnWorkAreas', () => {
  it('keeps a window that is fully visible where it was', () => {
    expect(placeOnWorkAreas({ x: 100, y: 80, width: 1280, height: 800, isMaximized: false }, [laptop, monitor])).toEqual({
      x: 100,
      y: 80,
      width: 1280,
      height: 800,
      isMaximized: false,
    });
  });

  it('centres a window whose monitor has been unplugged, keeping its size and maximized flag', () => {
    expect(placeOnWorkAreas({ x: 2100, y: 50, width: 1500, height: 900, isMaximized: true }, [laptop])).toEqual({
      width: 1500,
      height: 900,
      isMaximized: true,
    });
  });

  it('pulls a window hanging off the edge fully onto the screen showing most of it', () => {
    expect(placeOnWorkAreas({ x: 1700, y: -40, width: 1280, height: 800, isMaximized: false }, [laptop, monitor])).toEqual({
      x: 1920,
      y: 0,
      width: 1280,
      height: 800,
      isMaximized: false,
    });
    expect(placeOnWorkAreas({ x: 1000, y: 600, width: 1280, height: 800, isMaximized: false }, [laptop])).toEqual({
      x: 640,
      y: 240,
      width: 1280,
      height: 800,
      isMaximized: false,
    });
  });

  it('shrinks a window larger than the screen to fit it', () => {
    expect(placeOnWorkAreas({ x: 0, y: 0, width: 2560, height: 1400, isMaximized: false }, [smallScreen])).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 728,
      isMaximized: false,
    });
    expect(placeOnWorkAreas(null, [smallScreen])).toEqual({ width: 1024, height: 728, isMaximized: false });
  });

  it('grows a window below the minimum size', () => {
    expect(placeOnWorkAreas({ x: 10, y: 10, width: 200, height: 100, isMaximized: false }, [laptop])).toEqual({
      x: 10,
      y: 10,
      width: 800,
      height: 600,
      isMaximized: false,
    });
  });

  it('respects a taskbar on top or left (work area not at the origin)', () => {
    const leftTaskbar: Rectangle = { x: 60, y: 40, width: 1860, height: 1040 };
    expect(placeOnWorkAreas({ x: 0, y: 0, width: 1280, height: 800, isMaximized: false }, [leftTaskbar])).toMatchObject({ x: 60, y: 40 });
  });

  it('uses the saved size unchanged when no display is known', () => {
    expect(placeOnWorkAreas({ x: 5000, y: 5000, width: 1500, height: 900, isMaximized: false }, [])).toEqual({
      width: 1500,
      height: 900,
      isMaximized: false,
    });
  });
});
