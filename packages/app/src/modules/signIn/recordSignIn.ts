import { DiscoveryApi, IdentityApi } from '@backstage/core-plugin-api';

/**
 * Tells the Access family that this user just signed in (their "last
 * login"). Best effort: signing in never waits for it or fails because of it.
 */
export async function recordSignIn(
  discovery: DiscoveryApi,
  identity: IdentityApi,
): Promise<void> {
  try {
    const { token } = await identity.getCredentials();
    await fetch(`${await discovery.getBaseUrl('authz')}/me/sign-ins`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch {
    // The sign-in itself succeeded; a missing "last login" is not worth an error.
  }
}
