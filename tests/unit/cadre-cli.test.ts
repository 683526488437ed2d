import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cadre = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/cadre.ts', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadre-cli-'));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run cadre', () => {
  it('simulates a network, writes its bundles and roster, then inspects and verifies them', async () => {
    const sim = await cadre('sim', '--dir', dir, '--seed', '3', '--communes', '3', '--rounds', '2', '--changes', '5');
    expect(sim.code, sim.stderr).toBe(0);
    const result = JSON.parse(await readFile(join(dir, 'result.json'), 'utf8')) as { converged: boolean; bundles: number };
    expect(result.converged).toBe(true);
    const files = (await readdir(dir)).filter((name) => name.endsWith('.scb'));
    expect(files).toHaveLength(result.bundles);
    expect(files.every((name) => /^SCB_[a-z0-9.-]+_den_[a-z0-9.-]+_\d{4}\.scb$/i.test(name))).toBe(true);

    const bundle = join(dir, files[0]!);
    const inspected = await cadre('bundle', 'inspect', bundle, '--json');
    expect(inspected.code).toBe(0);
    expect(JSON.parse(inspected.stdout)).toMatchObject({ format: 'so-can-bo-bundle', formatMajor: 1 });

    const verified = await cadre('bundle', 'verify', bundle, '--roster', join(dir, 'roster.json'));
    expect(verified.code, verified.stderr).toBe(0);

    const damaged = new Uint8Array(await readFile(bundle));
    damaged[damaged.length - 5] = damaged[damaged.length - 5]! ^ 0xff;
    await writeFile(join(dir, 'damaged.scb'), damaged);
    const refused = await cadre('bundle', 'verify', join(dir, 'damaged.scb'), '--roster', join(dir, 'roster.json'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bị hỏng');
  }, 180_000);

  it('explains its usage on a wrong command', async () => {
    const wrong = await cadre('nothing');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Cách dùng');
  }, 60_000);
});
