import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { auditTrail } from '../__testUtils__/auditTrail';
import { asUser } from '../__testUtils__/testContext';
import { csv, dataDirectory, rowsOf, writeFiles } from './__testUtils__/dataFiles';
import { dataTestApp } from './__testUtils__/dataTestApp';
import { recordRunLineage } from './recordRunLineage';

const alice = asUser('user:default/alice');
const RUN = '7b0e7f4e-5a43-4c1b-9a53-0c4f1f2a9d10';

describeOnBothDatabases('recordRunLineage', databases => {
  it.each(databases.eachSupportedId())(
    'links input versions → run → output versions, registering outputs, on %p',
    async databaseId => {
      const { app, context, lineage, published } = await dataTestApp(databases, databaseId);
      const directory = await dataDirectory();
      await writeFiles(directory, { 'raw.csv': csv(['x'], rowsOf(5, i => [i])) });
      const files = await request(app)
        .post('/workspaces/ml/connections')
        .set(alice)
        .send({ name: 'files', type: 'file', config: { directory } })
        .expect(201);
      const raw = await request(app)
        .post('/workspaces/ml/datasets')
        .set(alice)
        .send({ name: 'raw', format: 'csv', connectionId: files.body.id })
        .expect(201);
      const features = await request(app)
        .post('/workspaces/ml/datasets')
        .set(alice)
        .send({ name: 'features', format: 'csv' })
        .expect(201);
      await request(app)
        .post('/workspaces/ml/datasets/raw/versions')
        .set(alice)
        .send({ uri: `file://${directory}/raw.csv` })
        .expect(201);
      const output = await context.objectStore.put(
        `workspaces/ml/runs/${RUN}/features/outputs/table.csv`,
        csv(['x', 'x2'], rowsOf(5, i => [i, i * i])),
      );

      const written = await recordRunLineage(context, {
        runId: RUN,
        workspace: 'ml',
        pipeline: 'train',
        inputs: [{ datasetId: raw.body.id, version: 1 }],
        outputs: [{ datasetId: features.body.id, uri: output.uri }],
      });

      expect(written).toEqual([
        expect.objectContaining({
          datasetId: features.body.id,
          version: 1,
          rowCount: 5,
          sourceRunId: RUN,
          createdBy: `run:${RUN}`,
        }),
      ]);
      const run = {
        entityRef: 'component:default/ai-ops-pipeline-ml-train',
        column: `run:${RUN}`,
      };
      expect(lineage.edges).toEqual([
        {
          from: { entityRef: 'resource:default/ai-ops-dataset-ml-raw', column: 'version:1' },
          to: run,
          type: 'reads',
          source: 'pipeline',
        },
        {
          from: run,
          to: { entityRef: 'resource:default/ai-ops-dataset-ml-features', column: 'version:1' },
          type: 'writes',
          source: 'pipeline',
        },
      ]);
      expect(published.at(-1)?.eventPayload).toMatchObject({
        dataset: 'features',
        version: 1,
        sourceRunId: RUN,
      });
      const recorded = (await auditTrail(context.auditor)).at(-1)!;
      expect(recorded).toMatchObject({
        eventId: 'ai-ops.run.lineage.record',
        meta: { runId: RUN, workspace: 'ml' },
        succeeded: { outputVersions: [1], edges: 2 },
      });

      // The dataset's lineage answers its versions' edges too.
      const answer = await request(app)
        .get('/workspaces/ml/datasets/features/lineage')
        .set(alice)
        .expect(200);
      expect(answer.body.upstream).toHaveLength(1);

      await expect(
        recordRunLineage(context, {
          runId: RUN,
          workspace: 'ml',
          pipeline: 'train',
          inputs: [{ datasetId: raw.body.id, version: 9 }],
          outputs: [],
        }),
      ).rejects.toThrow("Dataset 'raw' has no version 9");
    },
  );
});
