import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  DATA_CATALOG_SOURCE_RESOURCE_TYPE,
  DATA_CATALOG_TABLE_RESOURCE_TYPE,
} from '@internal/plugin-data-catalog-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { applyDatabaseMigrations } from '../database/migrations';
import {
  insertSource,
  insertTable,
  insertTag,
  tagAsset,
} from './__testUtils__/assetFixtures';
import { registerAssetResourceTypes } from './registerAssetResourceTypes';

describeOnBothDatabases('registerAssetResourceTypes', databases => {
  it.each(databases.eachSupportedId())(
    'resolves conditional decisions on one table or source (apply-conditions), %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      await insertSource(knex, { id: 'sales', owner: 'group:default/a' });
      const tagged = await insertTable(knex, {
        sourceId: 'sales',
        name: 'orders',
      });
      const plain = await insertTable(knex, {
        sourceId: 'sales',
        name: 'notes',
      });
      await tagAsset(knex, tagged, '', await insertTag(knex, 'ledger'));

      const { server } = await startTestBackend({
        features: [
          mockServices.database.factory({ knex }),
          createBackendPlugin({
            pluginId: 'data-catalog',
            register(env) {
              env.registerInit({
                deps: { registry: coreServices.permissionsRegistry },
                async init({ registry }) {
                  registerAssetResourceTypes(registry, knex);
                },
              });
            },
          }),
        ],
      });
      const item = (
        id: string,
        resourceType: string,
        resourceRef: string,
        rule: string,
        values: string[],
      ) => ({
        id,
        resourceType,
        resourceRef,
        conditions: { rule, resourceType, params: { values } },
      });
      const response = await request(server)
        .post(
          '/api/data-catalog/.well-known/backstage/permissions/apply-conditions',
        )
        .set('Authorization', mockCredentials.service.header())
        .send({
          items: [
            item('1', DATA_CATALOG_TABLE_RESOURCE_TYPE, tagged, 'HAS_TAG', [
              'ledger',
            ]),
            item('2', DATA_CATALOG_TABLE_RESOURCE_TYPE, plain, 'HAS_TAG', [
              'ledger',
            ]),
            item('3', DATA_CATALOG_TABLE_RESOURCE_TYPE, plain, 'HAS_OWNER', [
              'group:default/a',
            ]),
            item(
              '4',
              DATA_CATALOG_SOURCE_RESOURCE_TYPE,
              'resource:sales/sales',
              'IN_NAMESPACE',
              ['sales'],
            ),
            item(
              '5',
              DATA_CATALOG_SOURCE_RESOURCE_TYPE,
              'resource:sales/sales',
              'HAS_OWNER',
              ['group:default/z'],
            ),
            item(
              '6',
              DATA_CATALOG_TABLE_RESOURCE_TYPE,
              'resource:sales/gone',
              'IN_NAMESPACE',
              ['sales'],
            ),
          ],
        });
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([
        { id: '1', result: 'ALLOW' },
        { id: '2', result: 'DENY' },
        { id: '3', result: 'ALLOW' },
        { id: '4', result: 'ALLOW' },
        { id: '5', result: 'DENY' },
        { id: '6', result: 'DENY' },
      ]);
    },
  );
});
