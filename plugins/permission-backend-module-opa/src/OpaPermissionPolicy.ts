import {
  BackstageCredentials,
  BackstageUserInfo,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { PolicyDecision } from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { PdpInput } from '@internal/plugin-authz-common';
import { PolicyEngine, toPolicyDecision } from '@internal/plugin-authz-node';

/**
 * The portal's permission policy: every question goes to the PDP, which
 * evaluates the Access family's Rego against the PAP data.
 */
export class OpaPermissionPolicy implements PermissionPolicy {
  /**
   * The permission backend hands every item of a batch the same credentials
   * object: resolve the user's info once per request, not once per item.
   */
  private readonly infos = new WeakMap<
    BackstageCredentials,
    Promise<BackstageUserInfo>
  >();

  constructor(
    private readonly engine: PolicyEngine,
    private readonly userInfo: UserInfoService,
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const info = user ? await this.infoOf(user.credentials) : undefined;
    const { permission } = request;
    const input: PdpInput = {
      principal: {
        // Unauthenticated callers match no binding and so are denied.
        ref: info?.userEntityRef ?? 'anonymous',
        ownershipRefs: info?.ownershipEntityRefs ?? [],
      },
      permission: {
        name: permission.name,
        type: permission.type,
        resourceType:
          'resourceType' in permission ? permission.resourceType : undefined,
        action: permission.attributes.action,
      },
    };
    const { decision } = await this.engine.decide(input);
    return toPolicyDecision(decision);
  }

  private infoOf(
    credentials: BackstageCredentials,
  ): Promise<BackstageUserInfo> {
    let info = this.infos.get(credentials);
    if (!info) {
      info = this.userInfo.getUserInfo(credentials);
      this.infos.set(credentials, info);
    }
    return info;
  }
}
