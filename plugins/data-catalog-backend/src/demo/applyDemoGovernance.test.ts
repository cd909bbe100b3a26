import { describeOnBothDatabases } from '@internal/testing';
import { Knex } from 'knex';
import { TABLE_KINDS } from '../assets/assetKinds';
import { docFromRow } from '../assets/assetDocs';
import { listThreads } from '../governance/discussionsStore';
import { updateDoc } from '../governance/docsStore';
import { listFavorites } from '../governance/favoritesStore';
import { listGlossaryHistory } from '../governance/glossaryHistory';
import { assignTags, tagsOn } from '../governance/tagAssignment';
import { listViolations } from '../governance/tagPolicyState';
import { resolveTags } from '../governance/tagsStore';
import {
  buildDemoWarehouse,
  createDemoContext,
} from './__testUtils__/demoWarehouse';
import { applyDemoGovernance, DEMO_SOURCE_ID } from './applyDemoGovernance';
import { DemoGovernance } from './demoGovernanceSchema';
import { demoGovernanceFile, loadDemoGovernance } from './loadDemoGovernance';

/** Everything the demo content writes, counted per table. */
const written = [
  'asset_docs',
  'doc_history',
  'asset_tags',
  'glossary_terms',
  'glossary_history',
  'glossary_links',
  'discussion_threads',
  'discussion_replies',
  'favorites',
  'activity',
  'lineage_edges',
  'entity_feed',
  'quality_scores',
  'column_stats',
];
const countRows = async (knex: Knex) =>
  Object.fromEntries(
    await Promise.all(
      written.map(async table => {
        const [{ count }] = await knex(table).count({ count: '*' });
        return [table, Number(count)];
      }),
    ),
  );
const names = (items: { name: string }[]) => items.map(i => i.name).sort();

let file: string;
let content: DemoGovernance;
beforeAll(async () => {
  file = await buildDemoWarehouse();
  content = await loadDemoGovernance(demoGovernanceFile());
});

describeOnBothDatabases('applyDemoGovernance', databases => {
  it.each(databases.eachSupportedId())(
    'waits for the first sync, applies the content once and keeps later edits, on %p',
    async databaseId => {
      const demo = await createDemoContext(databases, databaseId, file);
      const { context, tableRef } = demo;
      const { knex } = context;
      expect(await applyDemoGovernance(context, content)).toBe(
        'waiting-for-sync',
      );
      expect(await knex('asset_docs')).toEqual([]);

      await demo.sync();
      const customers = await tableRef('customers');
      const feedOf = (ref: string) =>
        knex('entity_feed').where({ entity_ref: ref, op: 'upsert' });
      const feedBefore = (await feedOf(customers)).length;
      expect(await applyDemoGovernance(context, content)).toBe('applied');

      // Documentation and tags of every table named, within the policy.
      const documented = await knex('asset_docs')
        .where('column_name', '')
        .pluck('entity_ref');
      expect(documented.sort()).toEqual(
        (await Promise.all(Object.keys(content.tables).map(tableRef))).sort(),
      );
      const doc = docFromRow(
        await knex('asset_docs')
          .where({ entity_ref: customers, column_name: '' })
          .first(),
      );
      expect(doc).toMatchObject({
        owner: content.tables.customers.doc!.owner,
        usageGuide: content.tables.customers.doc!.usageGuide,
        updatedBy: 'plugin:data-catalog',
      });
      expect(names(await tagsOn(knex, customers))).toEqual(
        [...content.tables.customers.tags].sort(),
      );
      expect(names(await tagsOn(knex, customers, 'birth_date'))).toEqual([
        'pii-high',
      ]);
      expect(await listViolations(knex)).toEqual([]);

      // Glossary terms went through the review workflow.
      const terms = await knex('glossary_terms').orderBy('name');
      expect(terms.map(t => [t.name, t.status])).toEqual(
        content.glossary
          .map(t => [t.name, t.status])
          .sort(([a], [b]) => a.localeCompare(b)),
      );
      const approved = content.glossary.find(t => t.status === 'approved')!;
      const approvedId = terms.find(t => t.name === approved.name).id;
      expect(
        (await listGlossaryHistory(knex, approvedId)).map(h => [
          h.action,
          h.actor,
        ]),
      ).toEqual([
        ['create', approved.proposedBy],
        ['submit', approved.proposedBy],
        ['approve', approved.approvedBy],
      ]);
      const [{ count: links }] = await knex('glossary_links').count({
        count: '*',
      });
      expect(Number(links)).toBe(
        content.glossary.reduce((n, t) => n + t.links.length, 0),
      );

      // Discussions with their replies, favourites and manual lineage.
      for (const discussion of content.discussions) {
        const [thread] = await listThreads(
          knex,
          await tableRef(discussion.table),
          discussion.column,
        );
        expect(thread).toMatchObject({
          title: discussion.title,
          author: discussion.author,
          resolved: discussion.resolved,
        });
        expect(thread.replies.map(r => r.author)).toEqual(
          discussion.replies.map(r => r.author),
        );
      }
      const favorites = await listFavorites(knex, 'user:default/guest');
      expect(favorites.map(f => f.name).sort()).toEqual(
        [...content.favorites[0].tables].sort(),
      );
      const downstream = await context.lineage.downstream({
        entityRef: await tableRef('orders'),
      });
      expect(downstream).toContainEqual(
        expect.objectContaining({
          to: { entityRef: await tableRef('invoices') },
          type: 'derives',
          source: 'manual',
        }),
      );

      // History, activity, the catalog's feed and the audit followed.
      expect(await knex('activity').pluck('type')).toEqual(
        expect.arrayContaining(['doc-edit', 'tag', 'glossary', 'discussion']),
      );
      expect(
        await knex('doc_history').where('entity_ref', customers),
      ).not.toEqual([]);
      expect(await feedOf(customers)).toHaveLength(feedBefore + 1);
      expect(context.auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({ eventId: 'demo-content' }),
      );

      // Every demo table was profiled and scored right away.
      const demoTables = await knex('assets')
        .where('source_id', DEMO_SOURCE_ID)
        .whereIn('kind', TABLE_KINDS)
        .pluck('entity_ref');
      expect((await knex('quality_scores').pluck('entity_ref')).sort()).toEqual(
        demoTables.sort(),
      );
      const emailStats = await knex('column_stats')
        .where({ entity_ref: customers, column_name: 'email' })
        .first();
      expect(JSON.parse(emailStats.samples).length).toBeGreaterThan(0);
      expect(context.logger.warn).not.toHaveBeenCalled();

      // Someone edits the demo; a second apply (a restart) keeps it.
      await knex.transaction(async trx => {
        await updateDoc(trx, {
          entityRef: customers,
          patch: { description: 'Rewritten by Alice' },
          actor: 'user:default/alice',
        });
        await assignTags(trx, {
          entityRef: customers,
          add: [],
          remove: await resolveTags(trx, 'remove', ['certified']),
          actor: 'user:default/alice',
        });
      });
      const before = await countRows(knex);
      expect(await applyDemoGovernance(context, content)).toBe(
        'already-applied',
      );
      expect(await countRows(knex)).toEqual(before);
      expect(
        docFromRow(
          await knex('asset_docs')
            .where({ entity_ref: customers, column_name: '' })
            .first(),
        ),
      ).toMatchObject({
        description: 'Rewritten by Alice',
        updatedBy: 'user:default/alice',
      });
      expect(names(await tagsOn(knex, customers))).not.toContain('certified');
    },
  );
});
