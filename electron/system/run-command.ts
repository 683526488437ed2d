import { execFile } from 'node:child_process';

/** Runs a program without a shell and resolves with its standard output; rejects on a non-zero exit or a timeout. */
export type CommandRunner = (command: string, args: readonly string[]) => Promise<string>;

export function createCommandRunner(timeoutMs: number): CommandRunner {
  return (command, args) =>
    new Promise((resolve, reject) => {
      execFile(
        command,
        args,
        { encoding: 'utf8', timeout: timeoutMs, windowsHide: true, maxBuffer: 4 * 1024 * 1024 },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`${command}: ${error.message}${stderr ? `\n${stderr.trim()}` : ''}`));
          else resolve(stdout);
        },
      );
    });
}
