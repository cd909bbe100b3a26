import { InputError, NotFoundError } from '@backstage/errors';
import { AuditEntry, auditQuerySchema } from '@internal/plugin-authz-common';
import { describeOnBothDatabases } from '@internal/testing';
import {
  change,
  createAuditTestStore,
  decision,
} from './__testUtils__/auditFixtures';
import { waitFor } from './__testUtils__/waitFor';
import { AuditStore } from './AuditStore';

const query = (q: Record<string, unknown> = {}) => auditQuerySchema.parse(q);
const ids = (entries: Array<{ id: string }>) => entries.map(entry => entry.id);

describeOnBothDatabases('AuditStore', databases => {
  it.each(databases.eachSupportedId())(
    'stores decisions and changes and lists them newest first with paging, on %p',
    async databaseId => {
      const { store } = await createAuditTestStore(databases, databaseId);
      const older = decision({ time: '2026-03-10T10:00:00.000Z' });
      const newer = decision({
        time: '2026-03-10T11:00:00.000Z',
        result: 'DENY',
        resourceType: undefined,
        resourceRef: undefined,
      });
      expect(await store.recordDecisions([older, newer])).toBe(2);
      const recorded = await store.recordChangeNow(change());

      const page = await store.query(query());
      expect(page.totalCount).toBe(3);
      expect(ids(page.items)).toEqual([recorded.id, newer.id, older.id]);
      expect(page.items[1]).toEqual({ kind: 'decision', ...newer });
      expect(page.items[2]).toEqual({ kind: 'decision', ...older });
      expect(page.items[0]).toEqual({
        kind: 'change',
        ...change(),
        id: recorded.id,
        time: recorded.time,
      });

      const second = await store.query(query({ offset: 1, limit: 1 }));
      expect(second.totalCount).toBe(3);
      expect(ids(second.items)).toEqual([newer.id]);

      expect(await store.get(older.id)).toEqual({ kind: 'decision', ...older });
      await expect(store.get('no-such-id')).rejects.toThrow(NotFoundError);
    },
  );

  it.each(databases.eachSupportedId())(
    'filters by kind, period, principal, result, permission and resource, on %p',
    async databaseId => {
      const { store } = await createAuditTestStore(databases, databaseId);
      const alice = decision({ time: '2026-03-10T08:00:00.000Z' });
      const alicia = decision({
        time: '2026-03-10T09:00:00.000Z',
        principal: 'user:default/alicia',
        permission: 'catalog.entity.delete',
        result: 'DENY',
        resourceRef: 'component:default/Billing_UI',
      });
      const bob = decision({
        time: '2026-03-10T10:00:00.000Z',
        principal: 'user:default/bob.lee',
        permission: 'scaffolder.task.create',
        result: 'CONDITIONAL',
        resourceRef: 'template:default/new-service',
      });
      await store.recordDecisions([alice, alicia, bob]);
      const policyChange = await store.recordChangeNow(
        change({ targetRef: 'policy:Catalog%Readers' }),
      );

      const match = async (q: Record<string, unknown>) =>
        ids((await store.query(query(q))).items).sort();
      const sorted = (...entries: Array<{ id: string }>) => ids(entries).sort();

      expect(await match({ kind: 'change' })).toEqual([policyChange.id]);
      expect(await match({ kind: 'decision' })).toEqual(
        sorted(alice, alicia, bob),
      );
      expect(
        await match({
          from: '2026-03-10T09:00:00.000Z',
          to: '2026-03-10T10:00:00+00:00',
        }),
      ).toEqual(sorted(alicia, bob));
      expect(await match({ to: '2026-03-10T08:30:00.000Z' })).toEqual([
        alice.id,
      ]);
      // Exact unless it ends with '*'.
      expect(await match({ principal: 'user:default/ali' })).toEqual([]);
      expect(await match({ principal: 'user:default/alice.kim' })).toEqual([
        alice.id,
      ]);
      expect(await match({ principal: 'user:default/ali*' })).toEqual(
        sorted(alice, alicia),
      );
      expect(await match({ principal: 'user:default/admin' })).toEqual([
        policyChange.id,
      ]);
      expect(await match({ result: 'DENY' })).toEqual([alicia.id]);
      expect(await match({ result: 'CONDITIONAL' })).toEqual([bob.id]);
      expect(await match({ permission: 'catalog.' })).toEqual(
        sorted(alice, alicia),
      );
      // Prefixes are case-sensitive on both engines.
      expect(await match({ permission: 'Catalog.' })).toEqual([]);
      expect(await match({ permission: 'authz.policy' })).toEqual([
        policyChange.id,
      ]);
      expect(await match({ resource: 'billing_ui' })).toEqual([alicia.id]);
      expect(await match({ resource: 'default/' })).toEqual(
        sorted(alice, alicia, bob),
      );
      // LIKE wildcards in the text are literal characters.
      expect(await match({ resource: '%' })).toEqual([policyChange.id]);
      expect(await match({ resource: 'billing%ui' })).toEqual([]);
      expect(
        await match({
          kind: 'decision',
          principal: 'user:default/ali*',
          result: 'ALLOW',
        }),
      ).toEqual([alice.id]);
    },
  );

  it.each(databases.eachSupportedId())(
    'stores a large batch in chunks, skips ids it has, and stores nothing of a failing batch, on %p',
    async databaseId => {
      const { store, knex } = await createAuditTestStore(databases, databaseId);
      const batch = Array.from({ length: 1203 }, () => decision());
      expect(await store.recordDecisions(batch)).toBe(1203);
      expect(await store.recordDecisions(batch.slice(0, 10))).toBe(0);
      expect((await store.query(query())).totalCount).toBe(1203);

      const failing = Array.from({ length: 1100 }, () => decision());
      (failing[1050] as { principal: unknown }).principal = null;
      await expect(store.recordDecisions(failing)).rejects.toThrow();
      expect(
        await knex('authz_audit_entries').whereIn(
          'id',
          failing.slice(0, 500).map(record => record.id),
        ),
      ).toEqual([]);
      expect((await store.query(query())).totalCount).toBe(1203);
    },
  );

  it.each(databases.eachSupportedId())(
    'iterates every match newest first across chunks and stops at the limit, on %p',
    async databaseId => {
      const { store } = await createAuditTestStore(databases, databaseId);
      // Few distinct times, so that chunks end in the middle of a tie.
      const batch = Array.from({ length: 2500 }, (_, i) =>
        decision({ time: `2026-03-10T0${i % 3}:00:00.000Z` }),
      );
      await store.recordDecisions(batch);
      await store.recordChangeNow(change());

      const seen: AuditEntry[] = [];
      for await (const chunk of store.iterate({ kind: 'decision' }, 100_000)) {
        seen.push(...chunk);
      }
      expect(new Set(ids(seen)).size).toBe(2500);
      expect(ids(seen).sort()).toEqual(ids(batch).sort());
      const times = seen.map(entry => entry.time);
      expect(times).toEqual([...times].sort().reverse());

      let capped = 0;
      for await (const chunk of store.iterate({}, 1500)) capped += chunk.length;
      expect(capped).toBe(1500);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts a period and buckets the decision trend by hour and day, on %p',
    async databaseId => {
      const { store } = await createAuditTestStore(databases, databaseId);
      await store.recordDecisions([
        decision({ time: '2026-03-09T23:59:59.999Z' }),
        decision({ time: '2026-03-10T10:05:00.000Z' }),
        decision({ time: '2026-03-10T10:55:00.000Z', result: 'DENY' }),
        decision({ time: '2026-03-10T12:00:00.000Z', result: 'CONDITIONAL' }),
        decision({ time: '2026-03-11T01:00:00.000Z', result: 'DENY' }),
        decision({ time: '2026-03-12T00:00:00.000Z' }),
      ]);
      await store.recordChangeNow(change());

      const hourly = await store.stats({
        from: '2026-03-10T10:00:00.000Z',
        to: '2026-03-10T12:30:00.000Z',
        bucket: 'hour',
      });
      expect(hourly).toEqual({
        total: 3,
        decisions: 3,
        changes: 0,
        allowed: 1,
        denied: 1,
        conditional: 1,
        trend: [
          {
            bucketStart: '2026-03-10T10:00:00.000Z',
            allowed: 1,
            denied: 1,
            conditional: 0,
          },
          {
            bucketStart: '2026-03-10T11:00:00.000Z',
            allowed: 0,
            denied: 0,
            conditional: 0,
          },
          {
            bucketStart: '2026-03-10T12:00:00.000Z',
            allowed: 0,
            denied: 0,
            conditional: 1,
          },
        ],
      });

      const daily = await store.stats({
        from: '2026-03-09T00:00:00.000Z',
        to: '2026-03-11T23:59:59.999Z',
        bucket: 'day',
      });
      expect(daily.total).toBe(5);
      expect(daily.trend).toEqual([
        {
          bucketStart: '2026-03-09T00:00:00.000Z',
          allowed: 1,
          denied: 0,
          conditional: 0,
        },
        {
          bucketStart: '2026-03-10T00:00:00.000Z',
          allowed: 1,
          denied: 1,
          conditional: 1,
        },
        {
          bucketStart: '2026-03-11T00:00:00.000Z',
          allowed: 0,
          denied: 1,
          conditional: 0,
        },
      ]);

      const now = new Date();
      const withChanges = await store.stats({
        from: new Date(now.getTime() - 60_000).toISOString(),
        to: new Date(now.getTime() + 60_000).toISOString(),
        bucket: 'hour',
      });
      expect(withChanges).toMatchObject({ total: 1, changes: 1, decisions: 0 });

      await expect(
        store.stats({
          from: '2026-03-11T00:00:00.000Z',
          to: '2026-03-10T00:00:00.000Z',
          bucket: 'day',
        }),
      ).rejects.toThrow(new InputError('from: must not be after to'));
      await expect(
        store.stats({
          from: '2020-01-01T00:00:00.000Z',
          to: '2026-01-01T00:00:00.000Z',
          bucket: 'hour',
        }),
      ).rejects.toThrow(/^bucket: more than 5000 hour buckets/);
    },
  );

  it.each(databases.eachSupportedId())(
    'purges entries older than the retention, on %p',
    async databaseId => {
      const { store } = await createAuditTestStore(databases, databaseId);
      const now = Date.parse('2026-03-10T00:00:00.000Z');
      const old = decision({ time: '2026-02-07T23:59:59.000Z' });
      const kept = decision({ time: '2026-02-08T00:00:01.000Z' });
      await store.recordDecisions([old, kept]);

      expect(await store.purgeOlderThan(30, now)).toBe(1);
      expect(ids((await store.query(query())).items)).toEqual([kept.id]);
      expect(await store.purgeOlderThan(30, now)).toBe(0);
    },
  );

  it.each(databases.eachSupportedId())(
    'seeds, reads and updates the settings, recording the change, on %p',
    async databaseId => {
      const { store } = await createAuditTestStore(databases, databaseId);
      expect(await store.settings()).toEqual({ retentionDays: 90 });

      await store.seedSettings({ retentionDays: 30 });
      expect(await store.settings()).toEqual({ retentionDays: 30 });

      const announced: AuditEntry[] = [];
      store.subscribe(entry => announced.push(entry));
      await store.updateSettings({ retentionDays: 14 }, 'user:default/admin');
      expect(await store.settings()).toEqual({ retentionDays: 14 });
      // An admin's value outlives the config default of the next start.
      await store.seedSettings({ retentionDays: 30 });
      expect(await store.settings()).toEqual({ retentionDays: 14 });

      const [recorded] = (await store.query(query({ kind: 'change' }))).items;
      expect(recorded).toMatchObject({
        actor: 'user:default/admin',
        action: 'authz.audit.configure',
        result: 'succeeded',
        before: { retentionDays: 30 },
        after: { retentionDays: 14 },
        pluginId: 'authz',
      });
      await waitFor(() => expect(ids(announced)).toEqual([recorded.id]));
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps and announces a change only when its transaction commits, on %p',
    async databaseId => {
      const { store, knex } = await createAuditTestStore(databases, databaseId);
      const announced: AuditEntry[] = [];
      const unsubscribe = store.subscribe(entry => announced.push(entry));

      await expect(
        knex.transaction(async trx => {
          await store.recordChange(trx, change({ targetRef: 'policy:thrown' }));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const trx = await knex.transaction();
      await store.recordChange(
        trx,
        change({ targetRef: 'policy:rolled-back' }),
      );
      await trx.rollback();
      await knex.transaction(async outer => {
        await outer.transaction(async inner => {
          await store.recordChange(
            inner,
            change({ targetRef: 'policy:nested' }),
          );
        });
        await store.recordChange(
          outer,
          change({ targetRef: 'policy:committed' }),
        );
      });

      const stored = (await store.query(query())).items;
      expect(
        stored.map(entry => entry.kind === 'change' && entry.targetRef).sort(),
      ).toEqual(['policy:committed', 'policy:nested']);
      await waitFor(() => expect(announced).toHaveLength(2));
      expect(ids(announced).sort()).toEqual(ids(stored).sort());

      unsubscribe();
      await store.recordDecisions([decision()]);
      expect(announced).toHaveLength(2);
    },
  );

  it.each(databases.eachSupportedId())(
    'announces, once, entries another replica stored, not older history, on %p',
    async databaseId => {
      const { store: otherReplica, knex } = await createAuditTestStore(
        databases,
        databaseId,
      );
      const history = decision({ time: new Date().toISOString() });
      await otherReplica.recordDecisions([history]);

      const thisReplica = new AuditStore(knex, { intervalMs: 50 });
      const announced: AuditEntry[] = [];
      const unsubscribe = thisReplica.subscribe(entry => announced.push(entry));
      await new Promise(r => setTimeout(r, 200));
      const fresh = decision({ time: new Date().toISOString() });
      await otherReplica.recordDecisions([fresh]);
      const own = await thisReplica.recordChangeNow(change());

      await waitFor(() =>
        expect(ids(announced).sort()).toEqual([fresh.id, own.id].sort()),
      );
      await new Promise(r => setTimeout(r, 300));
      expect(ids(announced).sort()).toEqual([fresh.id, own.id].sort());
      unsubscribe();
    },
  );
});
