import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';

/**
 * Permissions a test grants: a name → ALLOW, or the full decision (e.g. a
 * CONDITIONAL one for a resource permission). Everything else is DENY. The
 * record may be changed while a test runs.
 */
export type TestGrants = Record<string, true | PolicyDecision>;

/**
 * Mock `httpAuth` and `permissions` answering from `grants`: a request
 * without credentials is unauthenticated (401), and only granted
 * permissions are allowed. A conditional grant is allowed by `authorize`
 * (the permission backend would apply it to the resource ref); routes that
 * apply its rules get the decision itself from `authorizeConditional`.
 */
export function grantedAuth(grants: TestGrants) {
  const httpAuth = mockServices.httpAuth({
    defaultCredentials: mockCredentials.none(),
  });
  const decide = (name: string): PolicyDecision => {
    const grant = grants[name];
    if (grant === true) return { result: AuthorizeResult.ALLOW };
    return grant ?? { result: AuthorizeResult.DENY };
  };
  const permissions = mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(request => ({
        result:
          decide(request.permission.name).result === AuthorizeResult.DENY
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      })),
    authorizeConditional: async requests =>
      requests.map(request => decide(request.permission.name)) as any,
  });
  return { httpAuth, permissions };
}
