import { mockServices } from '@backstage/backend-test-utils';
import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { describeOnBothDatabases } from '@internal/testing';
import { createTestContext } from '../__testUtils__/testContext';
import {
  buildDemoWarehouse,
  createDemoContext,
} from './__testUtils__/demoWarehouse';
import { startDemoContent } from './startDemoContent';

let file: string;
beforeAll(async () => {
  file = await buildDemoWarehouse();
});

describeOnBothDatabases('startDemoContent', databases => {
  it.each(databases.eachSupportedId())(
    'does nothing without the demo warehouse configured, on %p',
    async databaseId => {
      const context = await createTestContext(databases, databaseId);
      context.config = mockServices.rootConfig({ data: { dataCatalog: {} } });
      await startDemoContent(context);
      expect(context.scheduler.scheduleTask).not.toHaveBeenCalled();
    },
  );

  it.each(databases.eachSupportedId())(
    'applies the content at the first check after the sync, then stops checking, on %p',
    async databaseId => {
      const demo = await createDemoContext(databases, databaseId, file);
      const { context } = demo;
      await startDemoContent(context);
      const [[task]] = (context.scheduler.scheduleTask as jest.Mock).mock
        .calls as [SchedulerServiceTaskInvocationDefinition][];
      expect(task).toMatchObject({
        id: 'data-catalog-demo-content',
        scope: 'global',
      });
      const run = () => task.fn(new AbortController().signal);

      await run();
      expect(await context.knex('demo_content')).toEqual([]);
      await demo.sync();
      await run();
      expect(await context.knex('demo_content')).toHaveLength(1);
      expect(await context.knex('asset_docs')).not.toEqual([]);

      // Settled: later checks do not even look at the database.
      await context.knex.destroy();
      await run();
      expect(context.logger.error).not.toHaveBeenCalled();
    },
  );
});
