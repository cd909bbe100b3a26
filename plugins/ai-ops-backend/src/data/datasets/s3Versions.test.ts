import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { asUser } from '../../__testUtils__/testContext';
import { csv, rowsOf } from '../__testUtils__/dataFiles';
import { dataTestApp } from '../__testUtils__/dataTestApp';
import { minioService, useMinioBucket } from '../__testUtils__/minioBucket';

const alice = asUser('user:default/alice');
const { endpoint, accessKey, secretKey } = minioService;

describeOnBothDatabases('dataset versions on MinIO', databases => {
  const objects: Record<string, string> = {
    'sales/year=2025/part-0.csv': csv(['id', 'v'], rowsOf(3, i => [i, i])),
    'sales/year=2026/part-0.csv': csv(['id', 'v'], rowsOf(4, i => [i, i * 10])),
    'sales/year=2026/_SUCCESS': '',
    'one.csv': csv(['id', 'v'], rowsOf(2, i => [i, i])),
  };

  const bucket = useMinioBucket('ai-ops-data', objects);

  it.each(databases.eachSupportedId())(
    'reads objects and partitioned prefixes through a minio connection, on %p',
    async databaseId => {
      const { app } = await dataTestApp(databases, databaseId, {
        aiOps: { secrets: { 'minio-key': secretKey } },
      });
      const connection = await request(app)
        .post('/workspaces/ml/connections')
        .set(alice)
        .send({
          name: 'lake',
          type: 'minio',
          config: { endpoint, bucket, accessKey },
          secretRef: 'minio-key',
        })
        .expect(201);
      await request(app)
        .post('/workspaces/ml/datasets')
        .set(alice)
        .send({ name: 'sales', format: 'csv', connectionId: connection.body.id })
        .expect(201);
      const VERSIONS = '/workspaces/ml/datasets/sales/versions';

      const prefix = await request(app)
        .post(VERSIONS)
        .set(alice)
        .send({ uri: `s3://${bucket}/sales/` })
        .expect(201);
      expect(prefix.body).toMatchObject({
        storageUri: `s3://${bucket}/sales/`,
        rowCount: 7,
        files: 2,
        partitionKeys: ['year'],
        partitions: [
          { path: 'year=2025', values: { year: '2025' }, rowCount: 3 },
          { path: 'year=2026', values: { year: '2026' }, rowCount: 4 },
        ],
      });
      const one = await request(app)
        .post(VERSIONS)
        .set(alice)
        .send({ uri: `s3://${bucket}/one.csv` })
        .expect(201);
      expect(one.body).toMatchObject({ version: 2, rowCount: 2, files: 1 });
      await request(app)
        .post(VERSIONS)
        .set(alice)
        .send({ uri: `s3://${bucket}/none.csv` })
        .expect(404);
      const otherBucket = await request(app)
        .post(VERSIONS)
        .set(alice)
        .send({ uri: 's3://elsewhere/one.csv' })
        .expect(400);
      expect(otherBucket.body.error.message).toContain(
        `connection 'lake' reads bucket '${bucket}', not 'elsewhere'`,
      );

      const report = await request(app)
        .post(`${VERSIONS}/1/validate`)
        .set(alice)
        .send({ baselineVersion: 2 })
        .expect(201);
      expect(report.body).toMatchObject({ rowCount: 7, baselineVersion: 2 });
      expect(report.body.checks.map((c: { check: string }) => c.check)).toContain(
        'distribution',
      );
    },
  );
});
