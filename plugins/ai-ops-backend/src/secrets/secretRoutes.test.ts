import {
  aiOpsConnectionReadPermission,
  aiOpsConnectionUpdatePermission,
  aiOpsSecretRevealPermission,
} from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import Router from 'express-promise-router';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { auditTrail } from '../__testUtils__/auditTrail';
import { migratedTestContext } from '../__testUtils__/migratedTestContext';
import {
  asUser,
  createTestApp,
  createTestWorkspace,
} from '../__testUtils__/testContext';
import { createDataRouter } from '../data/createDataRouter';
import { SecretCipher } from './SecretCipher';
import { createSecretRoutes } from './secretRoutes';

const alice = asUser('user:default/alice');
const SECRETS = '/workspaces/ml/secrets';
const VALUE = 'hunter2-value';

describeOnBothDatabases('secret routes', databases => {
  const setUp = async (id: Parameters<typeof migratedTestContext>[1]) => {
    const test = await migratedTestContext(databases, id, {
      config: { aiOps: { secrets: { 'from-config': 'config-value' } } },
    });
    for (const permission of [
      aiOpsConnectionReadPermission,
      aiOpsConnectionUpdatePermission,
      aiOpsSecretRevealPermission,
    ]) {
      test.grants[permission.name] = true;
    }
    await createTestWorkspace(test.knex, { name: 'ml' });
    await createTestWorkspace(test.knex, { name: 'other' });
    const router = Router();
    router.use(createSecretRoutes(test.context));
    router.use(await createDataRouter(test.context));
    return { ...test, app: createTestApp(router) };
  };

  it.each(databases.eachSupportedId())(
    'stores values encrypted, lists names only, reveals by permission and logs each read on %p',
    async id => {
      const { app, knex, grants, context } = await setUp(id);
      await request(app).get(SECRETS).expect(401);
      await request(app)
        .put(`${SECRETS}/bad name`)
        .set(alice)
        .send({ value: 'x' })
        .expect(400);
      await request(app)
        .put(`${SECRETS}/db`)
        .set(alice)
        .send({ value: '' })
        .expect(400);

      const created = await request(app)
        .put(`${SECRETS}/db`)
        .set(alice)
        .send({ value: 'first', description: 'warehouse password' })
        .expect(201);
      expect(created.body).toMatchObject({
        name: 'db',
        description: 'warehouse password',
        createdBy: 'user:default/alice',
      });
      await request(app)
        .put(`${SECRETS}/db`)
        .set(alice)
        .send({ value: VALUE })
        .expect(200);
      const [row] = await knex('workspace_secrets');
      expect(row.description).toBe('warehouse password');
      expect(JSON.stringify(row)).not.toContain(VALUE);

      const listed = await request(app).get(SECRETS).set(alice).expect(200);
      expect(listed.body.items).toEqual([
        expect.objectContaining({
          name: 'db',
          updatedBy: 'user:default/alice',
        }),
      ]);
      expect(JSON.stringify(listed.body)).not.toContain(VALUE);
      expect(
        (await request(app).get('/workspaces/other/secrets').set(alice)).body,
      ).toEqual({ items: [] });

      delete grants[aiOpsSecretRevealPermission.name];
      await request(app).post(`${SECRETS}/db/reveal`).set(alice).expect(403);
      await request(app).get(`${SECRETS}/db/access-log`).set(alice).expect(403);
      grants[aiOpsSecretRevealPermission.name] = true;
      await request(app).post(`${SECRETS}/nope/reveal`).set(alice).expect(404);
      const revealed = await request(app)
        .post(`${SECRETS}/db/reveal`)
        .set(alice)
        .send({ reason: 'rotate the warehouse user' })
        .expect(200);
      expect(revealed.body).toEqual({ name: 'db', value: VALUE });

      // A connection test reads the workspace secret first, then the config.
      const directory = mkdtempSync(join(tmpdir(), 'ai-ops-secret-conn-'));
      for (const [name, secretRef] of [
        ['files', 'db'],
        ['legacy', 'from-config'],
      ]) {
        await request(app)
          .post('/workspaces/ml/connections')
          .set(alice)
          .send({ name, type: 'file', config: { directory }, secretRef })
          .expect(201);
        await request(app)
          .post(`/workspaces/ml/connections/${name}/test`)
          .set(alice)
          .expect(200);
      }
      const unknown = await request(app)
        .post('/workspaces/ml/connections')
        .set(alice)
        .send({
          name: 'x',
          type: 'file',
          config: { directory },
          secretRef: 'nope',
        })
        .expect(400);
      expect(unknown.body.error.message).toContain(
        "no secret named 'nope' in workspace 'ml'",
      );

      const log = await request(app)
        .get(`${SECRETS}/db/access-log`)
        .set(alice)
        .expect(200);
      expect(log.body.items.map((a: { purpose: string }) => a.purpose)).toEqual(
        ["connection test 'files'", 'reveal: rotate the warehouse user'],
      );
      expect(log.body.items[0].actor).toBe('user:default/alice');
      const configLog = await request(app)
        .get(`${SECRETS}/from-config/access-log`)
        .set(alice)
        .expect(200);
      expect(configLog.body.items).toEqual([
        expect.objectContaining({ purpose: "connection test 'legacy'" }),
      ]);

      const trail = await auditTrail(context.auditor);
      expect(
        trail
          .filter(e => e.eventId.startsWith('ai-ops.secret.'))
          .map(e => [
            e.eventId,
            (e.meta as any).secret,
            (e.meta as any).purpose,
          ]),
      ).toEqual([
        ['ai-ops.secret.put', 'db', undefined],
        ['ai-ops.secret.put', 'db', undefined],
        ['ai-ops.secret.read', 'db', 'reveal: rotate the warehouse user'],
        ['ai-ops.secret.read', 'db', "connection test 'files'"],
        ['ai-ops.secret.read', 'from-config', "connection test 'legacy'"],
      ]);
      expect(JSON.stringify(trail)).not.toContain(VALUE);

      await request(app).delete(`${SECRETS}/db`).set(alice).expect(204);
      await request(app).delete(`${SECRETS}/db`).set(alice).expect(404);
      expect(await knex('workspace_secrets')).toHaveLength(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'answers a clear error when the value was encrypted with another key on %p',
    async id => {
      const { app, context } = await setUp(id);
      await request(app)
        .put(`${SECRETS}/db`)
        .set(alice)
        .send({ value: VALUE })
        .expect(201);
      context.secretCipher = new SecretCipher([randomBytes(32)]);
      const failed = await request(app)
        .post(`${SECRETS}/db/reveal`)
        .set(alice)
        .expect(500);
      expect(failed.body.error.message).toMatch(
        /^Secret 'db' of workspace 'ml' encrypted with key [0-9a-f]{16}, which is not configured/,
      );
      const trail = await auditTrail(context.auditor);
      expect(trail.at(-1)).toMatchObject({
        eventId: 'ai-ops.secret.read',
        failed: true,
      });
    },
  );
});
