import useAsync from 'react-use/esm/useAsync';
import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';

/** The signed-in user's entity ref, once known. */
export function useCurrentUserRef(): string | undefined {
  const identityApi = useApi(identityApiRef);
  return useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  ).value;
}
