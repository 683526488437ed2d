/**
 * The renderer's only door to the machine. In Electron the preload has put the bridge on `window`;
 * in an ordinary browser the web implementation of the same contract stands in.
 */
import { bridgeGlobalName, type PlatformApi } from '../../shared/platform/contract';
import { createWebPlatform } from './web-platform';

function electronBridge(): PlatformApi | undefined {
  return (window as unknown as Record<string, PlatformApi | undefined>)[bridgeGlobalName];
}

export const platform: PlatformApi = electronBridge() ?? createWebPlatform();
