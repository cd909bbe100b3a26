import { describeOnBothDatabases } from '@internal/testing';
import { stopAfterEach } from '../__testUtils__/stopAfterEach';
import {
  minioService,
  useMinioBucket,
} from '../data/__testUtils__/minioBucket';
import { readRecords } from '../data/reading/readRecords';
import { SecretStore } from '../secrets/SecretStore';
import { objectKeys } from '../storage/objectKeys';
import { runToEnd, setUpExecution } from './__testUtils__/executionTest';
import {
  connectedDataset,
  loadNode,
  PARTITIONED_SALES,
} from './__testUtils__/lineageTest';

const { endpoint, accessKey, secretKey } = minioService;

describeOnBothDatabases('data.load of a version on MinIO', databases => {
  const stopLater = stopAfterEach();
  const bucket = useMinioBucket('ai-ops-staging', PARTITIONED_SALES);

  it.each(databases.eachSupportedId())(
    'stages a partitioned prefix through its connection and audited secret, on %p',
    async id => {
      const t = await setUpExecution(await databases.init(id), {
        aiOps: { secrets: { 'minio-key': secretKey } },
      });
      stopLater(t.stop);
      const { version } = await connectedDataset(
        t,
        'sales',
        {
          name: 'lake',
          type: 'minio',
          config: { endpoint, bucket, accessKey },
          secretRef: 'minio-key',
        },
        `s3://${bucket}/sales/`,
      );
      expect(version).toMatchObject({ rowCount: 7, files: 2 });
      const pipeline = await t.pipeline({
        nodes: [loadNode('sales@1')],
        edges: [],
      });
      const run = await runToEnd(t, pipeline.id);
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
