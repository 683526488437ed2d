/**
 * Which USB sticks are plugged in, asked of the OS's own tools (lsblk, PowerShell/CIM)
 * so the app ships no native module. Every output is parsed with a schema: a tool that
 * prints something unexpected yields a readable error, never a crash.
 */
import path from 'node:path';
import { z } from 'zod';
import type { Drive } from '../../shared/platform/contract';
import { describeUnknownError, fail, ok, type Result } from '../../shared/result';
import type { CommandRunner } from '../system/run-command';

export interface FileSystemSpace {
  readonly bavail: number;
  readonly bsize: number;
  readonly blocks: number;
}

export interface DriveListerDependencies {
  readonly platform: NodeJS.Platform;
  /** Absolute, so Windows never picks up a `powershell.exe` planted in the working folder. */
  readonly powershellPath: string;
  readonly run: CommandRunner;
  readonly readProcMounts: () => Promise<string>;
  readonly statfs: (mountPath: string) => Promise<FileSystemSpace>;
}

export const lsblkArguments = [
  '--json',
  '--bytes',
  '--output',
  'NAME,PATH,RM,HOTPLUG,TRAN,TYPE,MOUNTPOINT,FSTYPE,LABEL,SIZE,FSAVAIL',
] as const;

export const windowsRemovableDisksScript = [
  // Windows PowerShell 5 writes the console code page by default, which mangles Vietnamese volume names.
  '[Console]::OutputEncoding = [System.Text.Encoding]::UTF8',
  'Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2" | Select-Object DeviceID,VolumeName,FreeSpace,Size,FileSystem | ConvertTo-Json -Compress',
].join('; ');

export const powershellArguments = ['-NoProfile', '-NonInteractive', '-Command', windowsRemovableDisksScript] as const;

/** Windows PowerShell 5.1 ships with every supported Windows, under the system folder. */
export function windowsPowershellPath(systemRoot: string | undefined): string {
  return path.win32.join(systemRoot ?? 'C:\\Windows', 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe');
}

export function createDriveLister(dependencies: DriveListerDependencies): () => Promise<Result<Drive[]>> {
  return async () => {
    switch (dependencies.platform) {
      case 'linux':
        return listLinuxDrives(dependencies);
      case 'win32':
        return listWindowsDrives(dependencies);
      default:
        return fail('not-supported', `Chưa hỗ trợ liệt kê ổ đĩa trên hệ điều hành ${dependencies.platform}`);
    }
  };
}

async function listLinuxDrives(dependencies: DriveListerDependencies): Promise<Result<Drive[]>> {
  const fromLsblk = await dependencies.run('lsblk', lsblkArguments).then(parseLsblkOutput, (cause: unknown) =>
    fail('read-failed', describeUnknownError(cause)),
  );
  if (fromLsblk.ok) return fromLsblk;
  // Old or stripped-down systems (no lsblk, no FSAVAIL column): the desktop automounter's folders are enough.
  try {
    const mounts = parseProcMounts(await dependencies.readProcMounts());
    return ok(await Promise.all(mounts.map((mount) => driveFromMount(mount, dependencies.statfs))));
  } catch (cause) {
    return fail('read-failed', `${fromLsblk.error.detail ?? 'lsblk'}; /proc/mounts: ${describeUnknownError(cause)}`);
  }
}

async function listWindowsDrives(dependencies: DriveListerDependencies): Promise<Result<Drive[]>> {
  try {
    return parseWindowsLogicalDisks(await dependencies.run(dependencies.powershellPath, powershellArguments));
  } catch (cause) {
    return fail('read-failed', describeUnknownError(cause));
  }
}

/** lsblk prints booleans as true/false, or "1"/"0" before util-linux 2.33. */
const lsblkFlag = z
  .union([z.boolean(), z.enum(['0', '1']).transform((flag) => flag === '1'), z.null()])
  .transform((flag) => flag === true);

/** Sizes are numbers in current lsblk and decimal strings in older ones. */
const lsblkBytes = z.union([z.number().nonnegative(), z.string().regex(/^\d+$/).transform(Number), z.null()]);

const optionalText = z.string().nullish().transform((text) => text ?? null);

interface LsblkDevice {
  readonly name: string;
  readonly rm: boolean;
  readonly hotplug: boolean;
  readonly tran: string | null;
  readonly type: string;
  readonly mountpoint: string | null;
  readonly fstype: string | null;
  readonly label: string | null;
  readonly size: number | null;
  readonly fsavail: number | null;
  readonly children: readonly LsblkDevice[];
}

const lsblkDevice: z.ZodType<LsblkDevice, unknown> = z.lazy(() =>
  z.object({
    name: z.string(),
    rm: lsblkFlag,
    hotplug: lsblkFlag,
    tran: optionalText,
    type: z.string(),
    mountpoint: optionalText,
    fstype: optionalText,
    label: optionalText,
    size: lsblkBytes.optional().transform((size) => size ?? null),
    fsavail: lsblkBytes.optional().transform((size) => size ?? null),
    children: z.array(lsblkDevice).optional().transform((children) => children ?? []),
  }),
);

const lsblkOutput = z.object({ blockdevices: z.array(lsblkDevice) });

/** Device types that are never a writable stick even when mounted. */
const unwritableTypes = new Set(['rom', 'loop']);

export function parseLsblkOutput(stdout: string): Result<Drive[]> {
  const parsed = parseJson(stdout, lsblkOutput);
  if (!parsed.ok) return fail('read-failed', `lsblk: ${parsed.error.detail ?? ''}`);

  const drives: Drive[] = [];
  // A partition inherits removability from its disk: only the disk reports the USB transport.
  const visit = (device: LsblkDevice, parentRemovable: boolean): void => {
    const removable = parentRemovable || device.rm || device.hotplug || device.tran === 'usb';
    const mountPath = device.mountpoint;
    if (removable && mountPath !== null && mountPath.startsWith('/') && !unwritableTypes.has(device.type)) {
      drives.push({
        id: mountPath,
        label: device.label ?? device.name,
        mountPath,
        freeBytes: device.fsavail,
        totalBytes: device.size,
        fileSystem: device.fstype,
      });
    }
    for (const child of device.children) visit(child, removable);
  };
  for (const device of parsed.value.blockdevices) visit(device, false);
  return ok(drives);
}

export interface ProcMount {
  readonly device: string;
  readonly mountPath: string;
  readonly fileSystem: string;
}

/** Where udisks (GNOME, KDE, Xfce) mounts removable media. */
const removableMountRoots = ['/media/', '/run/media/'];

/** `/proc/mounts` escapes space, tab, newline and backslash as three-digit octal. */
const unescapeMountField = (field: string) =>
  field.replace(/\\([0-7]{3})/g, (_escape, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)));

