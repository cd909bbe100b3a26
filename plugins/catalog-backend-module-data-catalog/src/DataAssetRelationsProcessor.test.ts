import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { DataAssetRelationsProcessor } from './DataAssetRelationsProcessor';

const resource = (
  spec: NonNullable<Entity['spec']>,
  kind = 'Resource',
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { namespace: 'wh', name: 'shop.sales.orders' },
  spec,
});

async function emitted(entity: Entity) {
  const results: CatalogProcessorResult[] = [];
  const processed = await new DataAssetRelationsProcessor().postProcessEntity(
    entity,
    { type: 'data-catalog', target: 'wh' },
    result => results.push(result),
  );
  expect(processed).toBe(entity);
  return results;
}

describe('DataAssetRelationsProcessor', () => {
  it('emits partOf and hasPart for a data asset', async () => {
    const self = {
      kind: 'Resource',
      namespace: 'wh',
      name: 'shop.sales.orders',
    };
    const parent = { kind: 'resource', namespace: 'wh', name: 'shop.sales' };
    expect(
      await emitted(
        resource({
          type: 'data-table',
          owner: 'x',
          partOf: 'resource:wh/shop.sales',
        }),
      ),
    ).toEqual([
      {
        type: 'relation',
        relation: { source: self, type: 'partOf', target: parent },
      },
      {
        type: 'relation',
        relation: { source: parent, type: 'hasPart', target: self },
      },
    ]);
  });

  it('resolves a short parent ref in the asset namespace', async () => {
    const [partOf] = await emitted(
      resource({ type: 'data-schema', owner: 'x', partOf: 'shop' }),
    );
    expect(partOf).toMatchObject({
      relation: { target: { kind: 'resource', namespace: 'wh', name: 'shop' } },
    });
  });

  it('leaves other entities alone', async () => {
    expect(
      await emitted(
        resource({ type: 'database', owner: 'x', partOf: 'resource:wh/shop' }),
      ),
    ).toEqual([]);
    expect(
      await emitted(
        resource(
          { type: 'data-table', owner: 'x', partOf: 'shop' },
          'Component',
        ),
      ),
    ).toEqual([]);
    expect(
      await emitted(resource({ type: 'data-source', owner: 'x' })),
    ).toEqual([]);
  });
});
