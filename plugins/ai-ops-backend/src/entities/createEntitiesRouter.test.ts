import { mockCredentials } from '@backstage/backend-test-utils';
import { pipelineTemplates } from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases, expectValidEntity } from '@internal/testing';
import request from 'supertest';
import {
  asUser,
  createTestApp,
  createTestWorkspace,
} from '../__testUtils__/testContext';
import { DatasetStore } from '../data/datasets/DatasetStore';
import { migratedTestContext } from '../__testUtils__/migratedTestContext';
import { PipelineStore } from '../pipelines/PipelineStore';
import { createEntitiesRouter } from './createEntitiesRouter';

const service = { Authorization: mockCredentials.service.header() };
const ALICE = 'user:default/alice';

describeOnBothDatabases('GET /entities', databases => {
  it.each(databases.eachSupportedId())(
    'gives live pipelines and datasets of active workspaces to service principals on %p',
    async databaseId => {
      const { context, knex } = await migratedTestContext(
        databases,
        databaseId,
        {
          config: { app: { baseUrl: 'https://portal.test' } },
        },
      );
      const ml = await createTestWorkspace(knex, { name: 'ml' });
      const old = await createTestWorkspace(knex, { name: 'old' });
      await knex('workspaces')
        .where({ id: old.id })
        .update({ archived_at: new Date() });

      const pipelines = new PipelineStore(knex);
      const { graph } = pipelineTemplates[0];
      const newPipeline = (name: string, tags: string[] = []) => ({
        name,
        title: `Pipeline ${name}`,
        domain: 'time-series' as const,
        tags,
        owner: 'group:default/ml-platform',
        graph,
        message: 'Created',
      });
      const forecast = await pipelines.create(
        ml,
        {
          ...newPipeline('forecast', ['team.a', 'nightly']),
          description: 'Daily demand',
        },
        ALICE,
      );
      const gone = await pipelines.create(ml, newPipeline('gone'), ALICE);
      await knex('pipelines')
        .where({ id: gone.id })
        .update({ deleted_at: new Date() });
      await pipelines.create(old, newPipeline('archived'), ALICE);
      const sales = await new DatasetStore(knex).create(
        ml,
        {
          name: 'sales',
          title: 'Sales',
          format: 'csv',
          owner: 'group:default/data-engineering',
          tags: ['retail'],
        },
        ALICE,
      );

      const app = createTestApp(await createEntitiesRouter(context));
      await request(app).get('/entities').expect(401);
      await request(app).get('/entities').set(asUser(ALICE)).expect(403);
      const { body } = await request(app)
        .get('/entities')
        .set(service)
        .expect(200);

      expect(body.entities).toEqual([
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: {
            name: 'ai-ops-pipeline-ml-forecast',
            namespace: 'default',
            title: 'Pipeline forecast',
            description: 'Daily demand',
            tags: ['team-a', 'nightly', 'time-series'],
            links: [
              {
                url: 'https://portal.test/ai-ops/pipelines/forecast?workspace=ml',
                title: 'Open in AI-Ops',
                icon: 'dashboard',
              },
            ],
            annotations: {
              'backstage.io/managed-by-location': 'ai-ops:ml',
              'backstage.io/managed-by-origin-location': 'ai-ops:ml',
              'platform-portal.dev/ai-ops-workspace': 'ml',
              'platform-portal.dev/ai-ops-pipeline-id': forecast.id,
            },
          },
          spec: {
            type: 'ai-pipeline',
            lifecycle: 'production',
            owner: 'group:default/ml-platform',
          },
        },
        expect.objectContaining({
          kind: 'Resource',
          metadata: expect.objectContaining({
            name: 'ai-ops-dataset-ml-sales',
            tags: ['retail'],
            annotations: expect.objectContaining({
              'platform-portal.dev/ai-ops-dataset-id': sales.id,
            }),
          }),
          spec: { type: 'dataset', owner: 'group:default/data-engineering' },
        }),
      ]);
      for (const entity of body.entities) await expectValidEntity(entity);
    },
  );
});
