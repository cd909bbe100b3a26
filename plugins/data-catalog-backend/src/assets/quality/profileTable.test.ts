import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { describeOnBothDatabases } from '@internal/testing';
import { ConnectorRegistry } from '../../connectors/ConnectorRegistry';
import { PostgresConnector } from '../../connectors/postgres/PostgresConnector';
import { applyDatabaseMigrations } from '../../database/migrations';
import {
  insertColumns,
  insertDoc,
  insertSource,
  insertTable,
} from '../__testUtils__/assetFixtures';
import {
  sourceConnection,
  throwawayDatabaseForFile,
} from '../../__testUtils__/throwawayPostgres';
import { profileTable } from './profileTable';
import { runQualityWork } from './runQualityWork';
import { readQualityConfig } from './qualityConfig';

const source = throwawayDatabaseForFile(`
  CREATE TABLE people (id int PRIMARY KEY, email text, phone text, joined date NOT NULL);
  INSERT INTO people VALUES
    (1, 'ada@example.com', NULL, '2026-01-05'),
    (2, 'bob@example.com', NULL, '2025-03-01'),
    (3, 'ada@example.com', '+1 555', '2026-07-30'),
    (4, NULL, NULL, '2026-02-01');
`);

describeOnBothDatabases('profiling', databases => {
  async function setUp(databaseId: TestDatabaseId, sampleRows = 1000) {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    await insertSource(knex, {
      id: 'crm',
      owner: 'group:default/crm',
      connection: sourceConnection(source.name),
    });
    const people = await insertTable(knex, {
      sourceId: 'crm',
      database: source.name,
      name: 'people',
      comment: 'Customers',
      lastModifiedAt: new Date(Date.now() - 3_600_000),
    });
    await insertColumns(knex, people, [
      { name: 'id', isPrimaryKey: true, nullable: false, dataType: 'integer' },
      { name: 'email', comment: 'Contact' },
      { name: 'phone' },
      { name: 'joined', nullable: false, dataType: 'date' },
    ]);
    const connectors = new ConnectorRegistry();
    connectors.add(new PostgresConnector());
    const context = {
      knex,
      connectors,
      logger: mockServices.logger.mock(),
      config: mockServices.rootConfig({
        data: { dataCatalog: { profiling: { sampleRows } } },
      }),
    };
    return { knex, context, people };
  }

  it.each(databases.eachSupportedId())(
    'samples a real table, stores column stats and scores quality, %p',
    async databaseId => {
      const { knex, context, people } = await setUp(databaseId);
      const result = await profileTable(context, people);
      expect(result).toMatchObject({ sampledRows: 4, profiledColumns: 4 });

      const stats = await knex('column_stats')
        .where('entity_ref', people)
        .orderBy('column_name');
      expect(
        stats.map(s => [
          s.column_name,
          Number(s.null_ratio),
          Number(s.sampled_rows),
        ]),
      ).toEqual([
        ['email', 0.25, 4],
        ['id', 0, 4],
        ['joined', 0, 4],
        ['phone', 0.75, 4],
      ]);
      const email = stats[0];
      expect(Number(email.distinct_ratio)).toBeCloseTo(2 / 3, 5);
      expect(JSON.parse(email.samples)).toEqual([
        'ada@example.com',
        'bob@example.com',
      ]);
      expect([stats[2].min_value, stats[2].max_value]).toEqual([
        expect.stringMatching(/^2025-03-0[12]/),
        expect.stringMatching(/^2026-07-(29|30)/),
      ]);

      // null-ratio over email and phone: 100 × (1 − 0.5) = 50; uniqueness:
      // id has no duplicates; fresh; 2 of 5 described; stable → mean 80.
      const checks = Object.fromEntries(
        result.quality.checks.map(c => [c.check, c.score]),
      );
      expect(checks).toEqual({
        'null-ratio': 50,
        uniqueness: 100,
        freshness: 100,
        'docs-coverage': 40,
        'schema-stability': 100,
      });
      expect(result.quality.score).toBe(78);
      const stored = await knex('quality_scores')
        .where('entity_ref', people)
        .first();
      expect(Number(stored.score)).toBe(78);
      expect(
        await knex('quality_results').where('entity_ref', people),
      ).toHaveLength(5);
      const attempt = await knex('asset_profiles')
        .where('entity_ref', people)
        .first();
      expect([Number(attempt.sampled_rows), attempt.error]).toEqual([4, null]);

      // Documentation raises docs-coverage on the next computation.
      await insertDoc(knex, people, 'phone', { description: 'Mobile' });
      expect(
        (await profileTable(context, people)).quality.checks,
      ).toContainEqual(
        expect.objectContaining({ check: 'docs-coverage', score: 60 }),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'samples at most dataCatalog.profiling.sampleRows rows, %p',
    async databaseId => {
      const { context, people } = await setUp(databaseId, 2);
      expect((await profileTable(context, people)).sampledRows).toBe(2);
    },
  );

  it.each(databases.eachSupportedId())(
    'records a failed attempt and keeps the previous stats, %p',
    async databaseId => {
      const { knex, context } = await setUp(databaseId);
      const missing = await insertTable(knex, {
        sourceId: 'crm',
        database: source.name,
        name: 'missing',
      });
      await knex('column_stats').insert({
        entity_ref: missing,
        column_name: 'x',
        null_ratio: 0,
        distinct_ratio: 1,
        samples: '[]',
        sampled_rows: 9,
        computed_at: new Date(),
      });
      await expect(profileTable(context, missing)).rejects.toThrow(/missing/);
      const attempt = await knex('asset_profiles')
        .where('entity_ref', missing)
        .first();
      expect(attempt.error).toMatch(/does not exist/);
      expect(
        await knex('column_stats').where('entity_ref', missing),
      ).toHaveLength(1);
      await expect(profileTable(context, 'resource:crm/nope')).rejects.toThrow(
        /No table/,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'profiles the least recently profiled tables first, then stale scores, %p',
    async databaseId => {
      const { knex, context, people } = await setUp(databaseId);
      const missing = await insertTable(knex, {
        sourceId: 'crm',
        database: source.name,
        name: 'missing',
      });
      await insertSource(knex, {
        id: 'off',
        owner: 'group:default/x',
        enabled: false,
      });
      const disabled = await insertTable(knex, {
        sourceId: 'off',
        name: 'skipped',
      });
      const config = {
        ...readQualityConfig(context.config),
        profileTablesPerRun: 1,
      };

      // Never profiled first, by ref: 'missing' sorts before 'people'.
      expect(await runQualityWork(context, config)).toEqual({
        profiled: 0,
        failed: 1,
        recomputed: 3,
      });
      expect(await runQualityWork(context, config)).toMatchObject({
        profiled: 1,
        failed: 0,
        recomputed: 0,
      });
      expect(await knex('asset_profiles').pluck('entity_ref')).toEqual(
        expect.arrayContaining([missing, people]),
      );
      expect(
        await knex('asset_profiles').where('entity_ref', disabled),
      ).toHaveLength(0);

      // A sync that sees the table again makes its score stale.
      await knex('assets')
        .where('entity_ref', disabled)
        .update({ last_seen_at: new Date(Date.now() + 60_000) });
      expect((await runQualityWork(context, config)).recomputed).toBe(1);
    },
  );
});
