import {
  aiOpsDatasetReadPermission,
  aiOpsDatasetUpdatePermission,
} from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { auditTrail } from '../../__testUtils__/auditTrail';
import { asUser } from '../../__testUtils__/testContext';
import { PipelineStore } from '../../pipelines/PipelineStore';
import { dataTestApp } from '../__testUtils__/dataTestApp';

const alice = asUser('user:default/alice');
const BASE = '/workspaces/ml/datasets';

describeOnBothDatabases('dataset routes', databases => {
  it.each(databases.eachSupportedId())(
    'creates, finds, edits and deletes datasets, audited, on %p',
    async databaseId => {
      const { app, grants, context, published } = await dataTestApp(
        databases,
        databaseId,
      );
      const body = {
        name: 'sales',
        title: 'Sales',
        description: 'Daily sales per store',
        format: 'csv',
        tags: ['retail', 'daily'],
      };
      await request(app).post(BASE).send(body).expect(401);
      delete grants[aiOpsDatasetUpdatePermission.name];
      await request(app).post(BASE).set(alice).send(body).expect(403);
      grants[aiOpsDatasetUpdatePermission.name] = true;
      await request(app)
        .post('/workspaces/nowhere/datasets')
        .set(alice)
        .send(body)
        .expect(404);
      const bad = await request(app)
        .post(BASE)
        .set(alice)
        .send({ ...body, format: 'xlsx', name: 'Sales!' })
        .expect(400);
      expect(bad.body.error.message).toMatch(/name: .*format: /);

      const created = await request(app).post(BASE).set(alice).send(body).expect(201);
      expect(created.body).toMatchObject({
        name: 'sales',
        workspace: 'ml',
        owner: 'user:default/alice',
        format: 'csv',
        tags: ['retail', 'daily'],
        entityRef: 'resource:default/ai-ops-dataset-ml-sales',
      });
      expect(created.body.latestVersion).toBeUndefined();
      await request(app).post(BASE).set(alice).send(body).expect(409);
      await request(app)
        .post(BASE)
        .set(alice)
        .send({ name: 'clicks', format: 'jsonl', owner: 'group:default/web', tags: ['web'] })
        .expect(201);

      const names = async (query: string) =>
        (await request(app).get(`${BASE}${query}`).set(alice).expect(200)).body.items.map(
          (d: { name: string }) => d.name,
        );
      expect(await names('')).toEqual(['clicks', 'sales']);
      expect(await names('?q=store')).toEqual(['sales']);
      expect(await names('?tag=web')).toEqual(['clicks']);
      expect(await names('?owner=group:default/web')).toEqual(['clicks']);
      expect(await names('?q=nothing')).toEqual([]);

      await request(app).get(`${BASE}/sales`).set(alice).expect(200);
      await request(app).get(`${BASE}/${created.body.id}`).set(alice).expect(200);
      await request(app).get(`${BASE}/none`).set(alice).expect(404);
      await request(app).get('/workspaces/forecasting/datasets/sales').set(alice).expect(404);
      delete grants[aiOpsDatasetReadPermission.name];
      await request(app).get(`${BASE}/sales`).set(alice).expect(403);
      grants[aiOpsDatasetReadPermission.name] = true;

      const patched = await request(app)
        .patch(`${BASE}/sales`)
        .set(alice)
        .send({ title: 'Store sales', tags: ['retail'] })
        .expect(200);
      expect(patched.body).toMatchObject({ title: 'Store sales', tags: ['retail'] });
      await request(app).patch(`${BASE}/sales`).set(alice).send({ name: 'x' }).expect(400);

      await request(app).delete(`${BASE}/clicks`).set(alice).expect(204);
      expect(await names('')).toEqual(['sales']);

      expect((await auditTrail(context.auditor)).map(e => [e.eventId, e.failed])).toEqual([
        ['ai-ops.dataset.create', false],
        ['ai-ops.dataset.create', true],
        ['ai-ops.dataset.create', false],
        ['ai-ops.dataset.update', false],
        ['ai-ops.dataset.delete', false],
      ]);
      expect(published.map(e => e.topic)).toEqual([
        'ai-ops.entities.changed',
        'ai-ops.entities.changed',
        'ai-ops.entities.changed',
        'ai-ops.entities.changed',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses to delete a dataset a current pipeline version loads or publishes to, on %p',
    async databaseId => {
      const { app, knex, workspace, context } = await dataTestApp(databases, databaseId);
      for (const name of ['sales', 'sales-eu']) {
        await request(app).post(BASE).set(alice).send({ name, format: 'csv' }).expect(201);
      }
      const pipelines = new PipelineStore(knex);
      const node = (id: string, type: string, dataset: string) => ({
        id,
        type,
        typeVersion: 1,
        config: { dataset },
      });
      const pipeline = (name: string, ...nodes: ReturnType<typeof node>[]) =>
        pipelines.create(
          workspace,
          {
            name,
            title: name,
            domain: 'time-series',
            tags: [],
            owner: 'group:default/ml',
            graph: { nodes, edges: [] },
            message: 'test',
          },
          'user:default/alice',
        );
      const loader = await pipeline('loader', node('load', 'data.load', 'sales@latest'));
      const publisher = await pipeline('publisher', node('out', 'data.publish', 'sales'));
      await pipeline('other', node('load', 'data.load', 'sales-eu@1'));

      const refused = await request(app).delete(`${BASE}/sales`).set(alice).expect(409);
      expect(refused.body.error.message).toBe(
        "Dataset 'sales' is loaded or published to by the current version of pipeline(s) 'loader', 'publisher'; remove it from them first",
      );
      await request(app).get(`${BASE}/sales`).set(alice).expect(200);

      // Only current versions count; deleted pipelines do not.
      await pipelines.addVersion(
        loader,
        { nodes: [node('load', 'data.load', 'sales-eu@latest')], edges: [] },
        { author: 'user:default/alice', message: 'reads sales-eu' },
      );
      await pipelines.delete(publisher);
      await request(app).delete(`${BASE}/sales`).set(alice).expect(204);
      await request(app).get(`${BASE}/sales`).set(alice).expect(404);
      expect(
        (await auditTrail(context.auditor))
          .filter(e => e.eventId === 'ai-ops.dataset.delete')
          .map(e => e.failed),
      ).toEqual([true, false]);
    },
  );

  it.each(databases.eachSupportedId())(
    'links datasets only to file connections of their workspace, on %p',
    async databaseId => {
      const { app } = await dataTestApp(databases, databaseId);
      const connection = async (workspace: string, name: string, type: string, config: object) =>
        (
          await request(app)
            .post(`/workspaces/${workspace}/connections`)
            .set(alice)
            .send({ name, type, config })
            .expect(201)
        ).body.id;
      const files = await connection('ml', 'files', 'file', { directory: '/data' });
      const api = await connection('ml', 'api', 'http', { url: 'http://127.0.0.1:1/' });
      const elsewhere = await connection('forecasting', 'files', 'file', { directory: '/data' });

      const create = (name: string, connectionId: string) =>
        request(app).post(BASE).set(alice).send({ name, format: 'csv', connectionId });
      expect((await create('a', api).expect(400)).body.error.message).toContain(
        'connectionId: datasets are read through file, s3 or minio connections, not http',
      );
      expect((await create('b', elsewhere).expect(400)).body.error.message).toContain(
        `connectionId: no connection ${elsewhere} in workspace 'ml'`,
      );
      await create('c', files).expect(201);
      const inUse = await request(app).delete('/workspaces/ml/connections/files').set(alice).expect(409);
      expect(inUse.body.error.message).toContain('used by datasets c');
      await request(app).patch(`${BASE}/c`).set(alice).send({ connectionId: null }).expect(200);
      await request(app).delete('/workspaces/ml/connections/files').set(alice).expect(204);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps an archived workspace read-only, on %p',
    async databaseId => {
      const { app, context } = await dataTestApp(databases, databaseId);
      await request(app)
        .post(BASE)
        .set(alice)
        .send({ name: 'kept', format: 'csv', tags: [] })
        .expect(201);
      await context.knex('workspaces').where({ name: 'ml' }).update({ archived_at: new Date() });

      const refused = await request(app)
        .post(BASE)
        .set(alice)
        .send({ name: 'sales', format: 'csv', tags: [] })
        .expect(409);
      expect(refused.body.error.message).toBe(
        "Workspace 'ml' is archived; unarchive it to change it",
      );
      await request(app).patch(`${BASE}/kept`).set(alice).send({ title: 'No' }).expect(409);
      await request(app).delete(`${BASE}/kept`).set(alice).expect(409);
      await request(app)
        .post('/workspaces/ml/connections')
        .set(alice)
        .send({ name: 'files', type: 'file', config: { directory: '.' } })
        .expect(409);
      const listed = await request(app).get(BASE).set(alice).expect(200);
      expect(listed.body.items.map((d: { name: string }) => d.name)).toEqual(['kept']);
    },
  );
});
