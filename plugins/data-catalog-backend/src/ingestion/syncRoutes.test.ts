import { mockCredentials, TestDatabaseId } from '@backstage/backend-test-utils';
import { SyncRun } from '@internal/plugin-data-catalog-common';
import { describeOnBothDatabases } from '@internal/testing';
import express from 'express';
import request from 'supertest';
import { ConnectorRegistry } from '../connectors/ConnectorRegistry';
import {
  asUser,
  createTestApp,
  createTestContext,
  TestGrants,
} from '../__testUtils__/testContext';
import { HookedConnector } from './__testUtils__/ingestionHarness';
import {
  sourceConnection,
  throwawayDatabaseForFile,
} from '../__testUtils__/throwawayPostgres';
import { createSourcesRouter } from './createSourcesRouter';

const READ = 'data-catalog.source.read';
const MANAGE = 'data-catalog.source.manage';
const TABLE_READ = 'data-catalog.table.read';

const source = throwawayDatabaseForFile(
  'CREATE TABLE public.orders (id int PRIMARY KEY, note text); CREATE TABLE public.scratch (x int);',
);

async function finished(app: express.Express, id: string): Promise<SyncRun> {
  for (let i = 0; i < 200; i++) {
    const run = (await request(app).get(`/syncs/${id}`).set(asUser()))
      .body as SyncRun;
    if (run.status !== 'running') return run;
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  throw new Error(`sync ${id} did not finish`);
}

describeOnBothDatabases('sync and entity feed routes', databases => {
  async function setUp(databaseId: TestDatabaseId, grants: TestGrants) {
    const context = await createTestContext(databases, databaseId, grants);
    const connector = new HookedConnector();
    context.connectors = new ConnectorRegistry();
    context.connectors.add(connector);
    const app = createTestApp(await createSourcesRouter(context));
    const created = await request(app)
      .post('/sources')
      .set(asUser())
      .send({
        id: 'wh',
        title: 'Warehouse',
        platform: 'postgresql',
        owner: 'group:default/data',
        connection: sourceConnection(source.name),
      });
    return { context, app, connector, created };
  }

  it.each(databases.eachSupportedId())(
    'syncs in the background, lists runs and schema changes, %p',
    async databaseId => {
      const { app, connector, context } = await setUp(databaseId, {
        [READ]: true,
        [MANAGE]: true,
        [TABLE_READ]: true,
      });
      let release!: () => void;
      connector.beforeRead = () => new Promise(resolve => (release = resolve));

      const started = await request(app).post('/sources/wh/sync').set(asUser());
      expect(started.status).toBe(202);
      expect(started.body).toMatchObject({
        sourceId: 'wh',
        status: 'running',
        trigger: 'manual',
        initiator: 'user:default/alice',
      });
      const busy = await request(app).post('/sources/wh/sync').set(asUser());
      expect(busy.status).toBe(409);
      expect(busy.body.error.message).toContain(started.body.id);
      release();
      expect(await finished(app, started.body.id)).toMatchObject({
        status: 'succeeded',
        stats: { added: 4 },
      });
      connector.beforeRead = undefined;
      expect(context.auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'source-sync',
          meta: { sourceId: 'wh' },
        }),
      );

      await source.run('ALTER TABLE public.orders DROP COLUMN note');
      const second = await request(app).post('/sources/wh/sync').set(asUser());
      await finished(app, second.body.id);

      const runs = await request(app)
        .get('/sources/wh/syncs?limit=1')
        .set(asUser());
      expect(runs.body).toMatchObject({
        totalCount: 2,
        items: [{ id: second.body.id }],
      });
      const orders = `resource:wh/${source.name}.public.orders`;
      const expected = {
        items: [
          {
            entityRef: orders,
            column: 'note',
            change: 'column-removed',
            severity: 'breaking',
            syncId: second.body.id,
          },
        ],
        totalCount: 1,
      };
      expect(
        (await request(app).get('/sources/wh/changes').set(asUser())).body,
      ).toMatchObject(expected);
      expect(
        (
          await request(app)
            .get(`/changes?entityRef=${encodeURIComponent(orders)}`)
            .set(asUser())
        ).body,
      ).toMatchObject(expected);
      expect(
        (await request(app).get('/changes?severity=breaking').set(asUser()))
          .body,
      ).toMatchObject(expected);
      expect(
        (await request(app).get('/changes?severity=info').set(asUser())).body,
      ).toEqual({ items: [], totalCount: 0 });
      expect(
        (
          (await request(app).get('/sources/wh').set(asUser())).body as {
            lastSync: SyncRun;
          }
        ).lastSync.id,
      ).toBe(second.body.id);
      await source.run('ALTER TABLE public.orders ADD COLUMN note text');
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 400, 403 and 404 on the sync routes, %p',
    async databaseId => {
      const { app } = await setUp(databaseId, { [READ]: true, [MANAGE]: true });
      expect(
        (await request(app).get('/syncs/not-a-uuid').set(asUser())).status,
      ).toBe(400);
      expect(
        (
          await request(app)
            .get('/syncs/00000000-0000-4000-8000-000000000009')
            .set(asUser())
        ).status,
      ).toBe(404);
      expect(
        (await request(app).get('/syncs/00000000-0000-4000-8000-000000000009'))
          .status,
      ).toBe(401);
      expect(
        (await request(app).post('/sources/nope/sync').set(asUser())).status,
      ).toBe(404);
      expect(
        (await request(app).get('/changes?entityRef=orders').set(asUser()))
          .status,
      ).toBe(400);
      expect(
        (await request(app).get('/changes?severity=fatal').set(asUser()))
          .status,
      ).toBe(400);
      // Reading one table's changes needs the table read permission.
      expect(
        (
          await request(app)
            .get('/changes?entityRef=resource:wh/x')
            .set(asUser())
        ).status,
      ).toBe(403);
    },
  );

  it.each(databases.eachSupportedId())(
    'serves the entity feed to service principals only, %p',
    async databaseId => {
      const { app } = await setUp(databaseId, { [READ]: true, [MANAGE]: true });
      const service = { Authorization: mockCredentials.service.header() };
      expect((await request(app).get('/entity-feed')).status).toBe(401);
      expect(
        (await request(app).get('/entity-feed').set(asUser())).status,
      ).toBe(403);

      const page = await request(app)
        .get('/entity-feed?after=0&limit=10')
        .set(service);
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({
        headSeq: 1,
        lastSeq: 1,
        entries: [{ seq: 1, op: 'upsert', entityRef: 'resource:wh/wh' }],
      });
      expect(
        (await request(app).get('/entity-feed?limit=0').set(service)).status,
      ).toBe(400);

      expect(
        (
          await request(app)
            .get('/entity-feed/cursor?consumer=catalog')
            .set(service)
        ).body,
      ).toEqual({ consumer: 'catalog', seq: 0 });
      expect(
        (
          await request(app)
            .post('/entity-feed/ack')
            .set(service)
            .send({ consumer: 'catalog', seq: 1 })
        ).status,
      ).toBe(200);
      expect(
        (
          await request(app)
            .get('/entity-feed/cursor?consumer=catalog')
            .set(service)
        ).body,
      ).toEqual({ consumer: 'catalog', seq: 1 });
      expect(
        (
          await request(app)
            .post('/entity-feed/ack')
            .set(service)
            .send({ consumer: 'catalog' })
        ).status,
      ).toBe(400);
      expect(
        (
          await request(app)
            .post('/entity-feed/ack')
            .set(asUser())
            .send({ consumer: 'catalog', seq: 5 })
        ).status,
      ).toBe(403);
    },
  );
});
