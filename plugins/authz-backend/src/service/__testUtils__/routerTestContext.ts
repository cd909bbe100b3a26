import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { DecisionJournal } from '@internal/plugin-authz-node';
import { createRouteAuthorizer } from '@internal/plugin-authz-node';
import { AuthzRouterContext } from '../AuthzRouterContext';

/**
 * The context of the `/api/authz` routers behind mock auth: a request without
 * credentials is unauthenticated, and only the permissions named in `allowed`
 * are granted. The database side comes from the caller.
 */
export function createRouterTestContext(
  options: Pick<AuthzRouterContext, 'knex' | 'changes' | 'pdpData'> & {
    allowed: string[];
  },
) {
  const { allowed, ...database } = options;
  const httpAuth = mockServices.httpAuth({
    defaultCredentials: mockCredentials.none(),
  });
  const permissions = mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(request => ({
        result: allowed.includes(request.permission.name)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      })),
  });
  const context: AuthzRouterContext = {
    logger: mockServices.logger.mock(),
    config: mockServices.rootConfig(),
    auth: mockServices.auth(),
    httpAuth,
    discovery: mockServices.discovery(),
    events: mockServices.events(),
    authorize: createRouteAuthorizer({
      httpAuth,
      permissions,
      journal: new DecisionJournal(),
    }),
    ...database,
  };
  return { context, permissions };
}
