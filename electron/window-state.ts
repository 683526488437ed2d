/**
 * Remembers where the main window was, and puts it back only where the user can still see it:
 * offices swap projectors and second monitors, and a window restored onto a missing screen looks like a crash.
 */
import path from 'node:path';
import { z } from 'zod';
import type { WrittenFile } from '../shared/platform/contract';
import { fail, type Result } from '../shared/result';
import { writeFileAtomically, type AtomicWriteFs } from './files/atomic-write';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SavedWindowState extends Rectangle {
  readonly isMaximized: boolean;
}

/** What the window opens with; without `x`/`y` Electron centres it on the primary screen. */
export interface WindowPlacement {
  readonly width: number;
  readonly height: number;
  readonly x?: number;
  readonly y?: number;
  readonly isMaximized: boolean;
}

export const defaultWindowSize = { width: 1280, height: 800 } as const;
export const minimumWindowSize = { width: 800, height: 600 } as const;

const savedWindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  isMaximized: z.boolean(),
});

/**
 * `workAreas` lists every display's usable area, the primary display first.
 * A missing, unreadable or malformed file gives the default placement.
 */
export async function loadWindowPlacement(
  readTextFile: (filePath: string) => Promise<string>,
  filePath: string,
  workAreas: readonly Rectangle[],
): Promise<WindowPlacement> {
  let saved: SavedWindowState | null = null;
  try {
    const parsed = savedWindowState.safeParse(JSON.parse(await readTextFile(filePath)));
    if (parsed.success) saved = parsed.data;
  } catch {
    // Not there yet, or not JSON: start from the defaults.
  }
  return placeOnWorkAreas(saved, workAreas);
}

/** Writes only what `loadWindowPlacement` would accept back. */
export async function saveWindowState(
  fsApi: AtomicWriteFs,
  filePath: string,
  state: SavedWindowState,
): Promise<Result<WrittenFile>> {
  const checked = savedWindowState.safeParse(state);
  if (!checked.success) return fail('invalid-request', `Trạng thái cửa sổ không hợp lệ: ${checked.error.issues[0]?.message ?? ''}`);
  const bytes = new TextEncoder().encode(JSON.stringify(checked.data));
  return writeFileAtomically(fsApi, path.dirname(filePath), path.basename(filePath), bytes);
}

export function placeOnWorkAreas(saved: SavedWindowState | null, workAreas: readonly Rectangle[]): WindowPlacement {
  const requested = saved ?? { ...defaultWindowSize, isMaximized: false };
  const primary = workAreas[0];
  if (primary === undefined) return { width: requested.width, height: requested.height, isMaximized: requested.isMaximized };

  const host = saved === null ? undefined : mostOverlapping(saved, workAreas);
  const area = host ?? primary;
  const width = fitLength(requested.width, minimumWindowSize.width, area.width);
  const height = fitLength(requested.height, minimumWindowSize.height, area.height);
  if (saved === null || host === undefined) return { width, height, isMaximized: requested.isMaximized };
  return {
    width,
    height,
    x: clamp(saved.x, area.x, area.x + area.width - width),
    y: clamp(saved.y, area.y, area.y + area.height - height),
    isMaximized: saved.isMaximized,
  };
}

/** The work area showing the largest part of the window, or none when the window is on no screen at all. */
function mostOverlapping(window: Rectangle, workAreas: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const overlap = overlapLength(window.x, window.width, area.x, area.width) * overlapLength(window.y, window.height, area.y, area.height);
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  return best;
}

function overlapLength(start: number, length: number, areaStart: number, areaLength: number): number {
  return Math.max(0, Math.min(start + length, areaStart + areaLength) - Math.max(start, areaStart));
}

/** At least the minimum, but never larger than the screen, even a screen smaller than the minimum. */
function fitLength(requested: number, minimum: number, available: number): number {
  return Math.min(Math.max(requested, minimum), available);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
