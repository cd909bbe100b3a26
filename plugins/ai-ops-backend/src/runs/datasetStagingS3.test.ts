import { describeOnBothDatabases, requireServiceEnv } from '@internal/testing';
import { Client } from 'minio';
import { stopAfterEach } from '../__testUtils__/stopAfterEach';
import { csv, rowsOf } from '../data/__testUtils__/dataFiles';
import { ConnectionStore } from '../data/connections/ConnectionStore';
import { DatasetStore } from '../data/datasets/DatasetStore';
import { registerDatasetVersion } from '../data/datasets/registerDatasetVersion';
import { readRecords } from '../data/reading/readRecords';
import { SecretStore } from '../secrets/SecretStore';
import { objectKeys } from '../storage/objectKeys';
import { setUpExecution } from './__testUtils__/executionTest';
import { alice, loadNode, trigger } from './__testUtils__/lineageTest';

const endpoint = requireServiceEnv('minio', 'MINIO_ENDPOINT');
const accessKey = requireServiceEnv('minio', 'MINIO_ROOT_USER');
const secretKey = requireServiceEnv('minio', 'MINIO_ROOT_PASSWORD');

describeOnBothDatabases('data.load of a version on MinIO', databases => {
  const stopLater = stopAfterEach();
  const bucket = `ai-ops-staging-${Date.now()}`;
  const minio = new Client({
    endPoint: new URL(endpoint).hostname,
    port: Number(new URL(endpoint).port),
    useSSL: false,
    accessKey,
    secretKey,
  });
  const objects: Record<string, string> = {
    'sales/year=2025/part-0.csv': csv(
      ['id', 'v'],
      rowsOf(3, i => [i, i]),
    ),
    'sales/year=2026/part-0.csv': csv(
      ['id', 'v'],
      rowsOf(4, i => [i, i]),
    ),
    'sales/year=2026/_SUCCESS': '',
  };

  beforeAll(async () => {
    await minio.makeBucket(bucket);
    for (const [key, content] of Object.entries(objects)) {
      await minio.putObject(bucket, key, Buffer.from(content));
    }
  });
  afterAll(async () => {
    for (const key of Object.keys(objects)) {
      await minio.removeObject(bucket, key).catch(() => {});
    }
    await minio.removeBucket(bucket).catch(() => {});
  });

  it.each(databases.eachSupportedId())(
    'stages a partitioned prefix through its connection and audited secret, on %p',
    async id => {
      const t = await setUpExecution(await databases.init(id), {
        aiOps: { secrets: { 'minio-key': secretKey } },
      });
      stopLater(t.stop);
      const connection = await new ConnectionStore(t.knex).create(
        t.workspace,
        {
          name: 'lake',
          type: 'minio',
          config: { endpoint, bucket, accessKey },
          secretRef: 'minio-key',
          owner: alice,
        },
        alice,
      );
      const sales = await new DatasetStore(t.knex).create(
        t.workspace,
        {
          name: 'sales',
          format: 'csv',
          connectionId: connection.id,
          owner: alice,
          tags: [],
        },
        alice,
      );
      const version = await registerDatasetVersion(
        t.context,
        t.workspace,
        sales,
        { uri: `s3://${bucket}/sales/` },
        alice,
      );
      expect(version).toMatchObject({ rowCount: 7, files: 2 });
      const pipeline = await t.pipeline({
        nodes: [loadNode('sales@1')],
        edges: [],
      });
      const started = await t.execution.launcher.start(t.workspace, {
        pipelineId: pipeline.id,
        trigger,
      });
      const run = await t.waitForRun(started.id);
      expect(run.state).toBe('SUCCEEDED');

      const staged = t.context.objectStore.uriFor(
        objectKeys.stagedDataset('ml', run.id, 'load'),
      );
      let rows = 0;
      const input = await t.context.objectStore.get(staged);
      for await (const _ of readRecords(input, 'csv', staged)) rows += 1;
      expect(rows).toBe(version.rowCount);
      const accesses = await new SecretStore(t.knex).accessLog(
        t.workspace,
        'minio-key',
        10,
      );
      expect(accesses[0]).toMatchObject({
        actor: 'plugin:ai-ops',
        purpose: `stage version 1 of dataset 'sales' for run ${run.id} (node load)`,
      });
    },
  );
});
