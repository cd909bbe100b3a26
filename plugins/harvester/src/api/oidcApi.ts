import {
  ApiBlueprint,
  ApiRef,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
  OpenIdConnectApi,
} from '@backstage/frontend-plugin-api';
import { harvesterApiRef } from './HarvesterApi';
import { HarvesterClient } from './HarvesterClient';

/**
 * The harvester API extension (`api:harvester`) with the signed-in user's
 * OIDC ID token, for clusters that act as the user (`authType: oidc`).
 * The app installs it in a frontend module for plugin `harvester`, naming
 * its own OIDC auth API, which replaces the plugin's token-less one.
 */
export function harvesterApiWithOidc(oidcAuthApiRef: ApiRef<OpenIdConnectApi>) {
  return ApiBlueprint.make({
    params: defineParams =>
      defineParams({
        api: harvesterApiRef,
        deps: {
          discoveryApi: discoveryApiRef,
          fetchApi: fetchApiRef,
          identityApi: identityApiRef,
          oidcAuthApi: oidcAuthApiRef,
        },
        factory: ({ oidcAuthApi, ...deps }) =>
          new HarvesterClient({
            ...deps,
            // `optional`: no sign-in popup; guests simply send no token.
            oidcToken: () => oidcAuthApi.getIdToken({ optional: true }),
          }),
      }),
  });
}
