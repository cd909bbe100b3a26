import {
  appTreeApiRef,
  coreExtensionData,
  useApi,
} from '@backstage/frontend-plugin-api';
import { PlatformArea, platformAreas } from './platformAreas';

export type PlatformAreaStatus = PlatformArea & {
  /** Where the family's page is mounted, or undefined when not installed. */
  path?: string;
};

/** Resolves each platform area against the extensions this app has loaded. */
export function useInstalledPlatformAreas(): PlatformAreaStatus[] {
  const { tree } = useApi(appTreeApiRef).getTree();
  return platformAreas.map(area => {
    const instance = tree.nodes.get(area.pageExtensionId)?.instance;
    const path = instance?.getData(coreExtensionData.routePath);
    return { ...area, path };
  });
}
