import {
  aiOpsOrganizationManagePermission,
  aiOpsWorkspaceCreatePermission,
  aiOpsWorkspaceManagePermission,
  aiOpsWorkspaceReadPermission,
} from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { auditTrail } from '../__testUtils__/auditTrail';
import {
  asUser,
  createTestApp,
  createTestWorkspace,
  workspaceCondition,
} from '../__testUtils__/testContext';
import { migratedTestContext } from '../__testUtils__/migratedTestContext';
import { createTenancyRouter } from './createTenancyRouter';

const alice = asUser('user:default/alice');
const bob = asUser('user:default/bob');
const members = (path: string) =>
  `/workspaces/ml-research/members/${encodeURIComponent(path)}`;

describeOnBothDatabases('tenancy routes', databases => {
  async function setUp(databaseId: Parameters<typeof databases.init>[0]) {
    const test = await migratedTestContext(databases, databaseId);
    const { knex } = test;
    await createTestWorkspace(knex, {
      name: 'ml-research',
      organization: 'platform',
      members: [
        { principal: 'user:default/alice', role: 'admin' },
        { principal: 'group:default/ml-platform', role: 'viewer' },
      ],
    });
    await createTestWorkspace(knex, {
      name: 'forecasting',
      organization: 'platform',
    });
    const app = createTestApp(await createTenancyRouter(test.context));
    return { ...test, app };
  }

  it.each(databases.eachSupportedId())(
    'creates and edits organisations and workspaces on %p',
    async databaseId => {
      const { app, grants, context } = await setUp(databaseId);
      await request(app).post('/organizations').send({}).expect(401);
      await request(app)
        .post('/organizations')
        .set(alice)
        .send({ name: 'research', title: 'Research' })
        .expect(403);
      grants[aiOpsOrganizationManagePermission.name] = true;
      const bad = await request(app)
        .post('/organizations')
        .set(alice)
        .send({ name: 'Research Lab', title: 'Research' })
        .expect(400);
      expect(bad.body.error.message).toMatch(/^Invalid request: name: /);
      await request(app)
        .post('/organizations')
        .set(alice)
        .send({ name: 'research', title: 'Research' })
        .expect(201);
      await request(app)
        .post('/organizations')
        .set(alice)
        .send({ name: 'research', title: 'Again' })
        .expect(409);
      const renamed = await request(app)
        .patch('/organizations/research')
        .set(alice)
        .send({ title: 'Research lab' })
        .expect(200);
      expect(renamed.body).toMatchObject({
        name: 'research',
        title: 'Research lab',
      });
      await request(app)
        .patch('/organizations/nowhere')
        .set(alice)
        .send({ title: 'x' })
        .expect(404);

      await request(app)
        .post('/organizations/research/workspaces')
        .set(bob)
        .send({
          name: 'vision',
          title: 'Vision',
          owner: 'group:default/ml-platform',
        })
        .expect(403);
      grants[aiOpsWorkspaceCreatePermission.name] = true;
      await request(app)
        .post('/organizations/nowhere/workspaces')
        .set(bob)
        .send({
          name: 'vision',
          title: 'Vision',
          owner: 'group:default/ml-platform',
        })
        .expect(404);
      const created = await request(app)
        .post('/organizations/research/workspaces')
        .set(bob)
        .send({
          name: 'vision',
          title: 'Vision',
          owner: 'Group:default/ML-Platform',
          members: [{ principal: 'group:default/ml-platform', role: 'editor' }],
        })
        .expect(201);
      expect(created.body).toMatchObject({
        organization: 'research',
        owner: 'group:default/ml-platform',
        createdBy: 'user:default/bob',
        members: [
          { principal: 'user:default/bob', role: 'admin' },
          { principal: 'group:default/ml-platform', role: 'editor' },
        ],
      });
      await request(app)
        .post('/organizations/research/workspaces')
        .set(bob)
        .send({ name: 'ml-research', title: 'Taken', owner: 'group:default/x' })
        .expect(409);

      grants[aiOpsWorkspaceManagePermission.name] = workspaceCondition(
        'admin',
        ['user:default/bob'],
      );
      await request(app)
        .patch('/workspaces/ml-research')
        .set(bob)
        .send({ title: 'No' })
        .expect(403);
      const archived = await request(app)
        .patch('/workspaces/vision')
        .set(bob)
        .send({ archived: true, description: 'Done' })
        .expect(200);
      expect(archived.body.archivedAt).toEqual(expect.any(String));

      const trail = await auditTrail(context.auditor);
      expect(trail.map(e => [e.eventId, e.failed])).toEqual([
        ['ai-ops.organization.create', false],
        ['ai-ops.organization.create', true],
        ['ai-ops.organization.update', false],
        ['ai-ops.workspace.create', false],
        ['ai-ops.workspace.create', true],
        ['ai-ops.workspace.update', false],
      ]);
      expect(trail[5].meta).toMatchObject({
        before: { archivedAt: undefined },
      });
      expect(trail[5].succeeded).toMatchObject({
        after: { description: 'Done', archivedAt: expect.any(String) },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'lists only the workspaces the caller may read on %p',
    async databaseId => {
      const { app, grants } = await setUp(databaseId);
      await request(app).get('/workspaces').expect(401);
      await request(app).get('/workspaces').set(bob).expect(403);
      grants[aiOpsWorkspaceReadPermission.name] = workspaceCondition('member', [
        'user:default/bob',
        'group:default/ml-platform',
      ]);
      const list = await request(app).get('/workspaces').set(bob).expect(200);
      expect(list.body.items.map((w: { name: string }) => w.name)).toEqual([
        'ml-research',
      ]);
      await request(app).get('/workspaces/forecasting').set(bob).expect(403);
      await request(app).get('/workspaces/nowhere').set(bob).expect(404);
      const detail = await request(app)
        .get('/workspaces/ml-research')
        .set(bob)
        .expect(200);
      expect(detail.body.members).toHaveLength(2);
      await request(app)
        .get('/workspaces?includeArchived=maybe')
        .set(bob)
        .expect(400);

      grants[aiOpsWorkspaceReadPermission.name] = true;
      const all = await request(app)
        .get('/workspaces?organization=platform')
        .set(bob)
        .expect(200);
      expect(all.body.items).toHaveLength(2);
      const orgs = await request(app)
        .get('/organizations')
        .set(bob)
        .expect(200);
      expect(orgs.body.items.map((o: { name: string }) => o.name)).toEqual([
        'platform',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'changes members with before and after on %p',
    async databaseId => {
      const { app, grants, context } = await setUp(databaseId);
      await request(app)
        .put(members('user:default/bob'))
        .set(alice)
        .send({ role: 'editor' })
        .expect(403);
      grants[aiOpsWorkspaceManagePermission.name] = workspaceCondition(
        'admin',
        ['user:default/alice'],
      );
      await request(app)
        .put(members('user:default/bob'))
        .set(alice)
        .send({ role: 'owner' })
        .expect(400);
      await request(app)
        .put(members('bob'))
        .set(alice)
        .send({ role: 'editor' })
        .expect(400);
      const added = await request(app)
        .put(members('user:default/Bob'))
        .set(alice)
        .send({ role: 'editor' })
        .expect(200);
      expect(added.body).toMatchObject({
        principal: 'user:default/bob',
        role: 'editor',
        addedBy: 'user:default/alice',
      });
      await request(app)
        .put(members('user:default/bob'))
        .set(alice)
        .send({ role: 'admin' })
        .expect(200);
      const carol = asUser('user:default/carol');
      grants[aiOpsWorkspaceManagePermission.name] = workspaceCondition(
        'admin',
        ['user:default/carol'],
      );
      await request(app)
        .put(members('user:default/bob'))
        .set(carol)
        .send({ role: 'viewer' })
        .expect(403);
      grants[aiOpsWorkspaceManagePermission.name] = workspaceCondition(
        'admin',
        ['user:default/alice'],
      );
      await request(app)
        .delete(members('user:default/alice'))
        .set(alice)
        .expect(204);
      // Bob is the last admin now: alice's grant went with her membership.
      grants[aiOpsWorkspaceManagePermission.name] = true;
      await request(app)
        .put(members('user:default/bob'))
        .set(alice)
        .send({ role: 'viewer' })
        .expect(409);
      await request(app)
        .delete(members('user:default/nobody'))
        .set(alice)
        .expect(404);
      const list = await request(app)
        .get('/workspaces/ml-research/members')
        .set(alice)
        .expect(403);
      expect(list.body.error.name).toBe('NotAllowedError');

      const trail = (await auditTrail(context.auditor)).filter(e => !e.failed);
      expect(trail.map(e => [e.eventId, e.succeeded])).toEqual([
        [
          'ai-ops.workspace.member.put',
          { before: null, after: expect.objectContaining({ role: 'editor' }) },
        ],
        [
          'ai-ops.workspace.member.put',
          {
            before: expect.objectContaining({ role: 'editor' }),
            after: expect.objectContaining({ role: 'admin' }),
          },
        ],
        [
          'ai-ops.workspace.member.delete',
          {
            before: expect.objectContaining({
              principal: 'user:default/alice',
            }),
            after: null,
          },
        ],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'switches the current workspace, audited, on %p',
    async databaseId => {
      const { app, grants, context } = await setUp(databaseId);
      await request(app).get('/me/workspace').expect(401);
      grants[aiOpsWorkspaceReadPermission.name] = workspaceCondition('member', [
        'user:default/alice',
      ]);
      expect(
        (await request(app).get('/me/workspace').set(alice).expect(200)).body,
      ).toEqual({});
      await request(app)
        .put('/me/workspace')
        .set(alice)
        .send({ workspace: 'forecasting' })
        .expect(403);
      await request(app)
        .put('/me/workspace')
        .set(alice)
        .send({ workspace: 'nowhere' })
        .expect(404);
      await request(app)
        .put('/me/workspace')
        .set(alice)
        .send({ workspace: 'ml-research' })
        .expect(200);
      const current = await request(app)
        .get('/me/workspace')
        .set(alice)
        .expect(200);
      expect(current.body.workspace).toMatchObject({ name: 'ml-research' });
      grants[aiOpsWorkspaceReadPermission.name] = true;
      await request(app)
        .put('/me/workspace')
        .set(alice)
        .send({ workspace: 'forecasting' })
        .expect(200);
      const trail = await auditTrail(context.auditor);
      expect(trail.map(e => [e.meta, e.succeeded])).toEqual([
        [
          { user: 'user:default/alice', before: null },
          { after: 'ml-research' },
        ],
        [
          { user: 'user:default/alice', before: 'ml-research' },
          { after: 'forecasting' },
        ],
      ]);
      // Bob has a current workspace of his own.
      expect(
        (await request(app).get('/me/workspace').set(bob).expect(200)).body,
      ).toEqual({});
    },
  );
});
