import { SignInPage } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { SignInPageProps } from '@backstage/plugin-app-react';
import { signInProviders } from './signInProviders';

/** Offers the sign-in methods listed in `app.signInProviders`. */
export const PortalSignInPage = (props: SignInPageProps) => {
  const providers = signInProviders(useApi(configApiRef));
  return (
    <SignInPage
      {...props}
      title="Platform Portal"
      align="center"
      providers={providers}
    />
  );
};