export function parseProcMounts(text: string): ProcMount[] {
  const mounts: ProcMount[] = [];
  for (const line of text.split('\n')) {
    const [device, mountField, fileSystem] = line.trim().split(/\s+/);
    if (device === undefined || mountField === undefined || fileSystem === undefined) continue;
    const mountPath = unescapeMountField(mountField);
    if (removableMountRoots.some((root) => mountPath.startsWith(root))) mounts.push({ device, mountPath, fileSystem });
  }
  return mounts;
}

async function driveFromMount(mount: ProcMount, statfs: DriveListerDependencies['statfs']): Promise<Drive> {
  const space = await statfs(mount.mountPath).catch(() => null);
  return {
    id: mount.mountPath,
    label: path.posix.basename(mount.mountPath),
    mountPath: mount.mountPath,
    freeBytes: space === null ? null : space.bavail * space.bsize,
    totalBytes: space === null ? null : space.blocks * space.bsize,
    fileSystem: mount.fileSystem,
  };
}

const logicalDisk = z.object({
  DeviceID: z.string().regex(/^[A-Za-z]:$/),
  VolumeName: z.string().nullish(),
  FreeSpace: z.number().nonnegative().nullish(),
  Size: z.number().nonnegative().nullish(),
  FileSystem: z.string().nullish(),
});

/** ConvertTo-Json prints one object bare, several as an array, and nothing at all for none. */
const logicalDisks = z.union([z.array(logicalDisk), logicalDisk.transform((disk) => [disk])]);

export function parseWindowsLogicalDisks(stdout: string): Result<Drive[]> {
  // trim() also drops the byte-order mark PowerShell writes in front of UTF-8 output.
  const text = stdout.trim();
  if (text === '') return ok([]);
  const parsed = parseJson(text, logicalDisks);
  if (!parsed.ok) return fail('read-failed', `PowerShell Win32_LogicalDisk: ${parsed.error.detail ?? ''}`);
  return ok(
    parsed.value.flatMap((disk) => {
      // A card reader slot with no card in it has no size and cannot be written to.
      if (disk.Size === null || disk.Size === undefined) return [];
      const deviceId = disk.DeviceID.toUpperCase();
      const mountPath = `${deviceId}\\`;
      return [
        {
          id: mountPath,
          label: disk.VolumeName?.trim() || deviceId,
          mountPath,
          freeBytes: disk.FreeSpace ?? null,
          totalBytes: disk.Size,
          fileSystem: disk.FileSystem ?? null,
        },
      ];
    }),
  );
}

function parseJson<T>(text: string, schema: z.ZodType<T, unknown>): Result<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    return fail('read-failed', `đầu ra không phải JSON (${describeUnknownError(cause)}): ${text.slice(0, 120)}`);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return fail('read-failed', `đầu ra không đúng định dạng: ${issue ? `${issue.path.join('.')} ${issue.message}` : ''}`);
}
