import { describe, expect, it } from 'vitest';
import type { Drive } from '../../shared/platform/contract';
import type { CommandRunner } from '../system/run-command';
import {
  createDriveLister,
  lsblkArguments,
  parseLsblkOutput,
  parseProcMounts,
  parseWindowsLogicalDisks,
  powershellArguments,
  windowsPowershellPath,
  type DriveListerDependencies,
  type FileSystemSpace,
} from './list-drives';

/** util-linux 2.38 on a laptop: internal SATA disk, a USB stick, a USB hard disk, a DVD, a snap loop, an unmounted stick. */
const lsblkModern = `{
   "blockdevices": [
      {"name":"loop0", "path":"/dev/loop0", "rm":false, "hotplug":false, "tran":null, "type":"loop", "mountpoint":"/snap/core22/1380", "fstype":"squashfs", "label":null, "size":77885440, "fsavail":0},
      {"name":"sda", "path":"/dev/sda", "rm":false, "hotplug":false, "tran":"sata", "type":"disk", "mountpoint":null, "fstype":null, "label":null, "size":256060514304, "fsavail":null,
         "children": [
            {"name":"sda1", "path":"/dev/sda1", "rm":false, "hotplug":false, "tran":null, "type":"part", "mountpoint":"/boot/efi", "fstype":"vfat", "label":null, "size":536870912, "fsavail":530579456},
            {"name":"sda2", "path":"/dev/sda2", "rm":false, "hotplug":false, "tran":null, "type":"part", "mountpoint":"/", "fstype":"ext4", "label":null, "size":255521865728, "fsavail":171430322176}
         ]
      },
      {"name":"sdb", "path":"/dev/sdb", "rm":true, "hotplug":true, "tran":"usb", "type":"disk", "mountpoint":null, "fstype":null, "label":null, "size":15518924800, "fsavail":null,
         "children": [
            {"name":"sdb1", "path":"/dev/sdb1", "rm":true, "hotplug":true, "tran":null, "type":"part", "mountpoint":"/media/vanphong/CHI BO 3", "fstype":"vfat", "label":"CHI BO 3", "size":15517876224, "fsavail":15509217280}
         ]
      },
      {"name":"sdc", "path":"/dev/sdc", "rm":false, "hotplug":false, "tran":"usb", "type":"disk", "mountpoint":null, "fstype":null, "label":null, "size":1000204886016, "fsavail":null,
         "children": [
            {"name":"sdc1", "path":"/dev/sdc1", "rm":false, "hotplug":false, "tran":null, "type":"part", "mountpoint":"/media/vanphong/Lưu trữ", "fstype":"ntfs", "label":"Lưu trữ", "size":1000202043392, "fsavail":412316860416}
         ]
      },
      {"name":"sdd", "path":"/dev/sdd", "rm":true, "hotplug":true, "tran":"usb", "type":"disk", "mountpoint":null, "fstype":null, "label":null, "size":8004304896, "fsavail":null,
         "children": [
            {"name":"sdd1", "path":"/dev/sdd1", "rm":true, "hotplug":true, "tran":null, "type":"part", "mountpoint":null, "fstype":"vfat", "label":"KHAC", "size":8003256320, "fsavail":null}
         ]
      },
      {"name":"sr0", "path":"/dev/sr0", "rm":true, "hotplug":false, "tran":"sata", "type":"rom", "mountpoint":"/media/vanphong/DVD", "fstype":"iso9660", "label":"DVD", "size":4700372992, "fsavail":0}
   ]
}`;

/** Older util-linux: flags as "1"/"0", sizes as strings; a whole-disk stick without a partition table and no label. */
const lsblkLegacy = `{
   "blockdevices": [
      {"name": "sda", "path": "/dev/sda", "rm": "0", "hotplug": "0", "tran": "sata", "type": "disk", "mountpoint": null, "fstype": null, "label": null, "size": "500107862016", "fsavail": null,
         "children": [
            {"name": "sda1", "path": "/dev/sda1", "rm": "0", "hotplug": "0", "tran": null, "type": "part", "mountpoint": "/", "fstype": "ext4", "label": null, "size": "500106813440", "fsavail": "321123456789"}
         ]
      },
      {"name": "sdb", "path": "/dev/sdb", "rm": "1", "hotplug": "1", "tran": "usb", "type": "disk", "mountpoint": "/run/media/cb/sdb", "fstype": "exfat", "label": null, "size": "31914983424", "fsavail": "31900000256"}
   ]
}`;

const procMounts = [
  'sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0',
  'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
  '/dev/sda2 / ext4 rw,relatime,errors=remount-ro 0 0',
  '/dev/sda1 /boot/efi vfat rw,relatime,fmask=0077,dmask=0077,codepage=437,iocharset=iso8859-1,shortname=mixed,errors=remount-ro 0 0',
  'tmpfs /run/user/1000 tmpfs rw,nosuid,nodev,relatime,size=1621132k,mode=700,uid=1000,gid=1000 0 0',
  '/dev/sdb1 /media/vanphong/CHI\\040BO\\0403 vfat rw,nosuid,nodev,relatime,uid=1000,gid=1000,fmask=0022,dmask=0022,codepage=437,iocharset=iso8859-1,shortname=mixed,showexec,utf8,flush,errors=remount-ro 0 0',
  '/dev/sdc1 /run/media/cb/Lưu\\040trữ fuseblk rw,nosuid,nodev,relatime,user_id=0,group_id=0,default_permissions,allow_other,blksize=4096 0 0',
  '/dev/sdd1 /mnt/backup ext4 rw,relatime 0 0',
  '',
].join('\n');

