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
  Permission,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { Request } from 'express';
import { DecisionJournal } from '../journal';

/**
 * Authenticates the caller (401 when it cannot) and asks the permission
 * framework (403 naming the denying policy and decision id when it says no).
 */
export function createRouteAuthorizer(deps: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  journal: DecisionJournal;
}) {
  const denied = (
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    permission: Permission,
    startedAt: number,
  ) => {
    const denial = deps.journal.latestDenial(
      credentials.principal.userEntityRef,
      { permission: permission.name, sinceMs: startedAt - 1 },
    );
    return new NotAllowedError(
      denial
        ? `${permission.name} denied: ${denial.summary} (decision ${denial.decisionId})`
        : `${permission.name} denied`,
    );
  };

  async function authorize(
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
      throw denied(credentials, permission, startedAt);
    }
    return credentials;
  }

  /**
   * For lists of a resource type: ALLOW or the CONDITIONAL criteria the
   * caller turns into a query filter; DENY is the same 403 as above.
   */
  authorize.conditional = async function authorizeConditional(
    req: Request,
    permission: ResourcePermission,
  ): Promise<{
    credentials: BackstageCredentials<BackstageUserPrincipal>;
    decision: Exclude<PolicyDecision, { result: AuthorizeResult.DENY }>;
  }> {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const startedAt = Date.now();
    const [decision] = await deps.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.DENY) {
      throw denied(credentials, permission, startedAt);
    }
    return { credentials, decision };
  };

  /** For one resource: the permission framework applies the conditions. */
  authorize.resource = async function authorizeResource(
    req: Request,
    permission: ResourcePermission,
    resourceRef: string,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>> {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const startedAt = Date.now();
    const [decision] = await deps.permissions.authorize(
      [{ permission, resourceRef }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw denied(credentials, permission, startedAt);
    }
    return credentials;
  };

  return authorize;
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
