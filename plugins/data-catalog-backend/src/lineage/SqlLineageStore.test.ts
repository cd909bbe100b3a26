import { describeOnBothDatabases } from '@internal/testing';
import { applyDatabaseMigrations } from '../database/migrations';
import { lineageStoreCases } from './__testUtils__/lineageStoreCases';
import { SqlLineageStore } from './SqlLineageStore';

describeOnBothDatabases('SqlLineageStore', databases => {
  describe.each(lineageStoreCases)('%s', (_name, run) => {
    // eslint-disable-next-line jest/expect-expect -- the assertions are in the case
    it.each(databases.eachSupportedId())('on %p', async databaseId => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      await run(new SqlLineageStore(knex), name => `resource:lineage/${name}`);
    });
  });
});
