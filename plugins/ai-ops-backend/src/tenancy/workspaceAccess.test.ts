import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  aiOpsPipelineUpdatePermission,
  aiOpsWorkspaceReadPermission,
} from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import Router from 'express-promise-router';
import request from 'supertest';
import {
  asUser,
  createTestApp,
  createTestWorkspace,
  workspaceCondition,
} from '../__testUtils__/testContext';
import { migratedTestContext } from '../__testUtils__/migratedTestContext';
import { registerWorkspaceResourceType } from './registerWorkspaceResourceType';
import { authorizeWorkspace } from './workspaceAccess';
import { WorkspaceResource } from './workspaceRows';
import { decisionAllowsWorkspace } from './workspaceRules';

describeOnBothDatabases('authorizeWorkspace', databases => {
  async function setUp(databaseId: Parameters<typeof databases.init>[0]) {
    const test = await migratedTestContext(databases, databaseId);
    const { knex } = test;
    await createTestWorkspace(knex, {
      name: 'ml-research',
      members: [
        { principal: 'user:default/alice', role: 'editor' },
        { principal: 'group:default/ml-platform', role: 'viewer' },
      ],
    });
    const router = Router();
    router.get('/workspaces/:workspace/probe', async (req, res) => {
      const access = await authorizeWorkspace(
        test.context,
        req,
        aiOpsPipelineUpdatePermission,
      );
      res.json({ workspace: access.workspace.name, actor: access.actor });
    });
    return { ...test, app: createTestApp(router) };
  }

  it.each(databases.eachSupportedId())(
    'answers 401, 404, 403 and the access on %p',
    async databaseId => {
      const { app, grants } = await setUp(databaseId);
      const probe = (workspace: string) =>
        request(app).get(`/workspaces/${workspace}/probe`);

      await probe('ml-research').expect(401);

      await probe('ml-research').set(asUser()).expect(403);

      grants[aiOpsPipelineUpdatePermission.name] = workspaceCondition(
        'editor',
        ['user:default/ALICE', 'group:default/nobody'],
      );
      await probe('nowhere').set(asUser()).expect(404);
      expect(
        (await probe('ml-research').set(asUser()).expect(200)).body,
      ).toEqual({ workspace: 'ml-research', actor: 'user:default/alice' });

      // A viewer (through a group) is no editor.
      const bob = asUser('user:default/bob');
      grants[aiOpsPipelineUpdatePermission.name] = workspaceCondition(
        'editor',
        ['user:default/bob', 'group:default/ml-platform'],
      );
      const denied = await probe('ml-research').set(bob).expect(403);
      expect(denied.body.error.message).toContain(
        "ai-ops.pipeline.update denied in workspace 'ml-research'",
      );

      grants[aiOpsPipelineUpdatePermission.name] = true;
      await probe('ml-research').set(bob).expect(200);
    },
  );

  it.each(databases.eachSupportedId())(
    'resolves workspaces for the permission backend on %p',
    async databaseId => {
      const { knex } = await setUp(databaseId);
      const registry = mockServices.permissionsRegistry.mock();
      registerWorkspaceResourceType(registry, knex);
      const [[options]] = registry.addResourceType.mock.calls;
      expect(options.permissions?.map(p => p.name)).toContain(
        aiOpsWorkspaceReadPermission.name,
      );
      expect(options.permissions?.map(p => p.name)).not.toContain(
        'ai-ops.workspace.create',
      );
      const [found, missing] = (await options.getResources!([
        'ml-research',
        'nowhere',
      ])) as (WorkspaceResource | undefined)[];
      expect(missing).toBeUndefined();
      expect(found?.workspace.name).toBe('ml-research');

      const allows = (decision: PolicyDecision) =>
        decisionAllowsWorkspace(decision, found);
      expect(
        allows(workspaceCondition('member', ['group:default/ML-PLATFORM'])),
      ).toBe(true);
      expect(
        allows(workspaceCondition('editor', ['group:default/ml-platform'])),
      ).toBe(false);
      expect(allows(workspaceCondition('editor', ['user:default/alice']))).toBe(
        true,
      );
      expect(allows(workspaceCondition('admin', ['user:default/alice']))).toBe(
        false,
      );
      expect(
        allows({
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'ai-ops',
          resourceType: 'ai-ops-workspace',
          conditions: {
            rule: 'HAS_OWNER',
            resourceType: 'ai-ops-workspace',
            params: { values: ['group:default/test-team'] },
          },
        }),
      ).toBe(true);
    },
  );
});
