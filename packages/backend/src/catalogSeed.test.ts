import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { createPortalTestDatabases } from '@internal/testing';

jest.setTimeout(120_000);

const seedFile = resolve(__dirname, '../../../catalog-info/all.yaml');

/** Every entity the seed files declare, following Location targets. */
function declaredEntities(file: string): Entity[] {
  const documents = parseAllDocuments(readFileSync(file, 'utf8')).map(
    document => document.toJS() as Entity,
  );
  return documents.flatMap(entity => {
    if (entity.kind !== 'Location') return [entity];
    const targets = (entity.spec?.targets as string[]) ?? [];
    return [
      entity,
      ...targets.flatMap(t => declaredEntities(resolve(dirname(file), t))),
    ];
  });
}

const databases = createPortalTestDatabases();

describe.each(databases.eachSupportedId())('catalog seed on %s', databaseId => {
  it('ingests every entity in catalog-info/ with no dangling relation', async () => {
    const knex = await databases.init(databaseId);
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        mockServices.database.factory({ knex }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'API',
                    'Resource',
                    'Location',
                    'Domain',
                    'Group',
                    'User',
                  ],
                },
              ],
              locations: [{ type: 'file', target: seedFile }],
              processingInterval: { seconds: 1 },
            },
          },
        }),
      ],
    });

    const expected = declaredEntities(seedFile)
      .map(entity => stringifyEntityRef(entity))
      .sort();
    let items: Entity[] = [];
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const response = await request(server).get('/api/catalog/entities');
      items = response.body;
      const found = new Set(items.map(entity => stringifyEntityRef(entity)));
      const stitched = items.every(entity => entity.relations !== undefined);
      if (expected.every(ref => found.has(ref)) && stitched) break;
      await new Promise(r => setTimeout(r, 1000));
    }

    const actual = items
      .map(entity => stringifyEntityRef(entity))
      .filter(ref => !ref.startsWith('location:default/generated-'));
    expect(actual.sort()).toEqual(expected);

    const known = new Set(actual);
    const dangling = items.flatMap(entity =>
      (entity.relations ?? [])
        .filter(relation => !known.has(relation.targetRef))
        .map(r => `${stringifyEntityRef(entity)} ${r.type} ${r.targetRef}`),
    );
    expect(dangling).toEqual([]);
  });
});
