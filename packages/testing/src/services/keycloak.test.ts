import { requireServiceEnv } from '../requireServiceEnv';

const requireEnv = (name: string) => requireServiceEnv('keycloak', name);

// The claims of a JWT; the signature is Keycloak's business, not this test's.
function jwtPayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
}

describe('keycloak service', () => {
  const issuer = requireEnv('OIDC_ISSUER_URL');
  const clientId = requireEnv('OIDC_CLIENT_ID');
  const clientSecret = requireEnv('OIDC_CLIENT_SECRET');

  it('signs alice.kim in with the password grant', async () => {
    const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);
    const { issuer: advertised, token_endpoint: tokenEndpoint } =
      await discovery.json();
    expect(advertised).toBe(issuer);

    const response = await fetch(tokenEndpoint, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: clientId,
        client_secret: clientSecret,
        username: 'alice.kim',
        password: 'password',
        scope: 'openid email profile',
      }),
    });
    expect(response.status).toBe(200);
    const tokens = await response.json();
    for (const token of [tokens.id_token, tokens.access_token]) {
      expect(jwtPayload(token)).toMatchObject({
        iss: issuer,
        preferred_username: 'alice.kim',
        email: 'alice.kim@acme.example',
        email_verified: true,
      });
    }
  });
});
