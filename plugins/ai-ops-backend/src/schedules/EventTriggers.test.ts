import { mockServices } from '@backstage/backend-test-utils';
import { AI_OPS_TOPICS } from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { asUser, createTestApp } from '../__testUtils__/testContext';
import { createDataRouter } from '../data/createDataRouter';
import { ALL_DATA_PERMISSIONS } from '../data/__testUtils__/dataTestApp';
import { schedulesTestApp } from './__testUtils__/schedulesTestApp';
import { EventTriggers, triggerTopics } from './EventTriggers';
import { TriggerStore } from './TriggerStore';

const alice = asUser('user:default/alice');

describeOnBothDatabases('EventTriggers', databases => {
  async function setUp(databaseId: Parameters<typeof databases.init>[0]) {
    const test = await schedulesTestApp(databases, databaseId);
    for (const name of ALL_DATA_PERMISSIONS) test.grants[name] = true;
    const triggers = new EventTriggers({
      knex: test.knex,
      launcher: test.launcher,
      logger: mockServices.logger.mock(),
    });
    await test.context.events.subscribe({
      id: 'ai-ops-triggers',
      topics: triggerTopics(),
      onEvent: event => triggers.handle(event),
    });
    const data = createTestApp(await createDataRouter(test.context));
    const dataset = async (name: string) =>
      (
        await request(data)
          .post('/workspaces/ml/datasets')
          .set(alice)
          .send({ name, format: 'csv' })
          .expect(201)
      ).body;
    const newVersion = async (name: string) => {
      const key = `workspaces/ml/${name}-${Math.random()}.csv`;
      await test.context.objectStore.put(key, 'a\n1\n');
      return (
        await request(data)
          .post(`/workspaces/ml/datasets/${name}/versions`)
          .set(alice)
          .send({ path: key.slice('workspaces/ml/'.length) })
          .expect(201)
      ).body;
    };
    const store = new TriggerStore(test.knex);
    const trigger = (filter: Record<string, string>, enabled = true) =>
      store.create(
        test.workspace,
        test.pipeline.id,
        {
          eventType: 'dataset-version',
          filter,
          params: { retrain: true },
          enabled,
        },
        'user:default/alice',
      );
    return { ...test, triggers, dataset, newVersion, trigger };
  }

  it.each(databases.eachSupportedId())(
    'starts the pipeline when a matching dataset version is registered, on %p',
    async databaseId => {
      const { dataset, newVersion, trigger, launcher, pipeline } = await setUp(
        databaseId,
      );
      const sales = await dataset('sales');
      await dataset('clicks');
      await trigger({ datasetId: sales.id });
      await trigger({ dataset: 'clicks' }, false);

      const version = await newVersion('sales');
      await newVersion('clicks');

      expect(launcher.starts).toEqual([
        {
          workspace: 'ml',
          pipelineId: pipeline.id,
          params: { retrain: true },
          trigger: {
            type: 'event',
            initiator: `event:${AI_OPS_TOPICS.datasetVersionCreated}`,
            event: {
              workspace: 'ml',
              datasetId: sales.id,
              dataset: 'sales',
              version: 1,
              storageUri: version.storageUri,
            },
          },
          runId: launcher.starts[0].runId,
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'fires once per event however often it is delivered, on %p',
    async databaseId => {
      const { trigger, launcher, triggers, knex } = await setUp(databaseId);
      const matching = await trigger({});
      const event = {
        topic: AI_OPS_TOPICS.datasetVersionCreated,
        eventPayload: {
          workspace: 'ml',
          datasetId: 'd',
          dataset: 'x',
          version: 4,
        },
      };
      await Promise.all([triggers.handle(event), triggers.handle(event)]);
      await triggers.handle(event);
      await triggers.handle({
        ...event,
        eventPayload: { ...event.eventPayload, workspace: 'forecasting' },
      });
      await triggers.handle({ ...event, topic: 'something.else' });
      expect(launcher.starts).toHaveLength(1);
      expect(
        await knex('trigger_fires').where('trigger_id', matching.id),
      ).toEqual([
        expect.objectContaining({
          event_key: 'dataset:d:v4',
          status: 'started',
          run_id: launcher.starts[0].runId,
        }),
      ]);

      launcher.refuse = 'Budget blocks new runs';
      await triggers.handle({
        ...event,
        eventPayload: { ...event.eventPayload, version: 5 },
      });
      expect(
        await knex('trigger_fires').where({
          trigger_id: matching.id,
          event_key: 'dataset:d:v5',
        }),
      ).toEqual([
        expect.objectContaining({
          status: 'failed',
          reason: 'Budget blocks new runs',
        }),
      ]);
    },
  );
});
