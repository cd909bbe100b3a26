import {
  aiOpsPipelineReadPermission,
  aiOpsPipelineUpdatePermission,
  aiOpsRunCreatePermission,
} from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { auditTrail } from '../__testUtils__/auditTrail';
import { asUser } from '../__testUtils__/testContext';
import { schedulesTestApp } from './__testUtils__/schedulesTestApp';
import { ScheduleStore } from './ScheduleStore';

const alice = asUser('user:default/alice');
const SCHEDULES = '/workspaces/ml/pipelines/train/schedules';

describeOnBothDatabases('schedule routes', databases => {
  it.each(databases.eachSupportedId())(
    'creates, lists, edits and deletes schedules, audited, on %p',
    async databaseId => {
      const { app, grants, context } = await schedulesTestApp(
        databases,
        databaseId,
      );
      const body = {
        name: 'nightly',
        cron: '30 2 * * *',
        timezone: 'Europe/Berlin',
        catchUp: 'latest',
        params: { epochs: 5 },
      };
      await request(app).post(SCHEDULES).send(body).expect(401);
      delete grants[aiOpsPipelineUpdatePermission.name];
      await request(app).post(SCHEDULES).set(alice).send(body).expect(403);
      grants[aiOpsPipelineUpdatePermission.name] = true;
      await request(app)
        .post('/workspaces/ml/pipelines/none/schedules')
        .set(alice)
        .send(body)
        .expect(404);
      await request(app)
        .post('/workspaces/forecasting/pipelines/train/schedules')
        .set(alice)
        .send(body)
        .expect(404);

      for (const [patch, field] of [
        [{ cron: '61 * * * *' }, 'cron: Field value (61) is out of range'],
        [{ cron: '* * * *' }, 'cron: Expected five fields'],
        [{ cron: '0 0 30 2 *' }, 'cron: the expression never fires'],
        [
          { timezone: 'Europe/Atlantis' },
          'timezone: Expected an IANA time zone',
        ],
        [{ catchUp: 'sometimes' }, 'catchUp: '],
        [{ maxConcurrency: 0 }, 'maxConcurrency: '],
      ] as const) {
        const bad = await request(app)
          .post(SCHEDULES)
          .set(alice)
          .send({ ...body, ...patch })
          .expect(400);
        expect(bad.body.error.message).toContain(field);
      }

      const before = Date.now();
      const created = await request(app)
        .post(SCHEDULES)
        .set(alice)
        .send(body)
        .expect(201);
      expect(created.body).toMatchObject({
        name: 'nightly',
        workspace: 'ml',
        enabled: true,
        catchUp: 'latest',
        maxConcurrency: 1,
        params: { epochs: 5 },
        createdBy: 'user:default/alice',
      });
      const next = Date.parse(created.body.nextFireAt);
      expect(next).toBeGreaterThan(before);
      expect(next - before).toBeLessThanOrEqual(25 * 3600_000);
      expect(new Date(next).getUTCMinutes()).toBe(30);

      const listed = await request(app).get(SCHEDULES).set(alice).expect(200);
      expect(listed.body.items).toEqual([created.body]);
      const all = await request(app)
        .get('/workspaces/ml/schedules')
        .set(alice)
        .expect(200);
      expect(all.body.items).toHaveLength(1);
      const upcoming = all.body.items[0].upcoming.map(Date.parse);
      expect(upcoming).toHaveLength(3);
      expect(upcoming[0]).toBe(next);
      expect(upcoming[1] - upcoming[0]).toBeGreaterThanOrEqual(23 * 3600_000);
      delete grants[aiOpsPipelineReadPermission.name];
      await request(app).get('/workspaces/ml/schedules').set(alice).expect(403);
      grants[aiOpsPipelineReadPermission.name] = true;

      const id = created.body.id;
      const disabled = await request(app)
        .patch(`${SCHEDULES}/${id}`)
        .set(alice)
        .send({ enabled: false })
        .expect(200);
      expect(disabled.body.enabled).toBe(false);
      expect(disabled.body.nextFireAt).toBeUndefined();
      const renamed = await request(app)
        .patch(`${SCHEDULES}/${id}`)
        .set(alice)
        .send({
          enabled: true,
          cron: '0 6 * * *',
          timezone: 'America/New_York',
        })
        .expect(200);
      // 06:00 in New York is 10:00 or 11:00 UTC, by daylight saving time.
      expect([10, 11]).toContain(
        new Date(renamed.body.nextFireAt).getUTCHours(),
      );
      const kept = await request(app)
        .patch(`${SCHEDULES}/${id}`)
        .set(alice)
        .send({ maxConcurrency: 3 })
        .expect(200);
      expect(kept.body.nextFireAt).toBe(renamed.body.nextFireAt);
      const badPatch = await request(app)
        .patch(`${SCHEDULES}/${id}`)
        .set(alice)
        .send({ timezone: 'Nowhere/City' })
        .expect(400);
      expect(badPatch.body.error.message).toContain('timezone:');
      await request(app)
        .patch(`${SCHEDULES}/not-an-id`)
        .set(alice)
        .send({ enabled: false })
        .expect(404);

      const FIRES = `${SCHEDULES}/${id}/fires`;
      await request(app).get(FIRES).set(alice).expect(200, {
        items: [],
        totalCount: 0,
      });
      const store = new ScheduleStore(context.knex);
      for (const hour of ['01', '02', '03']) {
        await store.recordFire(id, {
          fireTime: new Date(`2026-01-01T${hour}:00:00Z`),
          status: 'skipped',
          reason: `skipped at ${hour}`,
        });
      }
      const first = await request(app)
        .get(`${FIRES}?limit=2`)
        .set(alice)
        .expect(200);
      expect(first.body).toMatchObject({ totalCount: 3, nextOffset: 2 });
      expect(first.body.items.map((f: any) => f.reason)).toEqual([
        'skipped at 03',
        'skipped at 02',
      ]);
      const last = await request(app)
        .get(`${FIRES}?limit=2&offset=2`)
        .set(alice)
        .expect(200);
      expect(last.body.items.map((f: any) => f.reason)).toEqual([
        'skipped at 01',
      ]);
      expect(last.body.nextOffset).toBeUndefined();
      const badPage = await request(app)
        .get(`${FIRES}?limit=0`)
        .set(alice)
        .expect(400);
      expect(badPage.body.error.message).toContain('limit');
      await request(app).delete(`${SCHEDULES}/${id}`).set(alice).expect(204);
      await request(app).delete(`${SCHEDULES}/${id}`).set(alice).expect(404);

      const trail = await auditTrail(context.auditor);
      expect(trail.map(e => e.eventId)).toEqual([
        'ai-ops.schedule.create',
        'ai-ops.schedule.update',
        'ai-ops.schedule.update',
        'ai-ops.schedule.update',
        'ai-ops.schedule.delete',
      ]);
      expect(trail[1].meta).toMatchObject({ before: { enabled: true } });
      expect(trail[1].succeeded).toMatchObject({ after: { enabled: false } });
    },
  );

  it.each(databases.eachSupportedId())(
    'fires a schedule now within its max concurrency, on %p',
    async databaseId => {
      const { app, grants, launcher } = await schedulesTestApp(
        databases,
        databaseId,
      );
      const created = await request(app)
        .post(SCHEDULES)
        .set(alice)
        .send({ name: 'hourly', cron: '0 * * * *', params: { a: 1 } })
        .expect(201);
      const FIRE = `${SCHEDULES}/${created.body.id}/fire`;
      await request(app).post(FIRE).set(alice).expect(403);
      grants[aiOpsRunCreatePermission.name] = true;
      const run = await request(app).post(FIRE).set(alice).expect(201);
      expect(launcher.starts).toEqual([
        expect.objectContaining({
          params: { a: 1 },
          trigger: {
            type: 'schedule',
            initiator: `schedule:${created.body.id}`,
            scheduleId: created.body.id,
          },
        }),
      ]);
      const busy = await request(app).post(FIRE).set(alice).expect(409);
      expect(busy.body.error.message).toContain(
        'max concurrency 1 and 1 runs active',
      );
      const fires = await request(app)
        .get(`${SCHEDULES}/${created.body.id}/fires`)
        .set(alice)
        .expect(200);
      expect(fires.body.items).toEqual([
        expect.objectContaining({
          status: 'started',
          runId: run.body.id,
          reason: 'fired now by user:default/alice',
        }),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'creates, disables and deletes event triggers, on %p',
    async databaseId => {
      const { app, grants, context } = await schedulesTestApp(
        databases,
        databaseId,
      );
      const TRIGGERS = '/workspaces/ml/pipelines/train/triggers';
      await request(app).get(TRIGGERS).expect(401);
      const badType = await request(app)
        .post(TRIGGERS)
        .set(alice)
        .send({ eventType: 'cron' })
        .expect(400);
      expect(badType.body.error.message).toContain('eventType');
      const badKey = await request(app)
        .post(TRIGGERS)
        .set(alice)
        .send({ eventType: 'dataset-version', filter: { table: 'x' } })
        .expect(400);
      expect(badKey.body.error.message).toContain(
        'filter.table: dataset-version events have datasetId, dataset',
      );
      const unknownDataset = await request(app)
        .post(TRIGGERS)
        .set(alice)
        .send({
          eventType: 'dataset-version',
          filter: { datasetId: '7b0e7f4e-5a43-4c1b-9a53-0c4f1f2a9d10' },
        })
        .expect(400);
      expect(unknownDataset.body.error.message).toContain(
        'filter.datasetId: no dataset',
      );

      const created = await request(app)
        .post(TRIGGERS)
        .set(alice)
        .send({ eventType: 'dataset-version', filter: { dataset: 'sales' } })
        .expect(201);
      expect(created.body).toMatchObject({
        eventType: 'dataset-version',
        filter: { dataset: 'sales' },
        enabled: true,
        params: {},
      });
      // Later issues publish these; triggers for them are kept already.
      for (const eventType of ['drift', 'alert', 'feedback']) {
        await request(app)
          .post(TRIGGERS)
          .set(alice)
          .send({ eventType, filter: { model: 'm' } })
          .expect(201);
      }
      expect(
        (await request(app).get(TRIGGERS).set(alice).expect(200)).body.items,
      ).toHaveLength(4);

      const off = await request(app)
        .patch(`${TRIGGERS}/${created.body.id}`)
        .set(alice)
        .send({ enabled: false })
        .expect(200);
      expect(off.body.enabled).toBe(false);
      await request(app)
        .patch(`${TRIGGERS}/${created.body.id}`)
        .set(alice)
        .send({ eventType: 'drift' })
        .expect(400);
      delete grants[aiOpsPipelineUpdatePermission.name];
      await request(app)
        .delete(`${TRIGGERS}/${created.body.id}`)
        .set(alice)
        .expect(403);
      grants[aiOpsPipelineUpdatePermission.name] = true;
      await request(app)
        .delete(`${TRIGGERS}/${created.body.id}`)
        .set(alice)
        .expect(204);
      await request(app)
        .delete(`${TRIGGERS}/${created.body.id}`)
        .set(alice)
        .expect(404);
      expect((await auditTrail(context.auditor)).map(e => e.eventId)).toEqual([
        'ai-ops.trigger.create',
        'ai-ops.trigger.create',
        'ai-ops.trigger.create',
        'ai-ops.trigger.create',
        'ai-ops.trigger.update',
        'ai-ops.trigger.delete',
      ]);
    },
  );
});
