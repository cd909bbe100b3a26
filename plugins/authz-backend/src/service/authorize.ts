import {
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { DecisionJournal } from '@internal/plugin-authz-node';
import { Request } from 'express';

/**
 * Authenticates the caller (401 when it cannot) and asks the permission
 * framework (403 naming the denying policy and decision id when it says no).
 */
export function createRouteAuthorizer(deps: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  journal: DecisionJournal;
}) {
  return async function authorize(
    req: Request,
    permission: BasicPermission,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>> {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const startedAt = Date.now();
    const [decision] = await deps.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      const denial = deps.journal.latestDenial(
        credentials.principal.userEntityRef,
        { permission: permission.name, sinceMs: startedAt - 1 },
      );
      throw new NotAllowedError(
        denial
          ? `${permission.name} denied: ${denial.summary} (decision ${denial.decisionId})`
          : `${permission.name} denied`,
      );
    }
    return credentials;
  };
}

export type RouteAuthorizer = ReturnType<typeof createRouteAuthorizer>;

/**
 * For the routes that change something: authorizes `permission` and resolves
 * to the caller's entity ref, the actor the change is recorded under.
 */
export function actorAuthorizer(
  authorize: RouteAuthorizer,
  permission: BasicPermission,
) {
  return async (req: Request): Promise<string> =>
    (await authorize(req, permission)).principal.userEntityRef;
}
