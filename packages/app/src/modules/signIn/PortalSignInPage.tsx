import { SignInPage } from '@backstage/core-components';
import {
  configApiRef,
  discoveryApiRef,
  IdentityApi,
  useApi,
} from '@backstage/core-plugin-api';
import { SignInPageProps } from '@backstage/plugin-app-react';
import { recordSignIn } from './recordSignIn';
import { signInProviders } from './signInProviders';

/** Offers the sign-in methods listed in `app.signInProviders`. */
export const PortalSignInPage = (props: SignInPageProps) => {
  const providers = signInProviders(useApi(configApiRef));
  const discovery = useApi(discoveryApiRef);
  const onSignInSuccess = (identity: IdentityApi) => {
    recordSignIn(discovery, identity);
    props.onSignInSuccess(identity);
  };
  return (
    <SignInPage
      {...props}
      onSignInSuccess={onSignInSuccess}
      title="Platform Portal"
      align="center"
      providers={providers}
    />
  );
};