const windowsSingle = '{"DeviceID":"E:","VolumeName":"CHI BO 3","FreeSpace":15509217280,"Size":15518924800,"FileSystem":"FAT32"}\r\n';
const windowsSeveral =
  '\uFEFF[{"DeviceID":"E:","VolumeName":"CHI BO 3","FreeSpace":15509217280,"Size":15518924800,"FileSystem":"FAT32"},' +
  '{"DeviceID":"F:","VolumeName":null,"FreeSpace":null,"Size":null,"FileSystem":null},' +
  '{"DeviceID":"G:","VolumeName":"","FreeSpace":2147483648,"Size":31914983424,"FileSystem":"exFAT"}]\r\n';

const stickE: Drive = {
  id: 'E:\\',
  label: 'CHI BO 3',
  mountPath: 'E:\\',
  freeBytes: 15509217280,
  totalBytes: 15518924800,
  fileSystem: 'FAT32',
};

describe('parseLsblkOutput', () => {
  it('lists mounted removable and USB partitions, skipping internal disks, DVDs, loops and unmounted sticks', () => {
    expect(parseLsblkOutput(lsblkModern)).toEqual({
      ok: true,
      value: [
        {
          id: '/media/vanphong/CHI BO 3',
          label: 'CHI BO 3',
          mountPath: '/media/vanphong/CHI BO 3',
          freeBytes: 15509217280,
          totalBytes: 15517876224,
          fileSystem: 'vfat',
        },
        {
          id: '/media/vanphong/Lưu trữ',
          label: 'Lưu trữ',
          mountPath: '/media/vanphong/Lưu trữ',
          freeBytes: 412316860416,
          totalBytes: 1000202043392,
          fileSystem: 'ntfs',
        },
      ],
    });
  });

  it('reads the older "1"/"0" and string-number format and falls back to the device name for a label', () => {
    expect(parseLsblkOutput(lsblkLegacy)).toEqual({
      ok: true,
      value: [
        {
          id: '/run/media/cb/sdb',
          label: 'sdb',
          mountPath: '/run/media/cb/sdb',
          freeBytes: 31900000256,
          totalBytes: 31914983424,
          fileSystem: 'exfat',
        },
      ],
    });
  });

  it('accepts a null free space and an empty device list', () => {
    const nullFree = lsblkModern.replace('"fsavail":15509217280', '"fsavail":null');
    expect(parseLsblkOutput(nullFree)).toMatchObject({ ok: true, value: [{ freeBytes: null }, {}] });
    expect(parseLsblkOutput('{"blockdevices": []}')).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['an error message', 'lsblk: unknown column: FSAVAIL'],
    ['empty output', ''],
    ['the wrong shape', '{"blockdevices": "sdb"}'],
    ['a negative size', '{"blockdevices":[{"name":"sdb","rm":true,"hotplug":true,"type":"disk","size":-1}]}'],
    ['a flag that is neither boolean nor 0/1', '{"blockdevices":[{"name":"sdb","rm":"yes","hotplug":true,"type":"disk","size":1}]}'],
    ['truncated JSON', lsblkModern.slice(0, 300)],
  ])('returns a readable error for %s', (_name, output) => {
    const result = parseLsblkOutput(output);
    expect(result).toMatchObject({ ok: false, error: { code: 'read-failed' } });
    expect(!result.ok && result.error.detail).toMatch(/^lsblk: /);
  });
});

describe('parseProcMounts', () => {
  it('keeps only automounted media folders and unescapes spaces', () => {
    expect(parseProcMounts(procMounts)).toEqual([
      { device: '/dev/sdb1', mountPath: '/media/vanphong/CHI BO 3', fileSystem: 'vfat' },
      { device: '/dev/sdc1', mountPath: '/run/media/cb/Lưu trữ', fileSystem: 'fuseblk' },
    ]);
  });

  it('ignores garbage lines', () => {
    expect(parseProcMounts('garbage\n\n/dev/sdb1\n\0\0\0')).toEqual([]);
  });
});

