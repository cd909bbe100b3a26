import { dataCatalogTopics } from '@internal/plugin-data-catalog-common';
import { describeOnBothDatabases } from '@internal/testing';
import {
  storedState,
  warehouseSourcesForFile,
  whRef,
} from './__testUtils__/syncFixtures';
import { databaseRef, sourceRef } from './assetRefs';

const sources = warehouseSourcesForFile();

describeOnBothDatabases('SyncRunner', databases => {
  it.each(databases.eachSupportedId())(
    'ingests a PostgreSQL source completely the first time, %p',
    async databaseId => {
      const { h, db } = await sources.registered(databases, databaseId);

      const run = await h.runner.sync('wh', {
        trigger: 'manual',
        initiator: 'user:default/alice',
      });

      expect(run).toMatchObject({
        status: 'succeeded',
        trigger: 'manual',
        initiator: 'user:default/alice',
        stats: {
          added: 8,
          changed: 0,
          removed: 0,
          unchanged: 0,
          schemaChanges: 0,
          columns: 14,
        },
      });
      expect(run.stats!.queries).toBeGreaterThanOrEqual(1);
      expect(run.steps.map(s => [s.step, s.status])).toEqual([
        ['tables', 'ok'],
        ['write', 'ok'],
        ['queries', 'ok'],
      ]);
      const kinds = await h
        .knex('assets')
        .select('entity_ref', 'kind', 'parent_ref')
        .orderBy('entity_ref');
      expect(kinds).toEqual(
        [
          {
            entity_ref: databaseRef('wh', db.name),
            kind: 'database',
            parent_ref: sourceRef('wh'),
          },
          {
            entity_ref: whRef(db.name, 'public'),
            kind: 'schema',
            parent_ref: databaseRef('wh', db.name),
          },
          {
            entity_ref: whRef(db.name, 'sales'),
            kind: 'schema',
            parent_ref: databaseRef('wh', db.name),
          },
          ...[
            'customer_totals',
            'customers',
            'order_archive',
            'orders',
            'scratch',
          ].map(name => ({
            entity_ref: whRef(db.name, 'sales', name),
            kind: name === 'customer_totals' ? 'view' : 'table',
            parent_ref: whRef(db.name, 'sales'),
          })),
        ].sort((a, b) => a.entity_ref.localeCompare(b.entity_ref)),
      );
      const orders = whRef(db.name, 'sales', 'orders');
      const customerId = await h
        .knex('columns')
        .where({ entity_ref: orders, name: 'customer_id' })
        .first();
      expect(JSON.parse(customerId.foreign_key)).toEqual({
        constraint: 'orders_customer_fk',
        database: db.name,
        schema: 'sales',
        table: 'customers',
        column: 'id',
      });
      expect(
        Number((await h.knex('schema_changes').count({ n: '*' }).first())!.n),
      ).toBe(0);

      // Every asset is queued for the catalog, after the source itself.
      const feed = await h
        .knex('entity_feed')
        .select('entity_ref', 'op')
        .orderBy('seq');
      expect(feed[0]).toEqual({ entity_ref: sourceRef('wh'), op: 'upsert' });
      expect(
        feed
          .slice(1)
          .map(f => f.entity_ref)
          .sort(),
      ).toEqual(kinds.map(k => k.entity_ref).sort());

      const view = whRef(db.name, 'sales', 'customer_totals');
      const upstream = await h.lineage.upstream({ entityRef: view });
      expect(
        upstream.map(e => [e.from.entityRef, e.type, e.source]).sort(),
      ).toEqual([
        [whRef(db.name, 'sales', 'customers'), 'derives', 'view'],
        [orders, 'derives', 'view'],
      ]);
      const archive = whRef(db.name, 'sales', 'order_archive');
      expect(
        (await h.lineage.upstream({ entityRef: archive })).map(e => [
          e.from.entityRef,
          e.source,
        ]),
      ).toEqual([[orders, 'query']]);
      const queried = await h
        .knex('query_tables')
        .where({ source_id: 'wh', entity_ref: archive });
      expect(queried).toHaveLength(1);

      expect(h.published.map(p => p.topic)).toEqual([
        dataCatalogTopics.entitiesChanged,
      ]);
      expect(
        await h
          .knex('activity')
          .where({ type: 'sync' })
          .select('summary', 'actor'),
      ).toEqual([
        {
          summary:
            'Synced Source wh: 8 added, 0 changed, 0 removed, 0 schema changes (0 breaking)',
          actor: 'user:default/alice',
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'writes nothing on an unchanged re-sync, %p',
    async databaseId => {
      const { h } = await sources.registered(databases, databaseId);
      await h.runner.sync('wh', { trigger: 'manual' });
      const before = await storedState(h.knex);
      h.published.length = 0;

      const run = await h.runner.sync('wh', { trigger: 'schedule' });

      expect(run.stats).toMatchObject({
        added: 0,
        changed: 0,
        removed: 0,
        unchanged: 8,
        schemaChanges: 0,
      });
      expect(await storedState(h.knex)).toEqual(before);
      expect(h.published).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'records breaking schema changes and removes dropped tables, %p',
    async databaseId => {
      const { h, db } = await sources.registered(databases, databaseId, {
        batchSize: 3,
      });
      await h.runner.sync('wh', { trigger: 'manual' });
      const feedBefore = Number(
        (await h.knex('entity_feed').max({ seq: 'seq' }).first())!.seq,
      );
      h.published.length = 0;
      await db.run(`
        ALTER TABLE sales.orders ALTER COLUMN status TYPE varchar(20);
        ALTER TABLE sales.orders ALTER COLUMN amount SET NOT NULL;
        ALTER TABLE sales.customers DROP COLUMN note;
        ALTER TABLE sales.customers ADD COLUMN phone text;
        DROP TABLE sales.scratch;
      `);

      const run = await h.runner.sync('wh', { trigger: 'manual' });

      expect(run.stats).toMatchObject({
        added: 0,
        changed: 3,
        removed: 1,
        unchanged: 4,
        schemaChanges: 5,
      });
      const orders = whRef(db.name, 'sales', 'orders');
      const customers = whRef(db.name, 'sales', 'customers');
      const scratch = whRef(db.name, 'sales', 'scratch');
      // The two altered tables, and the database whose size changed.
      const rewritten = await h
        .knex('assets')
        .where('changed_at', '>=', new Date(run.startedAt))
        .orderBy('entity_ref')
        .pluck('entity_ref');
      expect(rewritten).toEqual([
        databaseRef('wh', db.name),
        customers,
        orders,
      ]);
      const changes = await h
        .knex('schema_changes')
        .select(
          'entity_ref',
          'column_name',
          'change',
          'severity',
          'before',
          'after',
          'sync_id',
        )
        .orderBy(['entity_ref', 'change']);
      expect(changes).toEqual([
        {
          entity_ref: customers,
          column_name: 'phone',
          change: 'column-added',
          severity: 'info',
          before: null,
          after: 'text',
          sync_id: run.id,
        },
        {
          entity_ref: customers,
          column_name: 'note',
          change: 'column-removed',
          severity: 'breaking',
          before: 'text',
          after: null,
          sync_id: run.id,
        },
        {
          entity_ref: orders,
          column_name: 'amount',
          change: 'column-nullability-changed',
          severity: 'warning',
          before: 'NULL',
          after: 'NOT NULL',
          sync_id: run.id,
        },
        {
          entity_ref: orders,
          column_name: 'status',
          change: 'column-type-changed',
          severity: 'breaking',
          before: 'text',
          after: 'character varying(20)',
          sync_id: run.id,
        },
        {
          entity_ref: scratch,
          column_name: null,
          change: 'table-removed',
          severity: 'breaking',
          before: 'table',
          after: null,
          sync_id: run.id,
        },
      ]);
      // Column changes leave the catalog entities as they were: only the delete.
      expect(
        await h
          .knex('entity_feed')
          .where('seq', '>', feedBefore)
          .select('entity_ref', 'op'),
      ).toEqual([{ entity_ref: scratch, op: 'delete' }]);
      expect(await h.knex('assets').where({ entity_ref: scratch })).toEqual([]);
      expect(await h.knex('columns').where({ entity_ref: scratch })).toEqual(
        [],
      );
      expect(
        (
          await h
            .knex('columns')
            .where({ entity_ref: customers })
            .orderBy('ordinal')
        ).map(c => c.name),
      ).toEqual(['id', 'email', 'phone']);
      expect(h.published.map(p => p.topic)).toEqual([
        dataCatalogTopics.entitiesChanged,
        dataCatalogTopics.schemaChanged,
      ]);
      expect(h.published[1].eventPayload).toHaveLength(5);
    },
  );
});
