import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import { DryRunResponse } from '@internal/plugin-authz-common';

export type CreatorAccess =
  | { allowed: true }
  | { allowed: false; reason: string; decisionId?: string };

/**
 * Whether a key's creator may still do what the key asks, under the live
 * Access policy: a key stops working when its creator loses access or is
 * disabled.
 */
export interface CreatorAccessCheck {
  check(
    creator: string,
    permission: ResourcePermission,
    workspace: string,
  ): Promise<CreatorAccess>;
}

/**
 * Asks the Access family's `POST /dry-run` with this plugin's service
 * credentials: Backstage cannot mint a user's credentials, and the dry-run
 * answers with the live policy for any user (the resource's conditions
 * applied by this plugin), naming the policy when it denies.
 */
export class AuthzCreatorAccessCheck implements CreatorAccessCheck {
  constructor(
    private readonly deps: { auth: AuthService; discovery: DiscoveryService },
  ) {}

  async check(
    creator: string,
    permission: ResourcePermission,
    workspace: string,
  ): Promise<CreatorAccess> {
    const { auth, discovery } = this.deps;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'authz',
    });
    const response = await fetch(
      `${await discovery.getBaseUrl('authz')}/dry-run`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          principal: { userRef: creator },
          permission: {
            name: permission.name,
            type: 'resource',
            resourceType: permission.resourceType,
            action: permission.attributes.action,
          },
          resourceRef: workspace,
        }),
      },
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    const { decisionId, current } = (await response.json()) as DryRunResponse;
    if (current.resourceResult === 'ALLOW') return { allowed: true };
    return {
      allowed: false,
      decisionId,
      reason:
        current.result === 'CONDITIONAL'
          ? `${current.summary}, and workspace '${workspace}' does not`
          : current.summary,
    };
  }
}
