export { platformAreas } from './platformAreas';
export type { PlatformArea } from './platformAreas';
export { useInstalledPlatformAreas } from './useInstalledPlatformAreas';
export type { PlatformAreaStatus } from './useInstalledPlatformAreas';