describe('parseWindowsLogicalDisks', () => {
  it('wraps the single object PowerShell prints for one stick', () => {
    expect(parseWindowsLogicalDisks(windowsSingle)).toEqual({ ok: true, value: [stickE] });
  });

  it('reads an array, strips the BOM, skips an empty card reader slot and labels an unnamed volume by its letter', () => {
    expect(parseWindowsLogicalDisks(windowsSeveral)).toEqual({
      ok: true,
      value: [
        stickE,
        { id: 'G:\\', label: 'G:', mountPath: 'G:\\', freeBytes: 2147483648, totalBytes: 31914983424, fileSystem: 'exFAT' },
      ],
    });
  });

  it('treats empty output as no sticks', () => {
    expect(parseWindowsLogicalDisks('')).toEqual({ ok: true, value: [] });
    expect(parseWindowsLogicalDisks('\r\n')).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['a PowerShell error', "Get-CimInstance : Access denied\r\nAt line:1 char:1"],
    ['a wrong device id', '{"DeviceID":"\\\\\\\\server\\\\share","VolumeName":"x","FreeSpace":1,"Size":2,"FileSystem":"NTFS"}'],
    ['a string size', '{"DeviceID":"E:","VolumeName":"x","FreeSpace":"1","Size":"2","FileSystem":"FAT32"}'],
    ['a number', '42'],
  ])('returns a readable error for %s', (_name, output) => {
    const result = parseWindowsLogicalDisks(output);
    expect(result).toMatchObject({ ok: false, error: { code: 'read-failed' } });
    expect(!result.ok && result.error.detail).toMatch(/^PowerShell Win32_LogicalDisk: /);
  });
});

describe('createDriveLister', () => {
  /** Scripted stand-ins for the OS tools; each call is recorded. */
  function system(options: {
    platform: NodeJS.Platform;
    outputs?: Record<string, string | Error>;
    procMounts?: string | Error;
    space?: Record<string, FileSystemSpace>;
  }) {
    const commands: Array<{ command: string; args: readonly string[] }> = [];
    const run: CommandRunner = async (command, args) => {
      commands.push({ command, args });
      const output = options.outputs?.[command];
      if (output === undefined) throw new Error(`${command}: spawn ENOENT`);
      if (output instanceof Error) throw output;
      return output;
    };
    const dependencies: DriveListerDependencies = {
      platform: options.platform,
      powershellPath: windowsPowershellPath('C:\\WINDOWS'),
      run,
      readProcMounts: async () => {
        if (options.procMounts instanceof Error) throw options.procMounts;
        return options.procMounts ?? '';
      },
      statfs: async (mountPath) => {
        const space = options.space?.[mountPath];
        if (space === undefined) throw new Error(`statfs ${mountPath}: EACCES`);
        return space;
      },
    };
    return { listDrives: createDriveLister(dependencies), commands };
  }

  it('asks lsblk on Linux', async () => {
    const { listDrives, commands } = system({ platform: 'linux', outputs: { lsblk: lsblkLegacy } });
    expect(await listDrives()).toMatchObject({ ok: true, value: [{ mountPath: '/run/media/cb/sdb' }] });
    expect(commands).toEqual([{ command: 'lsblk', args: lsblkArguments }]);
  });

  it('falls back to /proc/mounts and statfs when lsblk fails or prints garbage', async () => {
    const space = { '/media/vanphong/CHI BO 3': { bavail: 3_786_430, bsize: 4096, blocks: 3_788_544 } };
    for (const lsblk of [new Error('lsblk: unknown column: FSAVAIL'), 'garbage']) {
      const { listDrives } = system({ platform: 'linux', outputs: { lsblk }, procMounts, space });
      expect(await listDrives()).toEqual({
        ok: true,
        value: [
          {
            id: '/media/vanphong/CHI BO 3',
            label: 'CHI BO 3',
            mountPath: '/media/vanphong/CHI BO 3',
            freeBytes: 3_786_430 * 4096,
            totalBytes: 3_788_544 * 4096,
            fileSystem: 'vfat',
          },
          // statfs refused: the drive is still listed, its space unknown.
          { id: '/run/media/cb/Lưu trữ', label: 'Lưu trữ', mountPath: '/run/media/cb/Lưu trữ', freeBytes: null, totalBytes: null, fileSystem: 'fuseblk' },
        ],
      });
    }
  });

  it('reports both causes when lsblk and /proc/mounts both fail', async () => {
    const { listDrives } = system({ platform: 'linux', procMounts: new Error('EACCES: permission denied') });
    const result = await listDrives();
    expect(result).toMatchObject({ ok: false, error: { code: 'read-failed' } });
    expect(!result.ok && result.error.detail).toMatch(/lsblk: spawn ENOENT.*\/proc\/mounts: EACCES/);
  });

  it('asks PowerShell by absolute path on Windows', async () => {
    const powershell = 'C:\\WINDOWS\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
    const { listDrives, commands } = system({ platform: 'win32', outputs: { [powershell]: windowsSingle } });
    expect(await listDrives()).toEqual({ ok: true, value: [stickE] });
    expect(commands).toEqual([{ command: powershell, args: powershellArguments }]);
    expect(powershellArguments.at(-1)).toContain('Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2"');
    expect(windowsPowershellPath(undefined)).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
  });

  it('turns a PowerShell failure into an error result', async () => {
    const { listDrives } = system({ platform: 'win32' });
    expect(await listDrives()).toMatchObject({ ok: false, error: { code: 'read-failed' } });
  });

  it('says plainly that other systems are not supported', async () => {
    const { listDrives, commands } = system({ platform: 'darwin' });
    expect(await listDrives()).toMatchObject({ ok: false, error: { code: 'not-supported' } });
    expect(commands).toEqual([]);
  });
});
