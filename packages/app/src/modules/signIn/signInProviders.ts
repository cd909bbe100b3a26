import { SignInProviderConfig } from '@backstage/core-components';
import { Config } from '@backstage/config';
import { oidcAuthApiRef } from './oidcAuthApiRef';

const oidcProvider: SignInProviderConfig = {
  id: 'oidc',
  title: 'Company SSO',
  message: 'Sign in with your company account (OpenID Connect)',
  apiRef: oidcAuthApiRef,
};

/** The sign-in methods listed in `app.signInProviders` (default: guest). */
export function signInProviders(
  config: Config,
): Array<'guest' | SignInProviderConfig> {
  const ids = config.getOptionalStringArray('app.signInProviders') ?? ['guest'];
  return ids.map(id => {
    if (id === 'oidc') return oidcProvider;
    if (id === 'guest') return 'guest';
    throw new Error(`app.signInProviders: unknown sign-in provider '${id}'`);
  });
}
