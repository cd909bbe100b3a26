export interface Config {
  app?: {
    /**
     * Sign-in methods offered on the sign-in page, in order. `guest` is for
     * local use only; production offers `oidc`. Default: `[guest]`.
     * @visibility frontend
     */
    signInProviders?: Array<'guest' | 'oidc'>;
  };
}
