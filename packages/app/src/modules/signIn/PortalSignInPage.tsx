import { SignInPage, SignInProviderConfig } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { SignInPageProps } from '@backstage/plugin-app-react';
import { oidcAuthApiRef } from './oidcAuthApiRef';

const oidcProvider: SignInProviderConfig = {
  id: 'oidc',
  title: 'Company SSO',
  message: 'Sign in with your company account (OpenID Connect)',
  apiRef: oidcAuthApiRef,
};

/** Offers the sign-in methods listed in `app.signInProviders`. */
export const PortalSignInPage = (props: SignInPageProps) => {
  const configApi = useApi(configApiRef);
  const wanted = configApi.getOptionalStringArray('app.signInProviders') ?? [
    'guest',
  ];
  const providers = wanted.map(id => (id === 'oidc' ? oidcProvider : 'guest'));
  return (
    <SignInPage
      {...props}
      title="Platform Portal"
      align="center"
      providers={providers as Array<'guest' | SignInProviderConfig>}
    />
  );
};
