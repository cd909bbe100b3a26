import { describeOnBothDatabases } from '@internal/testing';
import {
  buildDemoWarehouse,
  createDemoContext,
} from './__testUtils__/demoWarehouse';
import { applyDemoGovernance } from './applyDemoGovernance';
import { demoGovernanceSchema } from './demoGovernanceSchema';
import { DemoContentError } from './demoTables';

let file: string;
beforeAll(async () => {
  file = await buildDemoWarehouse();
});

describeOnBothDatabases('applyDemoGovernance refusals', databases => {
  it.each(databases.eachSupportedId())(
    'writes nothing when the catalog refuses a part, and names it, on %p',
    async databaseId => {
      const demo = await createDemoContext(databases, databaseId, file);
      const { knex } = demo.context;
      await demo.sync();
      const apply = (content: unknown) =>
        applyDemoGovernance(demo.context, demoGovernanceSchema.parse(content));

      // The first table is documented before the second breaks the policy.
      const unrestrictedPii = {
        tables: {
          customers: { doc: { description: 'Shop customers' } },
          orders: { columns: { total_amount: { tags: ['pii-medium'] } } },
        },
      };
      const refused = apply(unrestrictedPii);
      await expect(refused).rejects.toThrow(DemoContentError);
      await expect(refused).rejects.toThrow(
        /^tables\.orders\.columns\.total_amount\.tags: Tag policy violated: \[pii-needs-restricted-tag\]/,
      );

      await expect(
        apply({ tables: { customers: { columns: { mail: {} } } } }),
      ).rejects.toThrow(
        'tables.customers.columns.mail: customers has no column mail',
      );
      await expect(
        apply({
          lineage: [
            {
              from: { table: 'orders' },
              to: { table: 'nope' },
              type: 'derives',
            },
          ],
        }),
      ).rejects.toThrow('lineage[0].to.table: no table or view named nope');
      await expect(
        apply({ tables: { orders: { tags: ['gold'] } } }),
      ).rejects.toThrow('tables.orders.tags[0]: no tag gold');

      for (const table of [
        'asset_docs',
        'doc_history',
        'asset_tags',
        'demo_content',
      ]) {
        expect(await knex(table)).toEqual([]);
      }
      expect(await knex('activity').whereNot('type', 'sync')).toEqual([]);
      expect(await knex('lineage_edges').where('source', 'manual')).toEqual([]);
    },
  );
});
