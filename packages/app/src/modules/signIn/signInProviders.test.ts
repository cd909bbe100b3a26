import { ConfigReader } from '@backstage/config';
import { signInProviders } from './signInProviders';
import { oidcAuthApiRef } from './oidcAuthApiRef';

describe('signInProviders', () => {
  it('offers guest sign-in by default', () => {
    expect(signInProviders(new ConfigReader({}))).toEqual(['guest']);
  });

  it('offers the listed providers in order', () => {
    const providers = signInProviders(
      new ConfigReader({ app: { signInProviders: ['oidc', 'guest'] } }),
    );
    expect(providers).toEqual([
      expect.objectContaining({ id: 'oidc', apiRef: oidcAuthApiRef }),
      'guest',
    ]);
  });

  it('rejects an unknown provider by name', () => {
    expect(() =>
      signInProviders(new ConfigReader({ app: { signInProviders: ['saml'] } })),
    ).toThrow("unknown sign-in provider 'saml'");
  });
});
