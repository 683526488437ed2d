import { describe, expect, it } from 'vitest';
import { createCommandRunner } from './run-command';

const node = process.execPath;

describe('createCommandRunner', () => {
  it('returns standard output, passing arguments without a shell', async () => {
    const run = createCommandRunner(10_000);
    await expect(run(node, ['-e', 'process.stdout.write(process.argv[1])', 'a; echo injected'])).resolves.toBe('a; echo injected');
  });

  it('rejects with the standard error on a non-zero exit', async () => {
    const run = createCommandRunner(10_000);
    await expect(run(node, ['-e', 'console.error("lsblk: hỏng"); process.exit(3)'])).rejects.toThrow('lsblk: hỏng');
  });

  it('rejects when the program does not finish in time', async () => {
    const run = createCommandRunner(200);
    await expect(run(node, ['-e', 'setTimeout(() => {}, 10_000)'])).rejects.toThrow();
  });
});
