/**
 * The names both sides of the bridge agree on, kept apart from the schemas so that the sandboxed
 * preload bundles them without pulling in zod.
 */

/** Name of the object the preload puts on `window`. */
export const bridgeGlobalName = 'soCanBoPlatform';

/** `writeFileToDrive` → `platform:write-file-to-drive`: one namespace, domain-verb names. */
export function ipcChannel(method: string): string {
  return `platform:${method.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
