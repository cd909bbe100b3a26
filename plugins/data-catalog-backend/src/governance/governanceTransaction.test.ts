import { describeOnBothDatabases } from '@internal/testing';
import { createTestContext } from '../__testUtils__/testContext';
import { governanceTransaction } from './governanceTransaction';

const ref = 'resource:sales/shop.public.orders';

describeOnBothDatabases('governanceTransaction', databases => {
  it.each(databases.eachSupportedId())(
    'commits the work with its feed entries, or neither, on %p',
    async databaseId => {
      const context = await createTestContext(databases, databaseId);
      const publish = jest.spyOn(context.events, 'publish');
      await expect(
        governanceTransaction(context, async (trx, changes) => {
          await trx('activity').insert({
            type: 'tag',
            summary: 'x',
            at: new Date(),
          });
          changes.table(ref, { entity: true });
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await context.knex('activity')).toEqual([]);
      expect(await context.knex('entity_feed')).toEqual([]);
      expect(publish).not.toHaveBeenCalled();

      const result = await governanceTransaction(
        context,
        async (_trx, changes) => {
          changes.table(ref, { entity: false });
          return 'column doc';
        },
      );
      expect(result).toBe('column doc');
      expect(await context.knex('entity_feed')).toEqual([]);
      expect(publish).not.toHaveBeenCalled();

      await governanceTransaction(context, async (_trx, changes) => {
        changes.table(ref, { entity: true });
      });
      expect(
        (await context.knex('entity_feed')).map(r => [r.entity_ref, r.op]),
      ).toEqual([[ref, 'upsert']]);
      expect(publish).toHaveBeenCalledWith({
        topic: 'platform-portal.data-catalog.entities-changed',
        eventPayload: { entityRefs: [ref] },
      });
      expect(context.logger.warn).not.toHaveBeenCalled();
    },
  );

  it.each(databases.eachSupportedId())(
    'does not fail a committed write when the event cannot be sent on %p',
    async databaseId => {
      const context = await createTestContext(databases, databaseId);
      jest
        .spyOn(context.events, 'publish')
        .mockRejectedValue(new Error('bus down'));
      const result = await governanceTransaction(
        context,
        async (_trx, changes) => {
          changes.table(ref, { entity: true });
          return 'done';
        },
      );
      expect(result).toBe('done');
      expect(await context.knex('entity_feed')).toHaveLength(1);
      expect(context.logger.warn).toHaveBeenCalledWith(
        'Could not publish entity changes: Error: bus down',
      );
    },
  );
});
