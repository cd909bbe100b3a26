import { RootConfigService } from '@backstage/backend-plugin-api';

/** An absolute portal URL for a page path, from `app.baseUrl`. */
export function portalUrlOf(config: RootConfigService) {
  const base = config.getString('app.baseUrl').replace(/\/+$/, '');
  return (path: string) => `${base}${path}`;
}
