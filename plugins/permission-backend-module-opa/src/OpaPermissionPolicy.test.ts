import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import {
  normalizePolicyDocument,
  PdpData,
} from '@internal/plugin-authz-common';
import { PolicyEngine, WasmDecisionPoint } from '@internal/plugin-authz-node';
import { OpaPermissionPolicy } from './OpaPermissionPolicy';

const data: PdpData = {
  revision: 3,
  users: { 'user:default/zed': { status: 'disabled', groups: [] } },
  departmentAncestors: {},
  roleBindings: { 'group:default/sre': ['editors'] },
  allUsersRoles: ['readers'],
  roles: {
    readers: { name: 'Portal Reader', policies: ['read'] },
    editors: { name: 'Owner Editor', policies: ['own'] },
  },
  policies: {
    read: {
      name: 'PortalReadAccess',
      statements: normalizePolicyDocument({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Read',
            Effect: 'Allow',
            Action: 'catalog.entity.read',
            Resource: '*',
          },
        ],
      }),
    },
    own: {
      name: 'OwnerEdits',
      statements: normalizePolicyDocument({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'EditOwn',
            Effect: 'Allow',
            Action: 'catalog.entity.delete',
            Resource: 'catalog-entity',
            Condition: {
              StringEquals: {
                'portal:ResourceOwner': '${portal:PrincipalOwnershipRefs}',
              },
            },
          },
        ],
      }),
    },
  },
};

const readPermission = createPermission({
  name: 'catalog.entity.read',
  attributes: { action: 'read' },
  resourceType: 'catalog-entity',
});
const deletePermission = createPermission({
  name: 'catalog.entity.delete',
  attributes: { action: 'delete' },
  resourceType: 'catalog-entity',
});

async function policyWith(userInfo = mockServices.userInfo.mock()) {
  const engine = new PolicyEngine({
    point: await WasmDecisionPoint.create(),
    loadData: async () => data,
    fallback: 'deny',
    logger: mockServices.logger.mock(),
  });
  return new OpaPermissionPolicy(engine, userInfo);
}

const asUser = (ref: string, ownership: string[]) => {
  const userInfo = mockServices.userInfo.mock({
    getUserInfo: async () => ({
      userEntityRef: ref,
      ownershipEntityRefs: ownership,
    }),
  });
  return {
    userInfo,
    user: {
      credentials: mockCredentials.user(ref),
      info: { userEntityRef: ref, ownershipEntityRefs: ownership },
    },
  };
};

describe('OpaPermissionPolicy', () => {
  it('allows what an all-users role grants', async () => {
    const { userInfo, user } = asUser('user:default/alice', [
      'user:default/alice',
    ]);
    const policy = await policyWith(userInfo);
    expect(await policy.handle({ permission: readPermission }, user)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it('answers CONDITIONAL with the catalog owner rule for the caller’s groups', async () => {
    const { userInfo, user } = asUser('user:default/alice', [
      'user:default/alice',
      'group:default/sre',
    ]);
    const policy = await policyWith(userInfo);
    expect(await policy.handle({ permission: deletePermission }, user)).toEqual(
      {
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {
          rule: 'IS_ENTITY_OWNER',
          resourceType: 'catalog-entity',
          params: { claims: ['group:default/sre', 'user:default/alice'] },
        },
      },
    );
  });

  it('denies a disabled user and anyone unauthenticated', async () => {
    const { userInfo, user } = asUser('user:default/zed', ['user:default/zed']);
    expect(
      await (
        await policyWith(userInfo)
      ).handle({ permission: readPermission }, user),
    ).toEqual({ result: AuthorizeResult.DENY });
    expect(
      await (await policyWith()).handle({ permission: deletePermission }),
    ).toEqual({ result: AuthorizeResult.DENY });
  });

  it('answers the fallback when the PAP data cannot be loaded', async () => {
    const { userInfo, user } = asUser('user:default/alice', [
      'user:default/alice',
    ]);
    const failing = new OpaPermissionPolicy(
      new PolicyEngine({
        point: await WasmDecisionPoint.create(),
        loadData: async () => {
          throw new Error('authz backend unreachable');
        },
        fallback: 'allow',
        logger: mockServices.logger.mock(),
      }),
      userInfo,
    );
    expect(await failing.handle({ permission: readPermission }, user)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });
});
