import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  aiOpsApiKeyManagePermission,
  aiOpsDatasetReadPermission,
  aiOpsRunCreatePermission,
} from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { auditTrail } from '../__testUtils__/auditTrail';
import { DatasetStore } from '../data/datasets/DatasetStore';
import { toIso } from '../database/dbValues';
import { stopAfterEach } from '../__testUtils__/stopAfterEach';
import {
  asUser,
  createTestApp,
  createTestWorkspace,
  workspaceCondition,
} from '../__testUtils__/testContext';
import { setUpRouteTest } from '../runs/__testUtils__/routeTest';
import { hashSecret, parseApiKey } from './apiKeyFormat';
import { createApiKeysRouter } from './createApiKeysRouter';
import { CreatorAccess, CreatorAccessCheck } from './CreatorAccessCheck';

const alice = asUser('user:default/alice');
const KEYS = '/workspaces/ml/api-keys';

/** Answers what the test sets, and records what it was asked. */
class FakeCreatorAccess implements CreatorAccessCheck {
  answer: CreatorAccess = { allowed: true };
  asked: string[] = [];
  async check(creator: string, permission: { name: string }, ws: string) {
    this.asked.push(`${creator} ${permission.name} ${ws}`);
    return this.answer;
  }
}

describeOnBothDatabases('API keys', databases => {
  const stopLater = stopAfterEach();

  const setUp = async (id: TestDatabaseId) => {
    const t = await setUpRouteTest(await databases.init(id));
    stopLater(t.stop);
    t.grants[aiOpsApiKeyManagePermission.name] = workspaceCondition('editor', [
      'user:default/alice',
    ]);
    t.grants[aiOpsDatasetReadPermission.name] = true;
    const creatorAccess = new FakeCreatorAccess();
    const app = createTestApp(
      createApiKeysRouter(t.context, t.execution.launcher, creatorAccess),
    );
    const create = async (
      body: object = { name: 'ci', scopes: ['runs:create', 'runs:read'] },
    ) => (await request(app).post(KEYS).set(alice).send(body).expect(201)).body;
    return { ...t, app, creatorAccess, create };
  };

  it.each(databases.eachSupportedId())(
    'creates a key shown once, stores only its hash, lists it masked and revokes it on %p',
    async id => {
      const { app, knex, context, grants, create } = await setUp(id);
      await request(app).get(KEYS).expect(401);
      const manage = grants[aiOpsApiKeyManagePermission.name];
      delete grants[aiOpsApiKeyManagePermission.name];
      await request(app)
        .post(KEYS)
        .set(alice)
        .send({ name: 'x', scopes: ['runs:read'] })
        .expect(403);
      await request(app).get(KEYS).set(alice).expect(403);
      grants[aiOpsApiKeyManagePermission.name] = manage;
      for (const bad of [
        { name: 'x', scopes: ['runs:delete'] },
        { name: 'x', scopes: [] },
        { name: 'x', scopes: ['runs:read'], expiresInDays: 366 },
        { scopes: ['runs:read'] },
      ]) {
        await request(app).post(KEYS).set(alice).send(bad).expect(400);
      }
      expect(await knex('api_keys')).toHaveLength(0);

      const created = await create({
        name: 'ci',
        scopes: ['runs:create'],
        expiresInDays: 30,
      });
      const parsed = parseApiKey(created.key)!;
      expect(parsed.id).toBe(created.id);
      expect(Buffer.from(parsed.secret, 'base64url')).toHaveLength(32);
      expect(created.masked).toBe(
        `aiops_${created.id}…${parsed.secret.slice(-4)}`,
      );
      expect(Date.parse(created.expiresAt) - Date.now()).toBeGreaterThan(
        29.9 * 24 * 3600 * 1000,
      );
      const [row] = await knex('api_keys');
      expect(row.secret_hash).toBe(hashSecret(parsed.secret));
      expect(JSON.stringify(row)).not.toContain(parsed.secret);

      const listed = await request(app).get(KEYS).set(alice).expect(200);
      expect(listed.body.items).toEqual([
        expect.objectContaining({
          id: created.id,
          name: 'ci',
          masked: created.masked,
          scopes: ['runs:create'],
          createdBy: 'user:default/alice',
        }),
      ]);
      expect(JSON.stringify(listed.body)).not.toContain(parsed.secret);

      const revoked = await request(app)
        .post(`${KEYS}/${created.id}/revoke`)
        .set(alice)
        .expect(200);
      expect(revoked.body).toMatchObject({
        revokedBy: 'user:default/alice',
        revokedAt: expect.any(String),
      });
      await request(app).post(`${KEYS}/nope/revoke`).set(alice).expect(404);

      const trail = await auditTrail(context.auditor);
      expect(trail.map(e => e.eventId)).toEqual([
        'ai-ops.apikey.create',
        'ai-ops.apikey.revoke',
      ]);
      expect(JSON.stringify(trail)).not.toContain(parsed.secret);
    },
  );

  it.each(databases.eachSupportedId())(
    'grants a key only scopes its creator may use on %p',
    async id => {
      const { app, grants } = await setUp(id);
      delete grants[aiOpsRunCreatePermission.name];
      const denied = await request(app)
        .post(KEYS)
        .set(alice)
        .send({ name: 'ci', scopes: ['runs:create'] })
        .expect(403);
      expect(denied.body.error.message).toContain('ai-ops.run.create');
    },
  );

  it.each(databases.eachSupportedId())(
    'starts and reads runs with a key: 401 and 403 apart, expiry, scope, creator, revoke on %p',
    async id => {
      const {
        app,
        knex,
        twoStep,
        workspace,
        creatorAccess,
        create,
        waitForRun,
      } = await setUp(id);
      const key = await create();
      const RUNS = `/v1/workspaces/ml/pipelines/${twoStep.id}/runs`;
      const withKey = (value: string) => ({ 'X-AI-Ops-Key': value });
      const message = (res: request.Response) => res.body.error.message;

      expect(
        message(await request(app).post(RUNS).send({}).expect(401)),
      ).toContain('X-AI-Ops-Key');
      expect(
        message(
          await request(app).post(RUNS).set(withKey('nonsense')).expect(401),
        ),
      ).toBe('Invalid AI-Ops API key');
      const forged = `aiops_${key.id}_${'A'.repeat(43)}`;
      await request(app).post(RUNS).set(withKey(forged)).expect(401);
      // A Backstage token is no key.
      await request(app).post(RUNS).set(alice).expect(401);

      const started = await request(app)
        .post(RUNS)
        .set(withKey(key.key))
        .send({ params: { n: 1 } })
        .expect(201);
      expect(started.body).toMatchObject({
        trigger: 'api',
        initiator: 'user:default/alice',
        apiKeyId: key.id,
      });
      expect(creatorAccess.asked).toEqual([
        'user:default/alice ai-ops.run.create ml',
      ]);
      await waitForRun(started.body.id);
      const read = await request(app)
        .get(`/v1/workspaces/ml/runs/${started.body.id}`)
        .set(withKey(key.key))
        .expect(200);
      expect(read.body).toMatchObject({ state: 'SUCCEEDED', trigger: 'api' });
      const [used] = await knex('api_keys');
      expect(used.last_used_at).toBeTruthy();

      await request(app)
        .post(RUNS)
        .set(withKey(key.key))
        .send({ bogus: 1 })
        .expect(400);
      // Used again within the minute: last_used_at is not written again.
      const [again] = await knex('api_keys');
      expect(toIso(again.last_used_at)).toBe(toIso(used.last_used_at));

      // Another workspace's key, and a key without the scope: 403.
      await createTestWorkspace(knex, {
        name: 'other',
        members: [{ principal: 'user:default/alice', role: 'admin' }],
      });
      expect(
        message(
          await request(app)
            .post(`/v1/workspaces/other/pipelines/${twoStep.id}/runs`)
            .set(withKey(key.key))
            .expect(403),
        ),
      ).toContain(`not a key of workspace 'other'`);
      const readOnly = await create({
        name: 'ro',
        scopes: ['runs:read', 'datasets:read'],
      });
      await new DatasetStore(knex).create(
        workspace,
        {
          name: 'sales',
          format: 'csv',
          tags: [],
          owner: 'group:default/test-team',
        },
        'user:default/alice',
      );
      const dataset = await request(app)
        .get('/v1/workspaces/ml/datasets/sales')
        .set(withKey(readOnly.key))
        .expect(200);
      expect(dataset.body).toMatchObject({ name: 'sales', workspace: 'ml' });
      expect(
        message(
          await request(app)
            .get('/v1/workspaces/ml/datasets/sales')
            .set(withKey(key.key))
            .expect(403),
        ),
      ).toBe(`API key ${key.id} lacks the scope 'datasets:read'`);
      expect(
        message(
          await request(app).post(RUNS).set(withKey(readOnly.key)).expect(403),
        ),
      ).toBe(`API key ${readOnly.id} lacks the scope 'runs:create'`);

      creatorAccess.answer = {
        allowed: false,
        reason: 'ai-ops.run.create denied: user is disabled',
        decisionId: 'd-1',
      };
      expect(
        message(
          await request(app).post(RUNS).set(withKey(key.key)).expect(403),
        ),
      ).toBe(
        `ai-ops.run.create denied for user:default/alice, the creator of API key ${key.id}: ai-ops.run.create denied: user is disabled (decision d-1)`,
      );
      creatorAccess.answer = { allowed: true };

      await knex('api_keys')
        .where({ id: key.id })
        .update({ expires_at: new Date(Date.now() - 1000) });
      expect(
        message(
          await request(app).post(RUNS).set(withKey(key.key)).expect(401),
        ),
      ).toContain(`API key ${key.id} expired at`);
      await knex('api_keys').where({ id: key.id }).update({ expires_at: null });
      await request(app)
        .post(`${KEYS}/${key.id}/revoke`)
        .set(alice)
        .expect(200);
      expect(
        message(
          await request(app).post(RUNS).set(withKey(key.key)).expect(401),
        ),
      ).toBe(`API key ${key.id} has been revoked`);
    },
  );
});
