import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { grantedAuth, TestGrants } from './grantedAuth';

const asAlice = { credentials: mockCredentials.user() };

const read = createPermission({ name: 'thing.read', attributes: {} });
const update = createPermission({
  name: 'thing.update',
  attributes: { action: 'update' },
  resourceType: 'thing',
});
const conditional = {
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'things',
  resourceType: 'thing',
  conditions: { rule: 'IS_OWNER', resourceType: 'thing', params: {} },
} as const;

describe('grantedAuth', () => {
  it('allows only what is granted, as the grants are at the time', async () => {
    const grants: TestGrants = {};
    const { permissions } = grantedAuth(grants);

    await expect(
      permissions.authorize([{ permission: read }], asAlice),
    ).resolves.toEqual([{ result: AuthorizeResult.DENY }]);
    grants['thing.read'] = true;
    await expect(
      permissions.authorize([{ permission: read }], asAlice),
    ).resolves.toEqual([{ result: AuthorizeResult.ALLOW }]);
  });

  it('allows a conditional grant and hands its decision to authorizeConditional', async () => {
    const { permissions } = grantedAuth({ 'thing.update': conditional });

    await expect(
      permissions.authorize(
        [{ permission: update, resourceRef: 'thing:default/a' }],
        asAlice,
      ),
    ).resolves.toEqual([{ result: AuthorizeResult.ALLOW }]);
    await expect(
      permissions.authorizeConditional([{ permission: update }], asAlice),
    ).resolves.toEqual([conditional]);
  });

  it('treats a request without credentials as unauthenticated', async () => {
    const { httpAuth } = grantedAuth({});
    await expect(
      httpAuth.credentials({ headers: {} } as any, { allow: ['user'] }),
    ).rejects.toThrow(/credentials|authenticat/i);
  });
});
